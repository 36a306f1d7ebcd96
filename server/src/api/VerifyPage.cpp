#include "api/VerifyPage.h"

#include "Timestamp.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

constexpr const char *kContext = "CertificateVerification";

// The only script of the page; the CSP allows exactly these bytes by hash. The payload's "%XX"
// escapes are part of its grammar, so it is passed on unchanged, percent-encoded once more.
constexpr char kScript[] = "(function () {\n"
                           "  'use strict';\n"
                           "  var payload = location.hash.slice(1);\n"
                           "  if (!payload) return;\n"
                           "  var box = document.getElementById('qr-check');\n"
                           "  if (!box) {\n"
                           "    var number = payload.split('.')[1];\n"
                           "    if (number) location.replace('verify/' + encodeURIComponent(number) + '#' + payload);\n"
                           "    return;\n"
                           "  }\n"
                           "  var show = function (outcome) {\n"
                           "    var items = box.querySelectorAll('[data-qr-outcome]');\n"
                           "    for (var i = 0; i < items.length; i++)\n"
                           "      items[i].hidden = items[i].getAttribute('data-qr-outcome') !== outcome;\n"
                           "    box.hidden = false;\n"
                           "  };\n"
                           "  fetch(box.getAttribute('data-api') + '?payload=' + encodeURIComponent(payload),\n"
                           "        {headers: {Accept: 'application/json'}})\n"
                           "    .then(function (response) { return response.json(); })\n"
                           "    .then(function (body) { show(body.qr ? body.qr.outcome : 'failed'); })\n"
                           "    .catch(function () { show('failed'); });\n"
                           "}());\n";

const ResponseLanguage kLanguages[] = {ResponseLanguage::Hindi, ResponseLanguage::English};

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray translated(const char *sourceText, ResponseLanguage language, const QStringList &arguments = {})
{
    return escaped(LocalizedMessage{kContext, sourceText, arguments}.toString(language));
}

QByteArray row(const char *label, ResponseLanguage language, const QString &value)
{
    return "<dt>"_ba + translated(label, language) + "</dt><dd>"_ba + escaped(value) + "</dd>"_ba;
}

// The name in the section's script first, the other in brackets.
QString applicantNames(const PublicCertificate &certificate, ResponseLanguage language)
{
    const QString &first = language == ResponseLanguage::Hindi && !certificate.applicantNameHi.isEmpty()
                               ? certificate.applicantNameHi
                               : certificate.applicantName;
    const QString &second =
        &first == &certificate.applicantName ? certificate.applicantNameHi : certificate.applicantName;
    return second.isEmpty() || second == first ? first : u"%1 (%2)"_s.arg(first, second);
}

QByteArray detailsList(const PublicCertificate &certificate, ResponseLanguage language)
{
    QStringList election{electionTitle(certificate, language), certificate.bodyName};
    if (!certificate.ward.isEmpty())
        election.append(certificate.ward);
    const QString connections =
        certificate.connectionIvrs.isEmpty()
            ? LocalizedMessage{kContext,
                               QT_TRANSLATE_NOOP("CertificateVerification",
                                                 "None: this certificate states that no connection was found."),
                               {}}
                  .toString(language)
            : certificate.connectionIvrs.join(u", "_s);
    const QString officeName = language == ResponseLanguage::Hindi && !certificate.divisionNameHi.isEmpty()
                                   ? certificate.divisionNameHi
                                   : certificate.divisionName;

    QByteArray list = "<dl>"_ba;
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Certificate number"), language, certificate.number);
    list +=
        row(QT_TRANSLATE_NOOP("CertificateVerification", "Applicant"), language, applicantNames(certificate, language));
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Applicant's mobile"), language, certificate.maskedMobile);
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Election"), language, election.join(u", "_s));
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Connections (IVRS numbers)"), language, connections);
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Issued on"), language,
                Timestamp::istDateTime(certificate.approvedAt) + u" IST"_s);
    list += row(QT_TRANSLATE_NOOP("CertificateVerification", "Approving office"), language,
                u"%1 (%2)"_s.arg(officeName, certificate.divisionCode));
    return list + "</dl>"_ba;
}

