#include "cache/CacheSchema.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

const std::vector<Migration> &cacheMigrations()
{
    static const std::vector<Migration> migrations{
        {1,
         u"cached applications and the sync state"_s,
         {// One row per application: the columns the queue sorts and filters on, and the object
          // the server sent, from which CachedApplication is rebuilt.
          u"CREATE TABLE cached_application ("
          "number TEXT PRIMARY KEY, "
          "change_seq INTEGER NOT NULL, "
          "version INTEGER NOT NULL, "
          "status TEXT NOT NULL, "
          "dc_code TEXT NOT NULL, "
          "due_at TEXT NOT NULL, "
          "updated_at TEXT NOT NULL, "
          "search_text TEXT NOT NULL, "
          "json TEXT NOT NULL)"_s,
          u"CREATE INDEX cached_application_status ON cached_application (status, due_at)"_s,
          // Named values: "cursor" (the next_cursor of the last page applied), "last_synced_at".
          u"CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
          u"INSERT INTO sync_state (name, value) VALUES ('cursor', '0')"_s}},
        {2,
         u"the queue of clerk actions"_s,
         {u"CREATE TABLE queued_action ("
          "id %ID%, "
          "kind TEXT NOT NULL, "
          "number TEXT NOT NULL, "
          "ivrs TEXT NOT NULL DEFAULT '', "
          "version INTEGER NOT NULL, "
          "idempotency_key TEXT NOT NULL UNIQUE, "
          "reason_code TEXT NOT NULL DEFAULT '', "
          "remarks TEXT NOT NULL DEFAULT '', "
          "created_at TEXT NOT NULL, "
          "state TEXT NOT NULL, "
          "error_code TEXT NOT NULL DEFAULT '', "
          "error_message TEXT NOT NULL DEFAULT '', "
          "attempts INTEGER NOT NULL DEFAULT 0, "
          "next_attempt_at TEXT NOT NULL DEFAULT '', "
          "updated_at TEXT NOT NULL)"_s,
          u"CREATE INDEX queued_action_state ON queued_action (state, id)"_s,
          u"CREATE INDEX queued_action_number ON queued_action (number)"_s}},
        {3,
         u"signed certificate PDFs and their upload"_s,
         {// One row per certificate number: the signed PDF (see cache/CertificateFiles.h for the
          // sources and upload states). Instants are UTC in Timestamp's storage format, so they
          // compare as text; next_attempt_at is empty for "now".
          u"CREATE TABLE certificate_file ("
          "number TEXT PRIMARY KEY, "
          "pdf %BLOB% NOT NULL, "
          "sha256 TEXT NOT NULL, "
          "bytes INTEGER NOT NULL, "
          "stored_at TEXT NOT NULL, "
          "source TEXT NOT NULL, "
          "upload_state TEXT NOT NULL, "
          "upload_error_code TEXT NOT NULL DEFAULT '', "
          "upload_error_message TEXT NOT NULL DEFAULT '', "
          "attempts INTEGER NOT NULL DEFAULT 0, "
          "next_attempt_at TEXT NOT NULL DEFAULT '', "
          "updated_at TEXT NOT NULL)"_s,
          u"CREATE INDEX certificate_file_upload ON certificate_file (upload_state, stored_at)"_s}},
        {4,
         u"the print journal"_s,
         {// One row per batch print: the certificates chosen at its start, one number per line in
          // print order (see cache/PrintRecords.h for the selections and states).
          u"CREATE TABLE print_batch ("
          "id %ID%, "
          "created_at TEXT NOT NULL, "
          "printer TEXT NOT NULL, "
          "officer TEXT NOT NULL, "
          "selection TEXT NOT NULL, "
          "numbers TEXT NOT NULL, "
          "total INTEGER NOT NULL, "
          "state TEXT NOT NULL, "
          "updated_at TEXT NOT NULL)"_s,
          u"CREATE INDEX print_batch_state ON print_batch (state, id)"_s,
          // One row per print of a certificate: copy_no 0 is the original, n the n-th reprint.
          // A row is "sending" from just before its job leaves until the printer takes it.
          u"CREATE TABLE certificate_print ("
          "id %ID%, "
          "number TEXT NOT NULL, "
          "copy_no INTEGER NOT NULL, "
          "batch_id INTEGER REFERENCES print_batch (id), "
          "state TEXT NOT NULL, "
          "printer TEXT NOT NULL, "
          "officer TEXT NOT NULL, "
          "cups_job INTEGER NOT NULL DEFAULT 0, "
          "error TEXT NOT NULL DEFAULT '', "
          "recorded_at TEXT NOT NULL)"_s,
          u"CREATE INDEX certificate_print_number ON certificate_print (number, state)"_s,
          u"CREATE INDEX certificate_print_state ON certificate_print (state, id)"_s,
          u"CREATE INDEX certificate_print_batch ON certificate_print (batch_id)"_s}},
        {5,
         u"pull every application again for the fields added to the officer view"_s,
         {// The certificate's issue time, QR payload and verify URL, and the officers' names in
          // the history, came after rows were stored without them. Rows without these members do
          // not parse, so they are skipped until the server sends them again.
          u"UPDATE sync_state SET value = '0' WHERE name = 'cursor'"_s}},
        {6,
         u"pull every application again for the officers' Hindi names in the history"_s,
         {// Rows stored without actor_name_hi do not parse, so they are skipped until pulled again.
          u"UPDATE sync_state SET value = '0' WHERE name = 'cursor'"_s}},
        {7,
         u"the upload of prints to the server, and the prints the server knows"_s,
         {// Each print entry gets a UUID (print_id) that makes its upload idempotent, the time its
          // job left for the printer (sent_at; recorded_at changes with the state), and an upload
          // state as signed PDFs have (see cache/PrintUploads.h). Entries printed before this step
          // are uploaded too; a failed print has nothing on paper and is not_needed.
          u"ALTER TABLE certificate_print ADD COLUMN print_id TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE certificate_print ADD COLUMN sent_at TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE certificate_print ADD COLUMN upload_state TEXT NOT NULL DEFAULT 'pending'"_s,
          u"ALTER TABLE certificate_print ADD COLUMN upload_error_code TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE certificate_print ADD COLUMN upload_error_message TEXT NOT NULL DEFAULT ''"_s,
          u"ALTER TABLE certificate_print ADD COLUMN upload_attempts INTEGER NOT NULL DEFAULT 0"_s,
          u"ALTER TABLE certificate_print ADD COLUMN next_upload_at TEXT NOT NULL DEFAULT ''"_s,
          // A random (version 4) UUID per row: SQLite evaluates randomblob() once per row.
          u"UPDATE certificate_print SET sent_at = recorded_at, print_id = lower("
          "hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
          "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "
          "hex(randomblob(6)))"_s,
          u"UPDATE certificate_print SET upload_state = 'not_needed' WHERE state = 'failed'"_s,
          u"CREATE UNIQUE INDEX certificate_print_id ON certificate_print (print_id)"_s,
          u"CREATE INDEX certificate_print_upload ON certificate_print (upload_state, id)"_s,
          // Per certificate, the prints that the server reported in sync or in an upload's
          // response, from every workstation: the next print is numbered after them.
          u"CREATE TABLE certificate_server_print ("
          "number TEXT PRIMARY KEY, "
          "print_count INTEGER NOT NULL, "
          "highest_copy_no INTEGER NOT NULL, "
          "updated_at TEXT NOT NULL)"_s,
          // Rows stored before carry no print summary; they are pulled again.
          u"UPDATE sync_state SET value = '0' WHERE name = 'cursor'"_s}},
    };
    return migrations;
}

} // namespace nodues::workstation
