#include "certificate/CertificateDocument.h"

#include "Timestamp.h"
#include "certificates/QrPayload.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString CertificateDocument::verifyPageUrl() const
{
    const qsizetype hash = verifyUrl.indexOf(u'#');
    const QString page = hash < 0 ? verifyUrl : verifyUrl.left(hash);
    // The number's characters (letters, digits, '/', '-') are all safe to show unescaped.
    return QUrl::fromPercentEncoding(page.toUtf8());
}

bool CertificateDocument::validate(QString *error) const
{
    // The fields every certificate prints.
    const std::pair<const QString *, const char *> required[] = {
        {&number, QT_TR_NOOP("certificate number")},
        {&applicantName, QT_TR_NOOP("applicant's name")},
        {&relativeName, QT_TR_NOOP("father's or husband's name")},
        {&address, QT_TR_NOOP("address")},
        {&electionTitle, QT_TR_NOOP("election")},
        {&electionBody, QT_TR_NOOP("body")},
        {&ward, QT_TR_NOOP("ward or constituency")},
        {&companyName, QT_TR_NOOP("company name")},
        {&officer.name, QT_TR_NOOP("approving officer's name")},
        {&officer.designation, QT_TR_NOOP("approving officer's designation")},
        {&dcCode, QT_TR_NOOP("distribution centre")},
        {&qrPayload, QT_TR_NOOP("QR payload")},
        {&verifyUrl, QT_TR_NOOP("verify URL")},
    };
    for (const auto &[value, name] : required) {
        if (value->trimmed().isEmpty())
            return fail(error, tr("Certificate %1 cannot be printed: its %2 is missing.").arg(number, tr(name)));
    }
    if (!issuedAt.isValid())
        return fail(error, tr("Certificate %1 cannot be printed: its issue time is missing.").arg(number));
    if (copyNumber < 0)
        return fail(error, tr("Certificate %1 cannot be printed: copy number %2 is negative.")
                               .arg(number, QString::number(copyNumber)));

    // The kind decides whether connections are listed.
    if (kind == ApplicationKind::Connections && connections.isEmpty())
        return fail(error, tr("Certificate %1 cannot be printed: it names no connection.").arg(number));
    if (kind == ApplicationKind::NoConnection && !connections.isEmpty())
        return fail(
            error,
            tr("Certificate %1 cannot be printed: a \"no connection found\" certificate must list no connection.")
                .arg(number));
    for (const CertificateConnection &connection : connections) {
        if (connection.ivrs.isEmpty() || connection.name.isEmpty() || !connection.noDuesAsOf.isValid())
            return fail(error, tr("Certificate %1 cannot be printed: connection \"%2\" lacks its name or its date.")
                                   .arg(number, connection.ivrs));
    }

    // The QR code must state what the page states.
    if (!verifyUrl.endsWith(u'#' + qrPayload) || verifyUrl.size() == qrPayload.size() + 1)
        return fail(error,
                    tr("Certificate %1 cannot be printed: its verify URL does not end in its QR payload.").arg(number));
    QString parseError;
    const std::optional<ParsedQrPayload> parsed = QrPayload::parse(qrPayload, nullptr, &parseError);
    if (!parsed)
        return fail(error,
                    tr("Certificate %1 cannot be printed: its QR payload is invalid: %2").arg(number, parseError));
    const QrPayloadFields &fields = parsed->fields;
    if (fields.certificateNumber != number)
        return fail(error, tr("Certificate %1 cannot be printed: its QR payload names certificate %2.")
                               .arg(number, fields.certificateNumber));
    if (fields.issueDate != Timestamp::toIst(issuedAt).date())
        return fail(error, tr("Certificate %1 cannot be printed: its QR payload gives the issue date %2, not %3.")
                               .arg(number, fields.issueDate.toString(u"dd-MM-yyyy"_s), Timestamp::istDate(issuedAt)));
    if (QrPayload::encodeName(fields.applicantName) != QrPayload::encodeName(applicantName))
        return fail(error,
                    tr("Certificate %1 cannot be printed: its QR payload names the applicant \"%2\", not \"%3\".")
                        .arg(number, fields.applicantName, applicantName));
    if (fields.connectionCount != connections.size())
        return fail(error,
                    tr("Certificate %1 cannot be printed: its QR payload counts %2 connections, the page lists %3.")
                        .arg(number, QString::number(fields.connectionCount), QString::number(connections.size())));
    return true;
}

} // namespace nodues::workstation
