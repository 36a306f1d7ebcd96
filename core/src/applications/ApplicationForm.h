#pragma once

#include "TranslatableText.h"
#include "applications/ElectionKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nodues {

// What the certificate is asked for: the connections linked to the mobile, or a statement that
// the applicant has no connection ("no connection found").
enum class ApplicationKind { Connections, NoConnection };
QString applicationKindCode(ApplicationKind kind); // "connections", "no_connection"

// Whose son, daughter or wife the applicant is, as Indian forms and certificates name them.
enum class Relation { Father, Husband };
QString relationCode(Relation relation); // "father", "husband"

// One invalid field of a submitted form: the JSON path ("election.kind"), a stable code for
// programs that show their own text, and a message for people.
//   missing         absent, null or empty (optional fields may be absent)
//   not_text        not a JSON string
//   too_short, too_long
//   bad_character   an invisible character, or a letter of a script the field does not take
//   not_latin       applicant_name has Devanagari letters, or none in Latin script
//   not_devanagari  applicant_name_hi has no Devanagari letter
//   unknown_value   not one of the listed values (kind, relation, election.kind, sms_language)
//   invalid_format  an IVRS number or DC code that cannot be one
//   not_allowed     a member this kind of application must not have
struct FormProblem
{
    QString field;
    QString code;
    TranslatableText message;
};

// The content of an application as the consumer fills it in. The JSON form (the wire format of
// the consumer API) is:
//   {"kind": "connections" | "no_connection",
//    "applicant_name": "Ramesh Kumar", "applicant_name_hi": "रमेश कुमार",
//    "relation": "father" | "husband", "relative_name": "Suresh Kumar",
//    "address": "12 Shivaji Nagar, Bhopal",
//    "election": {"kind": "gram_panchayat_sarpanch", "body": "Gram Panchayat Bilkhiria",
//                 "ward": "Ward 7"},
//    "primary_ivrs": "1000000001",   (kind "connections" only)
//    "dc_code": "2030201",           (kind "no_connection" only: the DC that handles it)
//    "sms_language": "hi" | "en"}    (optional; Hindi by default)
struct ApplicationForm
{
    ApplicationKind kind = ApplicationKind::Connections;
    QString applicantName;   // Latin script, as on the certificate's English half
    QString applicantNameHi; // Devanagari, as on the Hindi half
    Relation relation = Relation::Father;
    QString relativeName;
    QString address;
    ElectionKind electionKind = ElectionKind::GramPanchayatPanch;
    QString electionBody; // the Panchayat, municipal body or society
    QString ward;         // ward or constituency
    QString primaryIvrs;  // kind Connections: the connection whose DC handles the application
    QString dcCode;       // kind NoConnection: the DC the applicant chose
    QString smsLanguage = QStringLiteral("hi");

    // Reads and checks every field of json; text fields are trimmed and inner runs of spaces
    // collapsed. Returns false with one problem per invalid field (all of them, not only the
    // first). Whether the IVRS is linked and the DC exists is checked later, against storage.
    static bool fromJson(const QJsonObject &json, ApplicationForm *form, QList<FormProblem> *problems);

    // The canonical text the submit OTP is bound to: every field of the form plus the IVRS
    // numbers of the connections the application will name, sorted. A change to any of them
    // (another address, a connection linked meanwhile) needs a new OTP.
    QString canonicalContent(const QStringList &connectionIvrs) const;
    // SHA-256 hex of canonicalContent().
    QString contentSha256(const QStringList &connectionIvrs) const;
};

} // namespace nodues
