#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nodues {

// The fixed list of reasons an officer rejects an application for. The texts go into the
// rejection SMS as its {reason} variable, in the applicant's language, so each is short: DLT
// registration limits a template variable to 30 characters. They are data kept in both
// languages, like the SMS templates themselves, because the SMS language is the applicant's and
// not the server's or the officer's.
struct RejectionReason
{
    QString code;      // "dues_outstanding", ...
    QString english;   // "Dues outstanding"
    QString hindi;     // "बकाया राशि शेष"
    bool needsRemarks; // "other" must say what

    // The text in language "hi" or "en".
    QString text(const QString &language) const { return language == u"en" ? english : hindi; }
};

const QList<RejectionReason> &rejectionReasons();
std::optional<RejectionReason> rejectionReasonFromCode(const QString &code);

} // namespace nodues