// The paragraphs of every QR outcome, hidden except the outcome the server already has.
QByteArray qrSection(const PublicVerification &verification, const QString &apiPath)
{
    const QString known = verification.qr ? qrOutcomeCode(*verification.qr) : QString();
    QByteArray section = "<section id=\"qr-check\" data-api=\""_ba + escaped(apiPath) + "\""_ba +
                         (known.isEmpty() ? " hidden"_ba : QByteArray()) + "><h2>"_ba;
    for (const ResponseLanguage language : kLanguages) {
        section += "<span lang=\""_ba + languageTag(language) + "\">"_ba +
                   translated(QT_TRANSLATE_NOOP("CertificateVerification", "QR code"), language) + "</span> "_ba;
    }
    section += "</h2>"_ba;
    for (const QString &outcome : qrOutcomeCodes()) {
        section += "<p data-qr-outcome=\""_ba + outcome.toLatin1() + "\""_ba +
                   (outcome == known ? QByteArray() : " hidden"_ba) + ">"_ba;
        for (const ResponseLanguage language : kLanguages) {
            section += "<span lang=\""_ba + languageTag(language) + "\">"_ba +
                       escaped(qrOutcomeMessage(outcome).toString(language)) + "</span> "_ba;
        }
        section += "</p>"_ba;
    }
    return section + "</section>"_ba;
}

QByteArray numberForm(const QString &rootPath)
{
    QByteArray form = "<form method=\"get\" action=\""_ba + escaped(rootPath) + "verify\"><label>"_ba;
    for (const ResponseLanguage language : kLanguages) {
        form += "<span lang=\""_ba + languageTag(language) + "\">"_ba +
                translated(QT_TRANSLATE_NOOP("CertificateVerification", "Certificate number"), language) +
                "</span> "_ba;
    }
    form += "<input name=\"number\" required maxlength=\"40\" autocomplete=\"off\" "
            "placeholder=\"NDC/20302/2026-27/000123\"></label> <button type=\"submit\">"_ba;
    for (const ResponseLanguage language : kLanguages) {
        form += "<span lang=\""_ba + languageTag(language) + "\">"_ba +
                translated(QT_TRANSLATE_NOOP("CertificateVerification", "Verify"), language) + "</span> "_ba;
    }
    return form + "</button></form>"_ba;
}

QByteArray languageSection(const PublicVerification *verification, ResponseLanguage language)
{
    QByteArray section =
        "<section lang=\""_ba + languageTag(language) + "\"><h1>"_ba +
        translated(QT_TRANSLATE_NOOP("CertificateVerification", "No Dues certificate verification"), language) +
        "</h1>"_ba;
    if (!verification) {
        return section + "<p>"_ba +
               translated(QT_TRANSLATE_NOOP("CertificateVerification",
                                            "Enter the number printed on the No Dues certificate, or scan its QR "
                                            "code with the phone's camera."),
                          language) +
               "</p></section>"_ba;
    }
    section += "<p><strong>"_ba + escaped(verification->statusMessage().toString(language)) + "</strong></p>"_ba;
    if (verification->certificate)
        section += detailsList(*verification->certificate, language);
    return section + "</section>"_ba;
}

} // namespace

QByteArray verifyPageContentSecurityPolicy()
{
    static const QByteArray policy =
        "default-src 'none'; script-src 'sha256-"_ba +
        QCryptographicHash::hash(QByteArray(kScript), QCryptographicHash::Sha256).toBase64() +
        "'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"_ba;
    return policy;
}

Response verifyPage(const PublicVerification *verification, const QString &rootPath)
{
    QByteArray page = "<!DOCTYPE html>\n<html lang=\"hi\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                      "<meta name=\"robots\" content=\"noindex\"><title>"_ba +
                      translated(QT_TRANSLATE_NOOP("CertificateVerification", "No Dues certificate verification"),
                                 ResponseLanguage::Hindi) +
                      "</title></head><body>"_ba;
    for (const ResponseLanguage language : kLanguages)
        page += languageSection(verification, language);
    if (verification) {
        const QString apiPath = rootPath + u"api/v1/public/certificates/"_s +
                                QString::fromLatin1(QUrl::toPercentEncoding(verification->number));
        page += qrSection(*verification, apiPath);
    }
    page += numberForm(rootPath);
    page += "<script>"_ba + QByteArray(kScript) + "</script></body></html>\n"_ba;

    Response response;
    response.status = verification && !verification->certificate ? 404 : 200;
    response.contentType = "text/html; charset=utf-8"_ba;
    response.body = page;
    response.headers.set("Content-Security-Policy"_ba, verifyPageContentSecurityPolicy());
    response.headers.set("Vary"_ba, "Accept"_ba);
    return response;
}

} // namespace nodues::server
