// Public certificate verification over real HTTP on loopback, on SQLite and PostgreSQL: the JSON
// result for valid, revoked and unknown numbers, the check of a QR payload against the published
// keys and the registry, the bilingual page and its CSP, and the key and revocation lists that
// offline verifiers fetch. Approval is stood in for by inserting the certificate row with a QR
// payload signed by the server's key (CertificateFixtures.h); revocation by setting revoked_at.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "api/PublicVerification.h"
#include "certificates/CertificateSigningKeys.h"
#include "certificates/QrPayload.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kMobile = u"9876543210"_s;
const QString kOwnFirst = u"1000000001"_s;
const QString kOwnSecond = u"1000000002"_s;
const QString kCertificateNumber = u"NDC/20302/2026-27/000001"_s;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kOwnFirst, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {kOwnSecond, u"Ramesh Kumar"_s, QString(), kMobile, u"2030201"_s, u"UNMETERED"_s,
                                       QString(), u"DONE"_s, -5000, QString()});
}

void noBillingRows(Database &)
{
}

// Submits Ramesh Kumar's application and approves it as certificate kCertificateNumber; returns
// the certificate's QR payload.
QString issueCertificate(ApiTestServer &api)
{
    const Officer approver =
        addOfficer(api.db->database(), u"dgm20302"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000010"_s);
    const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kOwnFirst));
    if (submitted.response.status != 201) {
        QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return insertApprovedCertificate(api, submitted.number, kCertificateNumber, approver);
}

void revoke(Database &database, const QString &number, const QString &at, const QString &reason)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query,
                          u"UPDATE certificate SET revoked_at = :at, revoked_reason = :reason WHERE number = :number"_s,
                          {{u"at"_s, at}, {u"reason"_s, reason}, {u"number"_s, number}}, &error),
             qPrintable(error));
    QCOMPARE(query.numRowsAffected(), 1);
}

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

QByteArray jsonTarget(const QString &number, const QString &payload = {})
{
    QByteArray target = "/api/v1/public/certificates/"_ba + encoded(number);
    if (!payload.isNull())
        target += "?payload="_ba + encoded(payload);
    return target;
}

QByteArray pageTarget(const QString &number, const QString &payload = {})
{
    QByteArray target = "/verify/"_ba + encoded(number);
    if (!payload.isNull())
        target += "?payload="_ba + encoded(payload);
    return target;
}

QStringList stringsOf(const QJsonValue &array)
{
    QStringList strings;
    for (const QJsonValue &value : array.toArray())
        strings.append(value.toString());
    return strings;
}

// The text of the page from the opening tag of the section in language to its end.
QString sectionOf(const QString &page, const QString &language)
{
    const qsizetype begin = page.indexOf(u"<section lang=\""_s + language + u"\">"_s);
    const qsizetype end = page.indexOf(u"</section>"_s, begin);
    return begin < 0 || end < 0 ? QString() : page.mid(begin, end - begin);
}

} // namespace

class TestPublicVerifyApi : public QObject
{
    Q_OBJECT

private:
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }

