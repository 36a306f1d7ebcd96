#pragma once

#include "applications/ApplicationStatus.h"
#include "cache/CachedParts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace nodues::workstation {

// One application as the officer sync (GET /api/v1/officer/sync) and the decision routes return
// it: the OfficerApplication schema of docs/api/openapi.yaml, read strictly. The workstation's
// cache stores the raw object and rebuilds this record from it, so a record always matches what
// the server sent.
struct CachedApplication
{
    QString number; // APP/<DC code>/<fiscal year>/<serial>
    ApplicationStatus status = ApplicationStatus::Submitted;
    QString statusTitle; // in the language of the request that fetched it
    QString kind;        // connections or no_connection
    QString mobileMasked;
    QString dcCode;
    QString dcName;
    QString dcNameHi;
    CachedApplicant applicant;
    CachedElection election;
    QString primaryIvrs; // empty for kind no_connection
    QString smsLanguage; // hi or en
    QDateTime submittedAt;
    QDateTime dueAt;
    QDateTime updatedAt;
    // Raised by each decision, link check, publication and revocation; sent back with an action.
    qint64 version = 0;
    // The server-wide change sequence of the latest change; a billing import raises it without
    // raising version. Of two copies the one with the higher change_seq is newer.
    qint64 changeSeq = 0;
    // As the server computed it for the page's server_time; isOverdue() recomputes it.
    bool slaOverdue = false;
    std::optional<CachedRejection> rejection;
    std::optional<CachedCertificate> certificate;
    QList<CachedConnection> connections; // ordered by IVRS
    QList<CachedEvent> events;           // oldest first
    QJsonObject raw;                     // the object as received

    // The record of json, or nothing with error naming the first malformed member (English).
    static std::optional<CachedApplication> fromJson(const QJsonObject &json, QString *error);

    QString statusCode() const { return applicationStatusCode(status); }
    // due_at has passed and the application is still open (submitted, forwarded, or approved
    // with its signed certificate not yet published), as the server computes sla.overdue.
    bool isOverdue(const QDateTime &now) const;
    // A connection linked pending the clerk's check: the application cannot be forwarded yet.
    bool hasPendingLink() const;
    // A connection billed to the applicant's mobile that the applicant unlinked.
    bool hasUnlinkedConnection() const;
    // The text the queue's search box matches, lower-cased: the number, every IVRS, the
    // applicant's and the connections' names in English and Hindi, and the masked mobile.
    QString searchText() const;
};

} // namespace nodues::workstation
