#include "storage/Migrations.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

// Column conventions: instants are UTC text in Timestamp's storage form; money is BIGINT paise;
// IVRS numbers and mobiles are text so leading zeros survive; enumerations are upper- or
// lower-case text checked by CHECK constraints that mirror the enums in the core library.
const std::vector<Migration> &serverMigrations()
{
    static const std::vector<Migration> migrations = {
        {1,
         u"offices, billing connections, officers, SMS outbox, audit chain"_s,
         {
             u"CREATE TABLE office ("
             " code TEXT PRIMARY KEY,"
             " type TEXT NOT NULL CHECK (type IN ('company', 'region', 'circle', 'division', 'dc')),"
             " name TEXT NOT NULL,"
             " name_hi TEXT NOT NULL DEFAULT '',"
             " parent_code TEXT REFERENCES office (code),"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)"_s,
             u"CREATE INDEX office_parent_idx ON office (parent_code)"_s,

             u"CREATE TABLE billing_import ("
             " id %ID%,"
             " source_file TEXT NOT NULL,"
             " actor TEXT NOT NULL,"
             " started_at TEXT NOT NULL,"
             " finished_at TEXT,"
             " inserted_count BIGINT NOT NULL DEFAULT 0,"
             " updated_count BIGINT NOT NULL DEFAULT 0,"
             " unchanged_count BIGINT NOT NULL DEFAULT 0,"
             " rejected_count BIGINT NOT NULL DEFAULT 0)"_s,

             // One row per connection of the billing system (NGB), keyed by IVRS number.
             // refreshed_at: the last import whose snapshot listed it; changed_at: the last
             // import that changed any of its billed values. import_id names that last import
             // but is not a foreign key, because every import sets it on every row it lists. On
             // PostgreSQL 15, 100,000 inserts took 2.5 s with foreign keys on dc_code and
             // import_id and 0.6 s with neither.
             u"CREATE TABLE billing_connection ("
             " ivrs TEXT PRIMARY KEY,"
             " name TEXT NOT NULL,"
             " name_hi TEXT NOT NULL DEFAULT '',"
             " relative_name TEXT NOT NULL DEFAULT '',"
             " address TEXT NOT NULL,"
             " mobile TEXT,"
             " dc_code TEXT NOT NULL REFERENCES office (code),"
             " tariff TEXT NOT NULL,"
             " connection_status TEXT NOT NULL CHECK (connection_status IN ('LIVE', 'TDC', 'PDC')),"
             " metering TEXT NOT NULL CHECK (metering IN ('METERED', 'UNMETERED')),"
             " meter_status TEXT CHECK (meter_status IS NULL OR meter_status IN"
             "  ('WORKING', 'DEFECTIVE', 'STOPPED', 'BURNT', 'NOT_INSTALLED')),"
             " ekyc TEXT NOT NULL CHECK (ekyc IN ('DONE', 'PENDING')),"
             " arrears_paise BIGINT NOT NULL,"
             " bill_date TEXT,"
             " refreshed_at TEXT NOT NULL,"
             " changed_at TEXT NOT NULL,"
             " import_id BIGINT)"_s,
             u"CREATE INDEX billing_connection_mobile_idx ON billing_connection (mobile)"_s,
             u"CREATE INDEX billing_connection_dc_idx ON billing_connection (dc_code)"_s,

             u"CREATE TABLE officer ("
             " id %ID%,"
             " username TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " name_hi TEXT NOT NULL DEFAULT '',"
             " designation TEXT NOT NULL,"
             " mobile TEXT NOT NULL,"
             " role TEXT NOT NULL CHECK (role IN ('clerk', 'division_officer', 'admin')),"
             " office_code TEXT NOT NULL REFERENCES office (code),"
             " password_hash TEXT NOT NULL,"
             " disabled_at TEXT,"
             " failed_sign_ins INTEGER NOT NULL DEFAULT 0,"
             " locked_until TEXT,"
             " signing_certificate_pem TEXT,"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL)"_s,

             // Each SMS is written in the transaction of the event that causes it and sent later
             // by a dispatcher. A row is claimed (status 'sending', claimed_by, claim_expires_at)
             // before the gateway is called, so several dispatchers never send the same row.
             // Rows of a sensitive kind (OTPs) have their body replaced by a redacted form once
             // they leave the 'pending' and 'sending' states.
             u"CREATE TABLE sms_outbox ("
             " id %ID%,"
             " created_at TEXT NOT NULL,"
             " kind TEXT NOT NULL,"
             " language TEXT NOT NULL CHECK (language IN ('hi', 'en')),"
             " template_id TEXT NOT NULL,"
             " sender_id TEXT NOT NULL,"
             " mobile TEXT NOT NULL,"
             " body TEXT NOT NULL,"
             " sensitive INTEGER NOT NULL DEFAULT 0,"
             " encoding TEXT NOT NULL CHECK (encoding IN ('GSM7', 'UCS2')),"
             " part_count INTEGER NOT NULL,"
             " status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),"
             " attempt_count INTEGER NOT NULL DEFAULT 0,"
             " next_attempt_at TEXT NOT NULL,"
             " claimed_by TEXT,"
             " claim_expires_at TEXT,"
             " last_error TEXT,"
             " gateway TEXT,"
             " gateway_reference TEXT,"
             " sent_at TEXT)"_s,
             u"CREATE INDEX sms_outbox_due_idx ON sms_outbox (status, next_attempt_at)"_s,

             // The audit chain: hash = SHA-256 over the row's canonical encoding, which includes
             // prev_hash. audit_head holds the chain's tip; appending locks that one row, so the
             // chain stays linear when several servers share one PostgreSQL.
             u"CREATE TABLE audit_log ("
             " seq BIGINT PRIMARY KEY,"
             " occurred_at TEXT NOT NULL,"
             " actor TEXT NOT NULL,"
             " action TEXT NOT NULL,"
             " entity_type TEXT NOT NULL,"
             " entity_id TEXT NOT NULL,"
             " details TEXT NOT NULL,"
             " prev_hash TEXT NOT NULL,"
             " hash TEXT NOT NULL)"_s,
             u"CREATE TABLE audit_head ("
             " id INTEGER PRIMARY KEY CHECK (id = 1),"
             " last_seq BIGINT NOT NULL,"
             " last_hash TEXT NOT NULL)"_s,
             u"INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, "
             "'0000000000000000000000000000000000000000000000000000000000000000')"_s,
         }},
        {2,
         u"OTP challenges, sign-in sessions, officer sign-in failure time"_s,
         {
             // One row per OTP sent (or withheld for a mobile that must not learn whether it is
             // registered). The code itself is never stored: code_hash is HMAC-SHA256, keyed by a
             // key file outside the database, over the purpose, the binding and the code.
             // challenge_id is the random handle the client sends back with the code.
             // binding_digest is SHA-256 hex of the binding, so a code only confirms what it was
             // sent for. subject ("mobile:<10 digits>" or "officer:<id>") and recipient_mobile
             // and client_address are what the send caps count. sms_id is the outbox row that
             // carries the code, NULL when it was withheld. It is not a foreign key, so the outbox
             // may purge old rows.
             u"CREATE TABLE otp_challenge ("
             " id %ID%,"
             " challenge_id TEXT NOT NULL UNIQUE,"
             " purpose TEXT NOT NULL CHECK (purpose IN ('consumer_sign_in', 'link_connection',"
             "  'submit_application', 'officer_sign_in', 'officer_decision', 'revocation')),"
             " binding_digest TEXT NOT NULL,"
             " subject TEXT NOT NULL,"
             " recipient_mobile TEXT NOT NULL,"
             " client_address TEXT NOT NULL,"
             " code_hash TEXT NOT NULL,"
             " created_at TEXT NOT NULL,"
             " expires_at TEXT NOT NULL,"
             " max_attempts INTEGER NOT NULL,"
             " failed_attempts INTEGER NOT NULL DEFAULT 0,"
             " status TEXT NOT NULL CHECK (status IN ('active', 'used', 'superseded', 'exhausted')),"
             " used_at TEXT,"
             " sms_id BIGINT)"_s,
             u"CREATE INDEX otp_challenge_binding_idx ON otp_challenge (purpose, binding_digest, status)"_s,
             u"CREATE INDEX otp_challenge_subject_idx ON otp_challenge (subject, created_at)"_s,
             u"CREATE INDEX otp_challenge_recipient_idx ON otp_challenge (recipient_mobile, created_at)"_s,
             u"CREATE INDEX otp_challenge_address_idx ON otp_challenge (client_address, created_at)"_s,
             u"CREATE INDEX otp_challenge_expires_idx ON otp_challenge (expires_at)"_s,

             // Bearer sessions of consumers (by mobile) and officers (by officer and named device).
             // Only SHA-256 hex of the token is stored. expires_at slides with use up to
             // absolute_expires_at; revoked_at ends a session at once.
             u"CREATE TABLE auth_session ("
             " id %ID%,"
             " token_hash TEXT NOT NULL UNIQUE,"
             " subject_type TEXT NOT NULL CHECK (subject_type IN ('consumer', 'officer')),"
             " consumer_mobile TEXT,"
             " officer_id BIGINT REFERENCES officer (id),"
             " device_name TEXT NOT NULL DEFAULT '',"
             " client_address TEXT NOT NULL DEFAULT '',"
             " created_at TEXT NOT NULL,"
             " last_used_at TEXT NOT NULL,"
             " expires_at TEXT NOT NULL,"
             " absolute_expires_at TEXT NOT NULL,"
             " revoked_at TEXT,"
             " revoked_reason TEXT,"
             " CHECK ((subject_type = 'consumer' AND consumer_mobile IS NOT NULL AND officer_id IS NULL)"
             "  OR (subject_type = 'officer' AND officer_id IS NOT NULL AND consumer_mobile IS NULL)))"_s,
             u"CREATE INDEX auth_session_officer_idx ON auth_session (officer_id, revoked_at)"_s,
             u"CREATE INDEX auth_session_consumer_idx ON auth_session (consumer_mobile, revoked_at)"_s,
             u"CREATE INDEX auth_session_expires_idx ON auth_session (absolute_expires_at)"_s,

             // The sign-in lockout ignores earlier failures once the last one is older than the
             // lockout window, so a few typos spread over weeks never lock an account.
             u"ALTER TABLE officer ADD COLUMN last_failed_sign_in_at TEXT"_s,
         }},
        {3,
         u"consumer links of connections to mobiles"_s,
         {
             // What a consumer (by mobile) did with a connection: linked one billed to another
             // mobile, linked one without a billing mobile pending an officer's check, or unlinked
             // one (also their own billing-mobile connection, kept so officers can see it).
             // LinkedConnections (core/src/consumer) holds the rule that reads it.
             u"CREATE TABLE consumer_link ("
             " id %ID%,"
             " mobile TEXT NOT NULL,"
             " ivrs TEXT NOT NULL,"
             " state TEXT NOT NULL CHECK (state IN ('linked', 'unlinked', 'pending_verification', 'refused')),"
             " created_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " UNIQUE (mobile, ivrs))"_s,
             u"CREATE INDEX consumer_link_ivrs_idx ON consumer_link (ivrs, state)"_s,
             u"CREATE INDEX consumer_link_state_idx ON consumer_link (state, updated_at)"_s,
         }},
        {4,
         u"applications, their connections, events and numbering"_s,
         {
             // One application for a No Dues certificate (ApplicationStatus has the life cycle).
             // kind 'no_connection' asks for a "no connection found" certificate and has no
             // primary_ivrs. number is "APP/<DC code>/<fiscal year>/<6-digit serial>";
             // content_sha256 is the digest of the canonical content the submit OTP confirmed.
             // version counts the changes an officer can see, for stale-decision checks.
             u"CREATE TABLE application ("
             " id %ID%,"
             " number TEXT NOT NULL UNIQUE,"
             " mobile TEXT NOT NULL,"
             " kind TEXT NOT NULL CHECK (kind IN ('connections', 'no_connection')),"
             " status TEXT NOT NULL"
             "  CHECK (status IN ('submitted', 'forwarded', 'approved', 'rejected', 'issued')),"
             " dc_code TEXT NOT NULL REFERENCES office (code),"
             " primary_ivrs TEXT,"
             " applicant_name TEXT NOT NULL,"
             " applicant_name_hi TEXT NOT NULL,"
             " relation TEXT NOT NULL CHECK (relation IN ('father', 'husband')),"
             " relative_name TEXT NOT NULL,"
             " address TEXT NOT NULL,"
             " election_kind TEXT NOT NULL,"
             " body_name TEXT NOT NULL,"
             " ward TEXT NOT NULL,"
             " language TEXT NOT NULL CHECK (language IN ('hi', 'en')),"
             " content_sha256 TEXT NOT NULL,"
             " submitted_at TEXT NOT NULL,"
             " due_at TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " version BIGINT NOT NULL DEFAULT 1,"
             " rejection_reason TEXT,"
             " rejection_remarks TEXT,"
             " CHECK ((kind = 'connections' AND primary_ivrs IS NOT NULL)"
             "  OR (kind = 'no_connection' AND primary_ivrs IS NULL)))"_s,
             // At most one open application per mobile; both databases support partial indexes.
             u"CREATE UNIQUE INDEX application_open_mobile_idx ON application (mobile)"
             " WHERE status IN ('submitted', 'forwarded', 'approved')"_s,
             u"CREATE INDEX application_mobile_idx ON application (mobile, submitted_at)"_s,
             u"CREATE INDEX application_dc_idx ON application (dc_code, status)"_s,

             // The connections an application names, as the billing data showed them at
             // submission. link 'unlinked' marks a connection billed to the applicant's mobile
             // that the applicant unlinked: it is not certified but officers must see it.
             u"CREATE TABLE application_connection ("
             " application_id BIGINT NOT NULL REFERENCES application (id),"
             " ivrs TEXT NOT NULL,"
             " link TEXT NOT NULL CHECK (link IN ('billing_mobile', 'linked', 'pending_verification', 'unlinked')),"
             " is_primary INTEGER NOT NULL DEFAULT 0,"
             " name TEXT NOT NULL,"
             " address TEXT NOT NULL,"
             " dc_code TEXT NOT NULL,"
             " arrears_paise BIGINT NOT NULL,"
             " eligible INTEGER NOT NULL,"
             " bill_date TEXT,"
             " refreshed_at TEXT NOT NULL,"
             " PRIMARY KEY (application_id, ivrs))"_s,

             // What happened to an application, oldest first, for the status page and officers.
             u"CREATE TABLE application_event ("
             " id %ID%,"
             " application_id BIGINT NOT NULL REFERENCES application (id),"
             " at TEXT NOT NULL,"
             " event TEXT NOT NULL,"
             " status TEXT NOT NULL,"
             " actor TEXT NOT NULL,"
             " reason_code TEXT,"
             " remarks TEXT)"_s,
             u"CREATE INDEX application_event_application_idx ON application_event (application_id, id)"_s,

             // The last serial given out per DC and fiscal year; serials are never reused.
             u"CREATE TABLE application_counter ("
             " dc_code TEXT NOT NULL,"
             " fiscal_year TEXT NOT NULL,"
             " last_serial BIGINT NOT NULL,"
             " PRIMARY KEY (dc_code, fiscal_year))"_s,
         }},
        {5,
         u"certificates and their download links"_s,
         {
             // One certificate per approved application. number is "NDC/<division code>/<fiscal
             // year>/<6-digit serial>", given at approval; the signed PDF arrives later, and only
             // then is the application "issued" and the consumer told.
             u"CREATE TABLE certificate ("
             " id %ID%,"
             " number TEXT NOT NULL UNIQUE,"
             " application_id BIGINT NOT NULL UNIQUE REFERENCES application (id),"
             " division_code TEXT NOT NULL,"
             " fiscal_year TEXT NOT NULL,"
             " serial BIGINT NOT NULL,"
             " approved_at TEXT NOT NULL,"
             " approved_by BIGINT REFERENCES officer (id),"
             " pdf %BLOB%,"
             " pdf_sha256 TEXT,"
             " pdf_bytes BIGINT,"
             " published_at TEXT,"
             " revoked_at TEXT,"
             " revoked_reason TEXT,"
             " UNIQUE (division_code, fiscal_year, serial),"
             " CHECK ((pdf IS NULL) = (published_at IS NULL)))"_s,

             // Links sent by SMS that download a certificate without signing in. Only SHA-256 hex
             // of the token is stored, so a database dump gives no working link.
             u"CREATE TABLE download_link ("
             " id %ID%,"
             " token_hash TEXT NOT NULL UNIQUE,"
             " certificate_id BIGINT NOT NULL REFERENCES certificate (id),"
             " created_at TEXT NOT NULL,"
             " expires_at TEXT NOT NULL,"
             " last_used_at TEXT,"
             " use_count BIGINT NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX download_link_certificate_idx ON download_link (certificate_id)"_s,
         }},
        {6,
         u"change sequence for sync, idempotent officer actions, certificate numbering"_s,
         {
             // One global counter. Every transaction that changes an application takes the next
             // value with UPDATE ... RETURNING, which locks this row until the transaction ends, so
             // values are handed out in commit order and a sync reader never passes a change that
             // commits later with a smaller value.
             u"CREATE TABLE change_counter ("
             " id INTEGER PRIMARY KEY CHECK (id = 1),"
             " value BIGINT NOT NULL)"_s,
             u"INSERT INTO change_counter (id, value) VALUES (1, 0)"_s,
             u"ALTER TABLE application ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0"_s,
             u"CREATE INDEX application_change_idx ON application (change_seq)"_s,

             // The first answer to each officer action, by the officer's idempotency key: a
             // repeated key with the same request returns it again and changes nothing.
             u"CREATE TABLE idempotency_record ("
             " officer_id BIGINT NOT NULL REFERENCES officer (id),"
             " idempotency_key TEXT NOT NULL,"
             " request_sha256 TEXT NOT NULL,"
             " response_status INTEGER NOT NULL,"
             " response_body TEXT NOT NULL,"
             " created_at TEXT NOT NULL,"
             " PRIMARY KEY (officer_id, idempotency_key))"_s,
             u"CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at)"_s,

             // The last certificate serial per division and fiscal year; serials are never reused.
             u"CREATE TABLE certificate_counter ("
             " division_code TEXT NOT NULL,"
             " fiscal_year TEXT NOT NULL,"
             " last_serial BIGINT NOT NULL,"
             " PRIMARY KEY (division_code, fiscal_year))"_s,
             u"ALTER TABLE certificate ADD COLUMN qr_payload TEXT"_s,
         }},
        {7,
         u"officer sign-in failures per username and client address"_s,
         {
             // Failed password sign-ins per username as typed and client address, and per
             // username from all addresses (client_address '*'). SignInLockout holds the rule.
             // Usernames that belong to no officer are counted too, so username_key is the
             // SHA-256 hex of the normalized username, not the username itself: people sometimes
             // type a password into that field.
             u"CREATE TABLE officer_sign_in_failure ("
             " username_key TEXT NOT NULL,"
             " client_address TEXT NOT NULL,"
             " failures INTEGER NOT NULL DEFAULT 0,"
             " last_failed_at TEXT,"
             " locked_until TEXT,"
             " PRIMARY KEY (username_key, client_address))"_s,
             u"CREATE INDEX officer_sign_in_failure_last_idx ON officer_sign_in_failure (last_failed_at)"_s,

             // The table above replaces the per-officer count, which let anyone lock an officer
             // out from every address. A lock in force during the upgrade ends with it.
             u"ALTER TABLE officer DROP COLUMN failed_sign_ins"_s,
             u"ALTER TABLE officer DROP COLUMN locked_until"_s,
             u"ALTER TABLE officer DROP COLUMN last_failed_sign_in_at"_s,
         }},
        {8,
         u"officer designation in Hindi"_s,
         {
             // Accounts added before this step have none; their certificates show the English
             // designation in the Hindi half too.
             u"ALTER TABLE officer ADD COLUMN designation_hi TEXT NOT NULL DEFAULT ''"_s,
         }},
        {9,
         u"prints of certificates reported by workstations"_s,
         {
             // One row per print that a workstation reported (CertificatePrints contains the rules).
             // print_id is the UUID the workstation gave its print entry, so a repeated upload
             // finds its row. copy_no is the copy number the page carries: 0 for the original, n
             // for "COPY n". Two PCs that print offline may both report copy 0; both rows stay.
             // printed_at is the workstation's clock when the job left for the printer;
             // received_at is the server's. state 'unconfirmed' is a print that may be on paper:
             // the workstation stopped while handing the job to the printer.
             u"CREATE TABLE certificate_print ("
             " id %ID%,"
             " certificate_id BIGINT NOT NULL REFERENCES certificate (id),"
             " print_id TEXT NOT NULL UNIQUE,"
             " copy_no INTEGER NOT NULL CHECK (copy_no >= 0),"
             " officer_id BIGINT NOT NULL REFERENCES officer (id),"
             " printed_at TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " state TEXT NOT NULL CHECK (state IN ('printed', 'unconfirmed')))"_s,
             u"CREATE INDEX certificate_print_certificate_idx ON certificate_print (certificate_id, copy_no)"_s,
         }},
    };
    return migrations;
}

} // namespace nodues