#define START_VERIFY_API_SERVER(api) NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings())

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void validCertificateAsJson_data()
    {
        addBackendColumn();
    }
    void validCertificateAsJson()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());

        const HttpTestResponse response = api.request("GET"_ba, jsonTarget(kCertificateNumber));
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type"_ba).startsWith("application/json"));
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"valid"_s);
        QCOMPARE(body[u"number"_s].toString(), kCertificateNumber);
        // Approved, but the signed PDF is not uploaded yet: valid, and the message says so.
        QCOMPARE(body[u"message"_s].toString(),
                 u"Certificate NDC/20302/2026-27/000001 is valid. It was approved on 04-12-2026 15:30 IST; the "
                 "office has not yet uploaded its digitally signed copy."_s);
        QVERIFY(body[u"revocation"_s].isNull());
        QVERIFY(body[u"qr"_s].isNull());
        const QJsonObject certificate = body[u"certificate"_s].toObject();
        QCOMPARE(certificate[u"number"_s].toString(), kCertificateNumber);
        QCOMPARE(certificate[u"applicant_name"_s].toString(), u"Ramesh Kumar"_s);
        QCOMPARE(certificate[u"applicant_name_hi"_s].toString(), u"रमेश कुमार"_s);
        QCOMPARE(certificate[u"applicant_mobile"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(certificate[u"election"_s][u"kind"_s].toString(), u"gram_panchayat_sarpanch"_s);
        QCOMPARE(certificate[u"election"_s][u"title"_s].toString(), u"Sarpanch, Gram Panchayat"_s);
        QCOMPARE(certificate[u"election"_s][u"body"_s].toString(), u"Gram Panchayat Bilkhiria"_s);
        QCOMPARE(certificate[u"election"_s][u"ward"_s].toString(), u"Ward 7"_s);
        QCOMPARE(stringsOf(certificate[u"connections"_s]), QStringList({kOwnFirst, kOwnSecond}));
        QCOMPARE(certificate[u"issued_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(certificate[u"issued_at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        QCOMPARE(certificate[u"issue_date_ist"_s].toString(), u"04-12-2026"_s);
        QCOMPARE(certificate[u"pdf_published"_s].toBool(), false);
        QCOMPARE(certificate[u"approving_office"_s][u"code"_s].toString(), u"20302"_s);
        QCOMPARE(certificate[u"approving_office"_s][u"name"_s].toString(), u"Bhopal City (East)"_s);
        QCOMPARE(certificate[u"approving_office"_s][u"name_hi"_s].toString(), u"भोपाल शहर (पूर्व)"_s);
        QVERIFY(!response.body.contains(kMobile.toLatin1()));

        // Typed in lower case with spaces around, in Hindi.
        const HttpTestResponse hindi =
            api.request("GET"_ba, jsonTarget(u" ndc/20302/2026-27/000001 "_s), {}, {{"Accept-Language"_ba, "hi"_ba}});
        QCOMPARE(hindi.status, 200);
        QCOMPARE(hindi.header("Content-Language"_ba), "hi"_ba);
        QCOMPARE(jsonOf(hindi)[u"certificate"_s][u"election"_s][u"title"_s].toString(), u"सरपंच, ग्राम पंचायत"_s);
    }

    void unknownNumberNotFound_data()
    {
        addBackendColumn();
    }
    void unknownNumberNotFound()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());

        HttpTestResponse response = api.request("GET"_ba, jsonTarget(u"NDC/20302/2026-27/000002"_s));
        QCOMPARE(response.status, 404);
        QJsonObject body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"not_found"_s);
        QCOMPARE(body[u"number"_s].toString(), u"NDC/20302/2026-27/000002"_s);
        QVERIFY(body[u"certificate"_s].isNull());
        QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
        QVERIFY(errorMessageOf(response).contains(u"NDC/20302/2026-27/000002"_s));

        // Far longer than any number: not looked up, and only its start is echoed.
        response = api.request("GET"_ba, jsonTarget(QString(500, u'7')));
        QCOMPARE(response.status, 404);
        QCOMPARE(jsonOf(response)[u"number"_s].toString().size(), 40);
    }

    void revokedCertificateShown_data()
    {
        addBackendColumn();
    }
    void revokedCertificateShown()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());
        revoke(api.db->database(), kCertificateNumber, u"2027-01-04T05:00:00.000Z"_s, u"Dues found later"_s);

        const HttpTestResponse response = api.request("GET"_ba, jsonTarget(kCertificateNumber));
        QCOMPARE(response.status, 200);
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"revoked"_s);
        QCOMPARE(body[u"revocation"_s][u"revoked_at"_s].toString(), u"2027-01-04T05:00:00.000Z"_s);
        QCOMPARE(body[u"revocation"_s][u"revoked_at_ist"_s].toString(), u"04-01-2027 10:30"_s);
        QCOMPARE(body[u"revocation"_s][u"reason"_s].toString(), u"Dues found later"_s);
        QVERIFY(body[u"message"_s].toString().contains(u"revoked on 04-01-2027 10:30 IST"_s));
        QCOMPARE(body[u"certificate"_s][u"number"_s].toString(), kCertificateNumber);

        const HttpTestResponse page = api.request("GET"_ba, pageTarget(kCertificateNumber));
        QCOMPARE(page.status, 200);
        const QString english = sectionOf(QString::fromUtf8(page.body), u"en"_s);
        QVERIFY2(english.contains(u"was revoked on 04-01-2027 10:30 IST and is no longer valid. Reason: Dues found "
                                  "later"_s),
                 qPrintable(english));
    }

    void qrPayloadChecked_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QStringList>("mismatches");
        const QList<std::tuple<QString, QString, QStringList>> cases{
            {u"issued payload"_s, u"valid"_s, {}},
            {u"tampered date"_s, u"bad_signature"_s, {}},
            {u"unknown key"_s, u"unknown_key"_s, {}},
            {u"not a payload"_s, u"malformed"_s, {}},
            {u"signed, other name"_s, u"mismatch"_s, {u"applicant_name"_s}},
            {u"signed, other certificate"_s, u"mismatch"_s, {u"certificate_number"_s, u"connection_count"_s}},
        };
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto &[kind, outcome, mismatches] : cases)
                QTest::newRow(qPrintable(backend + u": "_s + kind)) << backend << kind << outcome << mismatches;
        }
    }
    void qrPayloadChecked()
    {
        QFETCH(QString, kind);
        QFETCH(QString, outcome);
        QFETCH(QStringList, mismatches);
        START_VERIFY_API_SERVER(api);
        const QString issued = issueCertificate(api);
        QVERIFY(!issued.isEmpty());
        const CertificateSigningKeys &keys = *api.context->signingKeys();
        QrPayloadFields fields{kCertificateNumber, QDate(2026, 12, 4), u"Ramesh Kumar"_s, 2};
        QString error;

        QString payload;
        QTemporaryDir otherKeyFolder;
        if (kind == u"issued payload"_s) {
            payload = issued;
        } else if (kind == u"tampered date"_s) {
            payload = issued;
            QVERIFY(payload.contains(u".20261204."_s));
            payload.replace(u".20261204."_s, u".20261205."_s);
        } else if (kind == u"unknown key"_s) {
            std::optional<CertificateSigningKeys> otherKeys =
                CertificateSigningKeys::open(otherKeyFolder.filePath(u"keys"_s), &error);
            QVERIFY2(otherKeys && otherKeys->rotate(api.clock, &error), qPrintable(error));
            payload = QrPayload::build(fields, *otherKeys, &error);
        } else if (kind == u"not a payload"_s) {
            payload = u"hello"_s;
        } else if (kind == u"signed, other name"_s) {
            fields.applicantName = u"Suresh Kumar"_s;
            payload = QrPayload::build(fields, keys, &error);
        } else {
            fields.certificateNumber = u"NDC/20302/2026-27/000002"_s;
            fields.connectionCount = 1;
            payload = QrPayload::build(fields, keys, &error);
        }
        QVERIFY2(!payload.isEmpty(), qPrintable(error));

        const HttpTestResponse response = api.request("GET"_ba, jsonTarget(kCertificateNumber, payload));
        QCOMPARE(response.status, 200);
        const QJsonObject qr = jsonOf(response)[u"qr"_s].toObject();
        QCOMPARE(qr[u"outcome"_s].toString(), outcome);
        QCOMPARE(stringsOf(qr[u"mismatched_fields"_s]), mismatches);
        QVERIFY(!qr[u"message"_s].toString().isEmpty());
        if (outcome == u"malformed"_s)
            QVERIFY(qr[u"key_id"_s].isNull());
        else
            QCOMPARE(qr[u"key_id"_s].toString(), payload.section(u'.', 5, 5));
        // The registry's own result does not depend on the payload.
        QCOMPARE(jsonOf(response)[u"status"_s].toString(), u"valid"_s);

        // The page, asked with the payload in the query, shows the same outcome without script.
        const QString page = QString::fromUtf8(api.request("GET"_ba, pageTarget(kCertificateNumber, payload)).body);
        QVERIFY2(page.contains(u"<section id=\"qr-check\" data-api=\""_s), qPrintable(page));
        QVERIFY(!page.contains(u"data-api=\"../api/v1/public/certificates/NDC%2F20302%2F2026-27%2F000001\" hidden"_s));
        QVERIFY2(page.contains(u"<p data-qr-outcome=\""_s + outcome + u"\"><span lang=\"hi\">"_s), qPrintable(page));
        QCOMPARE(page.count(u" hidden>"_s), server::qrOutcomeCodes().size() - 1);
    }

    void verifyPageBilingual_data()
    {
        addBackendColumn();
    }
    void verifyPageBilingual()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());

        const HttpTestResponse response =
            api.request("GET"_ba, pageTarget(kCertificateNumber), {}, {{"Accept"_ba, "text/html,*/*;q=0.8"_ba}});
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type"_ba).startsWith("text/html"));
        QCOMPARE(response.header("Vary"_ba), "Accept"_ba);
        const QString page = QString::fromUtf8(response.body);
        QVERIFY(page.startsWith(u"<!DOCTYPE html>\n<html lang=\"hi\">"_s));
        const qsizetype hindiAt = page.indexOf(u"<section lang=\"hi\">"_s);
        const qsizetype englishAt = page.indexOf(u"<section lang=\"en\">"_s);
        QVERIFY(hindiAt >= 0);
        QVERIFY(englishAt > hindiAt);

        // Each section gives the names in its own script first.
        const QString hindi = sectionOf(page, u"hi"_s);
        QVERIFY2(hindi.contains(u"रमेश कुमार (Ramesh Kumar)"_s), qPrintable(hindi));
        QVERIFY(hindi.contains(u"सरपंच, ग्राम पंचायत, Gram Panchayat Bilkhiria, Ward 7"_s));
        QVERIFY(hindi.contains(u"भोपाल शहर (पूर्व) (20302)"_s));
        const QString english = sectionOf(page, u"en"_s);
        QVERIFY2(english.contains(u"<strong>Certificate NDC/20302/2026-27/000001 is valid. It was approved"_s),
                 qPrintable(english));
        QVERIFY(english.contains(u"<dt>Applicant</dt><dd>Ramesh Kumar (रमेश कुमार)</dd>"_s));
        QVERIFY(english.contains(u"<dt>Applicant's mobile</dt><dd>98XXXXX210</dd>"_s));
        QVERIFY(english.contains(u"Sarpanch, Gram Panchayat, Gram Panchayat Bilkhiria, Ward 7"_s));
        QVERIFY(english.contains(u"<dd>1000000001, 1000000002</dd>"_s));
        QVERIFY(english.contains(u"<dd>04-12-2026 15:30 IST</dd>"_s));
        QVERIFY(english.contains(u"<dd>Bhopal City (East) (20302)</dd>"_s));
        QVERIFY(!response.body.contains(kMobile.toLatin1()));

        // The QR section waits hidden for the script, which the CSP allows by its hash alone.
        QVERIFY(page.contains(u"<section id=\"qr-check\" data-api=\"../api/v1/public/certificates/"
                              "NDC%2F20302%2F2026-27%2F000001\" hidden>"_s));
        QVERIFY(page.contains(u"<form method=\"get\" action=\"../verify\">"_s));
        const qsizetype scriptBegin = response.body.indexOf("<script>") + 8;
        const qsizetype scriptEnd = response.body.indexOf("</script>");
        QVERIFY(scriptBegin > 8 && scriptEnd > scriptBegin);
        QCOMPARE(response.body.count("<script"), 1);
        const QByteArray scriptHash = QCryptographicHash::hash(response.body.mid(scriptBegin, scriptEnd - scriptBegin),
                                                               QCryptographicHash::Sha256)
                                          .toBase64();
        const QByteArray policy = response.header("Content-Security-Policy"_ba);
        QVERIFY2(policy.contains(QByteArray("script-src 'sha256-" + scriptHash + "';")), policy.constData());
        QVERIFY(policy.contains("default-src 'none'"));
        QVERIFY(policy.contains("connect-src 'self'"));
        QVERIFY(!policy.contains("unsafe-inline"));
        QCOMPARE(response.header("X-Frame-Options"_ba), "DENY"_ba);

        // Asked for JSON, the page route returns what the API route returns.
        const HttpTestResponse json =
            api.request("GET"_ba, pageTarget(kCertificateNumber), {}, {{"Accept"_ba, "application/json"_ba}});
        QCOMPARE(json.status, 200);
        QVERIFY(json.header("Content-Type"_ba).startsWith("application/json"));
        QCOMPARE(jsonOf(json)[u"status"_s].toString(), u"valid"_s);
    }

    void verifyPageEscapesAndNotFound_data()
    {
        addBackendColumn();
    }
    void verifyPageEscapesAndNotFound()
    {
        START_VERIFY_API_SERVER(api);
        const HttpTestResponse response = api.request("GET"_ba, pageTarget(u"<b onclick=x>NDC</b>"_s));
        QCOMPARE(response.status, 404);
        QVERIFY(response.header("Content-Type"_ba).startsWith("text/html"));
        QVERIFY(!response.body.contains("<B ONCLICK"));
        QVERIFY(response.body.contains("&lt;B ONCLICK=X&gt;NDC&lt;/B&gt;"));
        QVERIFY(sectionOf(QString::fromUtf8(response.body), u"en"_s).contains(u"may be forged"_s));
        QVERIFY(!response.body.contains("<dl>"));
    }

    void numberFormPage_data()
    {
        addBackendColumn();
    }
    void numberFormPage()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());

        HttpTestResponse response = api.request("GET"_ba, "/verify"_ba);
        QCOMPARE(response.status, 200);
        QString page = QString::fromUtf8(response.body);
        QVERIFY(page.contains(u"<form method=\"get\" action=\"verify\">"_s));
        QVERIFY(page.contains(u"<input name=\"number\""_s));
        QVERIFY(!page.contains(u"id=\"qr-check\""_s));
        QVERIFY(response.header("Content-Security-Policy"_ba).contains("script-src 'sha256-"));

        // The form's submission shows the number's page, with links relative to /verify.
        response = api.request("GET"_ba, "/verify?number=ndc%2F20302%2F2026-27%2F000001"_ba);
        QCOMPARE(response.status, 200);
        page = QString::fromUtf8(response.body);
        QVERIFY(page.contains(u"Certificate NDC/20302/2026-27/000001 is valid. It was approved"_s));
        QVERIFY(page.contains(u"data-api=\"api/v1/public/certificates/NDC%2F20302%2F2026-27%2F000001\""_s));
        QVERIFY(page.contains(u"<form method=\"get\" action=\"verify\">"_s));
    }

    // The address printed under the QR code has the number's slashes unescaped; it shows the
    // same page, with links relative to its own depth.
    void printedAddressPage_data()
    {
        addBackendColumn();
    }
    void printedAddressPage()
    {
        START_VERIFY_API_SERVER(api);
        QVERIFY(!issueCertificate(api).isEmpty());

        HttpTestResponse response = api.request("GET"_ba, "/verify/NDC/20302/2026-27/000001"_ba);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type"_ba).startsWith("text/html"));
        QString page = QString::fromUtf8(response.body);
        QVERIFY2(page.contains(u"Certificate NDC/20302/2026-27/000001 is valid. It was approved"_s), qPrintable(page));
        QVERIFY(page.contains(u"data-api=\"../../../../api/v1/public/certificates/NDC%2F20302%2F2026-27%2F000001\""_s));
        QVERIFY(page.contains(u"<form method=\"get\" action=\"../../../../verify\">"_s));

        // Typed in lower case, with JSON asked for.
        response =
            api.request("GET"_ba, "/verify/ndc/20302/2026-27/000001"_ba, {}, {{"Accept"_ba, "application/json"_ba}});
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"number"_s].toString(), kCertificateNumber);
        QCOMPARE(jsonOf(response)[u"status"_s].toString(), u"valid"_s);

        response = api.request("GET"_ba, "/verify/NDC/20302/2026-27/000099"_ba);
        QCOMPARE(response.status, 404);
        QVERIFY(sectionOf(QString::fromUtf8(response.body), u"en"_s).contains(u"may be forged"_s));
    }

    void keysAndRevocationsListed_data()
    {
        addBackendColumn();
    }
    void keysAndRevocationsListed()
    {
        START_VERIFY_API_SERVER(api);
        const QString payload = issueCertificate(api);
        QVERIFY(!payload.isEmpty());

        HttpTestResponse response = api.request("GET"_ba, "/api/v1/public/keys"_ba);
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"algorithm"_s].toString(), u"Ed25519"_s);
        const QJsonArray keys = jsonOf(response)[u"keys"_s].toArray();
        const CertificateSigningKeyInfo active = *api.context->signingKeys()->activeKey();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0)[u"key_id"_s].toString(), active.keyId);
        QCOMPARE(keys.at(0)[u"created_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(keys.at(0)[u"active"_s].toBool(), true);
        QCOMPARE(keys.at(0)[u"public_key"_s].toString(), active.publicKeyBase64Url());

        // An offline verifier checks the QR payload with nothing but the published list.
        const QByteArray publicKey =
            QByteArray::fromBase64(keys.at(0)[u"public_key"_s].toString().toLatin1(), QByteArray::Base64UrlEncoding);
        const QString keyId = keys.at(0)[u"key_id"_s].toString();
        const auto lookup = [&](const QString &id) -> std::optional<QByteArray> {
            return id == keyId ? std::optional<QByteArray>(publicKey) : std::nullopt;
        };
        QCOMPARE(QrPayload::verify(payload, lookup), QrVerification::Valid);

        response = api.request("GET"_ba, "/api/v1/public/revocations"_ba);
        QCOMPARE(response.status, 200);
        QVERIFY(jsonOf(response)[u"revocations"_s].toArray().isEmpty());
        QCOMPARE(jsonOf(response)[u"generated_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);

        revoke(api.db->database(), kCertificateNumber, u"2027-01-04T05:00:00.000Z"_s, u"Dues found later"_s);
        response = api.request("GET"_ba, "/api/v1/public/revocations"_ba);
        const QJsonArray revocations = jsonOf(response)[u"revocations"_s].toArray();
        QCOMPARE(revocations.size(), 1);
        QCOMPARE(revocations.at(0)[u"number"_s].toString(), kCertificateNumber);
        QCOMPARE(revocations.at(0)[u"revoked_at"_s].toString(), u"2027-01-04T05:00:00.000Z"_s);
        QCOMPARE(revocations.at(0)[u"revoked_at_ist"_s].toString(), u"04-01-2027 10:30"_s);
        QCOMPARE(revocations.at(0)[u"reason"_s].toString(), u"Dues found later"_s);
    }

    void publicRoutesRateLimited_data()
    {
        addBackendColumn();
    }
    void publicRoutesRateLimited()
    {
        server::ApiSettings settings;
        settings.publicRequestBurst = 3;
        settings.publicRequestsPerMinute = 1;
        NODUES_START_API_SERVER(api, noBillingRows, settings);

        // One bucket per address across the public routes.
        QCOMPARE(api.request("GET"_ba, "/api/v1/public/keys"_ba).status, 200);
        QCOMPARE(api.request("GET"_ba, "/api/v1/public/revocations"_ba).status, 200);
        QCOMPARE(api.request("GET"_ba, "/verify"_ba).status, 200);
        for (const QByteArray &target : {"/api/v1/public/keys"_ba, "/verify"_ba, jsonTarget(kCertificateNumber),
                                         pageTarget(kCertificateNumber), "/api/v1/public/revocations"_ba}) {
            const HttpTestResponse response = api.request("GET"_ba, target);
            QCOMPARE(response.status, 429);
            QVERIFY(!response.header("Retry-After"_ba).isEmpty());
        }
        // The budget of the routes that check a code is apart: a consumer sign-in from the
        // same address still reaches the code check.
        const HttpTestResponse signIn = api.request(
            "POST"_ba, "/api/v1/consumer/session"_ba,
            R"({"challenge_id":"00000000-0000-0000-0000-000000000000","otp":"123456"})"_ba);
        QCOMPARE(signIn.status, 401);
        QCOMPARE(errorCodeOf(signIn), u"otp_not_found"_s);
        api.clock.advanceSeconds(60);
        QCOMPARE(api.request("GET"_ba, "/api/v1/public/keys"_ba).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPublicVerifyApi)
#include "TestPublicVerifyApi.moc"
