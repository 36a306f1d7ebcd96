#include "Clock.h"
#include "certificates/CertificateSigningKeys.h"
#include "certificates/QrPayload.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

Q_DECLARE_METATYPE(nodues::QrPayloadError)

namespace {

const QDateTime kKeyCreatedAt(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);

QrPayloadFields typicalFields()
{
    return {u"NDC/20302/2026-27/000123"_s, QDate(2026, 12, 5), u"Ramesh Kumar Sharma"_s, 1};
}

// The fragment with its index-th "."-separated part replaced.
QString withPart(const QString &fragment, qsizetype index, const QString &part)
{
    QStringList parts = fragment.split(u'.');
    parts[index] = part;
    return parts.join(u'.');
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

class TestQrPayload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_keyFolder;
    std::optional<CertificateSigningKeys> m_keys;
    QString m_fragment; // the signed payload of typicalFields()

    QrPayload::PublicKeyLookup lookup() const
    {
        return [this](const QString &keyId) {
            return m_keys->publicKey(keyId);
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_keyFolder.isValid());
        QString error;
        m_keys = CertificateSigningKeys::open(m_keyFolder.path(), &error);
        QVERIFY2(m_keys, qPrintable(error));
        QVERIFY2(m_keys->rotate(ManualClock(kKeyCreatedAt), &error), qPrintable(error));
        m_fragment = QrPayload::build(typicalFields(), *m_keys, &error);
        QVERIFY2(!m_fragment.isEmpty(), qPrintable(error));
    }

    void buildParseRoundTrip()
    {
        const QString keyId = m_keys->activeKey()->keyId;
        const QString payload = u"1.NDC/20302/2026-27/000123.20261205.Ramesh_Kumar_Sharma.1."_s + keyId;
        QVERIFY2(m_fragment.startsWith(payload + u'.'), qPrintable(m_fragment));

        QrPayloadError kind = QrPayloadError::Empty;
        QString error;
        const std::optional<ParsedQrPayload> parsed = QrPayload::parse(m_fragment, &kind, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(kind, QrPayloadError::None);
        QCOMPARE(parsed->fields.certificateNumber, typicalFields().certificateNumber);
        QCOMPARE(parsed->fields.issueDate, typicalFields().issueDate);
        QCOMPARE(parsed->fields.applicantName, typicalFields().applicantName);
        QCOMPARE(parsed->fields.connectionCount, 1);
        QCOMPARE(parsed->keyId, keyId);
        QCOMPARE(parsed->signedBytes, payload.toLatin1());
        QCOMPARE(parsed->signature.size(), CertificateSigningKeys::kSignatureSize);
        QVERIFY(m_keys->verify(keyId, parsed->signedBytes, parsed->signature));

        ParsedQrPayload verified;
        QCOMPARE(QrPayload::verify(m_fragment, lookup(), &verified, &error), QrVerification::Valid);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(verified.fields.applicantName, typicalFields().applicantName);
    }

    void noConnectionCertificate()
    {
        QrPayloadFields fields = typicalFields();
        fields.connectionCount = 0;
        QString error;
        const QString fragment = QrPayload::build(fields, *m_keys, &error);
        QVERIFY2(!fragment.isEmpty(), qPrintable(error));
        QCOMPARE(fragment.split(u'.').at(4), u"0"_s);
        ParsedQrPayload parsed;
        QCOMPARE(QrPayload::verify(fragment, lookup(), &parsed, &error), QrVerification::Valid);
        QCOMPARE(parsed.fields.connectionCount, 0);
    }

    void fragmentSizes()
    {
        // The number stated in the header of QrPayload for a typical certificate.
        qInfo("Typical fragment: %d bytes: %s", int(m_fragment.size()), qPrintable(m_fragment));
        QCOMPARE(m_fragment.size(), 153);

        // The maximum fragment length the grammar allows, also stated there.
        const QrPayloadFields longest{u"NDC/ABCDEF123456/2026-27/123456789"_s, QDate(2026, 12, 31), QString(40, u'W'),
                                      QrPayload::kMaxConnectionCount};
        QString error;
        const QString fragment = QrPayload::build(longest, *m_keys, &error);
        QVERIFY2(!fragment.isEmpty(), qPrintable(error));
        qInfo("Longest fragment: %d bytes", int(fragment.size()));
        QCOMPARE(fragment.size(), 178);
        QVERIFY(fragment.size() <= QrPayload::kMaxFragmentLength);
        QCOMPARE(QrPayload::verify(fragment, lookup()), QrVerification::Valid);
    }

    void rotatedOutKeyStillVerifies()
    {
        QTemporaryDir folder;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder.path(), &error);
        ManualClock clock(kKeyCreatedAt);
        const std::optional<CertificateSigningKeyInfo> first = keys->rotate(clock, &error);
        QVERIFY2(first, qPrintable(error));
        const QString oldFragment = QrPayload::build(typicalFields(), *keys, &error);
        QVERIFY2(!oldFragment.isEmpty(), qPrintable(error));

        clock.advanceSeconds(180 * 86400);
        const std::optional<CertificateSigningKeyInfo> second = keys->rotate(clock, &error);
        QVERIFY2(second, qPrintable(error));
        const QString newFragment = QrPayload::build(typicalFields(), *keys, &error);
        QCOMPARE(newFragment.split(u'.').at(5), second->keyId);

        // A verifier that opened the folder afterwards checks both.
        const std::optional<CertificateSigningKeys> verifier = CertificateSigningKeys::open(folder.path(), &error);
        QVERIFY2(verifier, qPrintable(error));
        const auto publicKey = [&verifier](const QString &keyId) {
            return verifier->publicKey(keyId);
        };
        ParsedQrPayload parsed;
        QCOMPARE(QrPayload::verify(oldFragment, publicKey, &parsed), QrVerification::Valid);
        QCOMPARE(parsed.keyId, first->keyId);
        QCOMPARE(QrPayload::verify(newFragment, publicKey, &parsed), QrVerification::Valid);
        QCOMPARE(parsed.keyId, second->keyId);

        // The signature of one key does not pass for the other.
        const QString swapped = withPart(oldFragment, 5, second->keyId);
        QCOMPARE(QrPayload::verify(swapped, publicKey), QrVerification::BadSignature);
    }

    void everyOneCharacterChangeFails()
    {
        // Change each character in turn to another from the fragment's alphabet: no change may
        // leave a valid payload, whether it hits a field, a separator or the signature.
        for (qsizetype i = 0; i < m_fragment.size(); ++i) {
            for (const QChar replacement : {u'A', u'B', u'_', u'9'}) {
                if (m_fragment.at(i) == replacement)
                    continue;
                QString changed = m_fragment;
                changed[i] = replacement;
                QString error;
                const QrVerification result = QrPayload::verify(changed, lookup(), nullptr, &error);
                QVERIFY2(result != QrVerification::Valid, qPrintable(u"position %1: %2"_s.arg(i).arg(changed)));
                QVERIFY2(!error.isEmpty(), qPrintable(changed));
            }
        }
    }

    void tamperedFieldOrSignatureFails()
    {
        QString error;
        const QString renamed = withPart(m_fragment, 3, u"Rakesh_Kumar_Sharma"_s);
        QCOMPARE(QrPayload::verify(renamed, lookup(), nullptr, &error), QrVerification::BadSignature);
        QVERIFY2(error.contains(u"NDC/20302/2026-27/000123"_s), qPrintable(error));
        const QString moreConnections = withPart(m_fragment, 4, u"2"_s);
        QCOMPARE(QrPayload::verify(moreConnections, lookup()), QrVerification::BadSignature);
        const QString otherDate = withPart(m_fragment, 2, u"20261206"_s);
        QCOMPARE(QrPayload::verify(otherDate, lookup()), QrVerification::BadSignature);

        // One character in the middle of the signature.
        QString signature = m_fragment.split(u'.').at(6);
        signature[40] = signature.at(40) == u'x' ? u'y' : u'x';
        QCOMPARE(QrPayload::verify(withPart(m_fragment, 6, signature), lookup()), QrVerification::BadSignature);
    }

    void unknownKeyReported()
    {
        QString error;
        ParsedQrPayload parsed;
        const auto nothing = [](const QString &) {
            return std::optional<QByteArray>();
        };
        QCOMPARE(QrPayload::verify(m_fragment, nothing, &parsed, &error), QrVerification::UnknownKey);
        QVERIFY2(error.contains(m_keys->activeKey()->keyId), qPrintable(error));
        QCOMPARE(parsed.fields.certificateNumber, typicalFields().certificateNumber);

        // Keys of another installation do not know this key id.
        QTemporaryDir otherFolder;
        std::optional<CertificateSigningKeys> other = CertificateSigningKeys::open(otherFolder.path(), &error);
        QVERIFY2(other->rotate(ManualClock(kKeyCreatedAt), &error), qPrintable(error));
        const auto otherLookup = [&other](const QString &keyId) {
            return other->publicKey(keyId);
        };
        QCOMPARE(QrPayload::verify(m_fragment, otherLookup), QrVerification::UnknownKey);

        // A key id changed to that of another key is a bad signature, not a valid one.
        const QString otherId = other->activeKey()->keyId;
        QCOMPARE(QrPayload::verify(withPart(m_fragment, 5, otherId), otherLookup), QrVerification::BadSignature);
    }

    void malformedRejected_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QrPayloadError>("expectedKind");
        QTest::addColumn<QString>("expectedMessage");

        const QString valid = m_fragment;
        const QString payload = valid.left(valid.lastIndexOf(u'.'));
        const QString signature = valid.split(u'.').at(6);

        QTest::newRow("empty") << QString() << QrPayloadError::Empty << u"empty"_s;
        QTest::newRow("too long") << u"1."_s + QString(300, u'A') << QrPayloadError::TooLong << u"at most 256"_s;
        QTest::newRow("missing signature") << payload << QrPayloadError::FieldCount << u"has 6 parts"_s;
        QTest::newRow("extra field") << payload + u".extra."_s + signature << QrPayloadError::FieldCount
                                     << u"has 8 parts"_s;
        QTest::newRow("trailing dot") << valid + u'.' << QrPayloadError::FieldCount << u"has 8 parts"_s;
        QTest::newRow("non-ASCII letter")
            << withPart(valid, 3, u"Ramesh_K\u00fcmar"_s) << QrPayloadError::NotAscii << u"U+00FC at position"_s;
        QTest::newRow("Devanagari") << withPart(valid, 3, u"\u0930\u092e\u0947\u0936"_s) << QrPayloadError::NotAscii
                                    << u"U+0930"_s;
        QTest::newRow("space") << withPart(valid, 3, u"Ramesh Kumar"_s) << QrPayloadError::InvalidCharacter
                               << u"\" \" at position"_s;
        QTest::newRow("with hash") << u"#"_s + valid << QrPayloadError::InvalidCharacter << u"\"#\" at position 1"_s;
        QTest::newRow("plus") << withPart(valid, 3, u"Ramesh+Kumar"_s) << QrPayloadError::InvalidCharacter
                              << u"\"+\""_s;
        QTest::newRow("newline") << valid + u'\n' << QrPayloadError::InvalidCharacter << u"U+000A"_s;
        QTest::newRow("padding") << valid + u"=="_s << QrPayloadError::InvalidCharacter << u"\"=\""_s;
        QTest::newRow("version 2") << withPart(valid, 0, u"2"_s) << QrPayloadError::UnsupportedVersion
                                   << u"version \"2\""_s;
        QTest::newRow("no version") << u"."_s + valid << QrPayloadError::UnsupportedVersion << u"version \"\""_s;
        QTest::newRow("lower-case number") << withPart(valid, 1, u"ndc/20302/2026-27/000123"_s)
                                           << QrPayloadError::CertificateNumber << u"NDC/20302/2026-27/000123"_s;
        QTest::newRow("short serial") << withPart(valid, 1, u"NDC/20302/2026-27/123"_s)
                                      << QrPayloadError::CertificateNumber << u"\"NDC/20302/2026-27/123\""_s;
        QTest::newRow("30 February") << withPart(valid, 2, u"20270230"_s) << QrPayloadError::IssueDate
                                     << u"\"20270230\""_s;
        QTest::newRow("dashed date") << withPart(valid, 2, u"2026-12-05"_s) << QrPayloadError::IssueDate
                                     << u"YYYYMMDD"_s;
        QTest::newRow("seven-digit date")
            << withPart(valid, 2, u"2026125"_s) << QrPayloadError::IssueDate << u"YYYYMMDD"_s;
        QTest::newRow("empty name") << withPart(valid, 3, QString()) << QrPayloadError::ApplicantName
                                    << u"is 0 characters long"_s;
        QTest::newRow("33-character name")
            << withPart(valid, 3, QString(33, u'A')) << QrPayloadError::ApplicantName << u"is 33 characters long"_s;
        QTest::newRow("cut escape") << withPart(valid, 3, u"Ramesh%4"_s) << QrPayloadError::ApplicantName
                                    << u"\"%\" at position 7"_s;
        QTest::newRow("lower-case escape")
            << withPart(valid, 3, u"J%c3%bcrgen"_s) << QrPayloadError::ApplicantName << u"position 2"_s;
        QTest::newRow("slash in name") << withPart(valid, 3, u"A/B"_s) << QrPayloadError::ApplicantName
                                       << u"\"/\" at position 2"_s;
        QTest::newRow("invalid UTF-8") << withPart(valid, 3, u"Ram%C3"_s) << QrPayloadError::ApplicantName
                                       << u"not valid UTF-8"_s;
        QTest::newRow("leading zero") << withPart(valid, 4, u"01"_s) << QrPayloadError::ConnectionCount << u"\"01\""_s;
        QTest::newRow("1000 connections")
            << withPart(valid, 4, u"1000"_s) << QrPayloadError::ConnectionCount << u"0 to 999"_s;
        QTest::newRow("negative count") << withPart(valid, 4, u"-1"_s) << QrPayloadError::ConnectionCount
                                        << u"\"-1\""_s;
        QTest::newRow("no count") << withPart(valid, 4, QString()) << QrPayloadError::ConnectionCount << u"\"\""_s;
        QTest::newRow("short key id") << withPart(valid, 5, u"AAAAAAA"_s) << QrPayloadError::KeyId
                                      << u"not 8 base64url"_s;
        QTest::newRow("long key id") << withPart(valid, 5, u"AAAAAAAAA"_s) << QrPayloadError::KeyId << u"AAAAAAAAA"_s;
        QTest::newRow("key id with tilde")
            << withPart(valid, 5, u"AAAA~AAA"_s) << QrPayloadError::KeyId << u"AAAA~AAA"_s;
        QTest::newRow("empty signature") << payload + u'.' << QrPayloadError::Signature << u"86 base64url"_s;
        QTest::newRow("short signature") << valid.chopped(1) << QrPayloadError::Signature << u"86 base64url"_s;
        QTest::newRow("long signature") << valid + u'A' << QrPayloadError::Signature << u"86 base64url"_s;
        QString percent = signature;
        percent[10] = u'%';
        QTest::newRow("bad base64") << withPart(valid, 6, percent) << QrPayloadError::Signature << u"86 base64url"_s;
        QString tilde = signature;
        tilde[20] = u'~';
        QTest::newRow("tilde in signature")
            << withPart(valid, 6, tilde) << QrPayloadError::Signature << u"86 base64url"_s;
        // The last character carries two bits of the signature and four zero bits. Setting one of
        // the zero bits would decode to the same bytes, so the parser rejects it.
        QString nonCanonical = signature;
        const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"_s;
        nonCanonical[85] = alphabet.at(alphabet.indexOf(signature.at(85)) + 1);
        QTest::newRow("non-canonical signature")
            << withPart(valid, 6, nonCanonical) << QrPayloadError::Signature << u"86 base64url"_s;
    }
    void malformedRejected()
    {
        QFETCH(QString, fragment);
        QFETCH(QrPayloadError, expectedKind);
        QFETCH(QString, expectedMessage);

        QrPayloadError kind = QrPayloadError::None;
        QString error;
        QVERIFY(!QrPayload::parse(fragment, &kind, &error));
        QCOMPARE(kind, expectedKind);
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));

        QString verifyError;
        QCOMPARE(QrPayload::verify(fragment, lookup(), nullptr, &verifyError), QrVerification::Malformed);
        QCOMPARE(verifyError, error);
    }

    void nameEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("plain") << u"Ramesh Kumar Sharma"_s << u"Ramesh_Kumar_Sharma"_s << u"Ramesh Kumar Sharma"_s;
        QTest::newRow("initials and spaces") << u"  R.K.   Sharma\t"_s << u"R~K~_Sharma"_s << u"R.K. Sharma"_s;
        QTest::newRow("hyphen") << u"Mary-Ann Das"_s << u"Mary-Ann_Das"_s << u"Mary-Ann Das"_s;
        QTest::newRow("macrons") << u"R\u0101mesh Kum\u0101r"_s << u"Ramesh_Kumar"_s << u"Ramesh Kumar"_s;
        QTest::newRow("accents") << u"Jos\u00e9 M\u00fcller"_s << u"Jose_Muller"_s << u"Jose Muller"_s;
        QTest::newRow("apostrophe") << u"D'Souza"_s << u"D%27Souza"_s << u"D'Souza"_s;
        QTest::newRow("underscore and tilde") << u"A_B~C"_s << u"A%5FB%7EC"_s << u"A_B~C"_s;
        QTest::newRow("percent") << u"100% Das"_s << u"100%25_Das"_s << u"100% Das"_s;
        QTest::newRow("sharp s") << u"Stra\u00dfe"_s << u"Stra%C3%9Fe"_s << u"Stra\u00dfe"_s;
        QTest::newRow("zero-width space") << u"Ram\u200besh"_s << u"Ramesh"_s << u"Ramesh"_s;
        QTest::newRow("full-width letters") << u"\uff32\uff41\uff4d"_s << u"Ram"_s << u"Ram"_s;
        QTest::newRow("emoji") << u"Ram \U0001F600"_s << u"Ram_%F0%9F%98%80"_s << u"Ram \U0001F600"_s;
        // Three Devanagari code points of nine characters each fit; the fourth does not.
        QTest::newRow("Devanagari") << u"\u0930\u092e\u0947\u0936"_s << u"%E0%A4%B0%E0%A4%AE%E0%A5%87"_s
                                    << u"\u0930\u092e\u0947"_s;
        QTest::newRow("long") << u"Venkata Subrahmanya Lakshmi Narasimha Rao"_s << u"Venkata_Subrahmanya_Lakshmi_Nara"_s
                              << u"Venkata Subrahmanya Lakshmi Nara"_s;
        QTest::newRow("cut after a space")
            << u"Venkata Subrahmanya Lakshmi Xyz Abc"_s << u"Venkata_Subrahmanya_Lakshmi_Xyz"_s
            << u"Venkata Subrahmanya Lakshmi Xyz"_s;
        QTest::newRow("escape not split") << QString(30, u'A') + u"\u00df"_s << QString(30, u'A') << QString(30, u'A');
    }
    void nameEncoding()
    {
        QFETCH(QString, name);
        QFETCH(QString, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(QrPayload::encodeName(name), encoded);
        QVERIFY(encoded.size() <= QrPayload::kMaxNameLength);

        QrPayloadFields fields = typicalFields();
        fields.applicantName = name;
        QString error;
        const QString fragment = QrPayload::build(fields, *m_keys, &error);
        QVERIFY2(!fragment.isEmpty(), qPrintable(error));
        ParsedQrPayload parsed;
        QCOMPARE(QrPayload::verify(fragment, lookup(), &parsed, &error), QrVerification::Valid);
        QCOMPARE(parsed.fields.applicantName, decoded);
    }

    void buildRejectsInvalidFields_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expectedMessage");
        const QString number = typicalFields().certificateNumber;
        const QDate date = typicalFields().issueDate;
        QTest::newRow("application number") << u"APP/2030201/2026-27/000017"_s << date << u"Ramesh"_s << 1
                                            << u"\"APP/2030201/2026-27/000017\" is not of the form"_s;
        QTest::newRow("empty number") << QString() << date << u"Ramesh"_s << 1 << u"\"\" is not of the form"_s;
        QTest::newRow("no date") << number << QDate() << u"Ramesh"_s << 1 << u"issue date"_s;
        QTest::newRow("negative count") << number << date << u"Ramesh"_s << -1 << u"\"-1\""_s;
        QTest::newRow("1000 connections") << number << date << u"Ramesh"_s << 1000 << u"0 to 999"_s;
        QTest::newRow("empty name") << number << date << QString() << 1 << u"empty once written"_s;
        QTest::newRow("invisible name") << number << date << u"\u200b \u200b"_s << 1 << u"empty once written"_s;
    }
    void buildRejectsInvalidFields()
    {
        QFETCH(QString, number);
        QFETCH(QDate, date);
        QFETCH(QString, name);
        QFETCH(int, count);
        QFETCH(QString, expectedMessage);
        QString error;
        QVERIFY(QrPayload::build({number, date, name, count}, *m_keys, &error).isEmpty());
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));
    }

    void buildNeedsKey()
    {
        QTemporaryDir folder;
        QString error;
        const std::optional<CertificateSigningKeys> empty = CertificateSigningKeys::open(folder.path(), &error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(QrPayload::build(typicalFields(), *empty, &error).isEmpty());
        QVERIFY2(error.contains(u"nodues-server keys rotate"_s), qPrintable(error));
    }

    void randomChangesNeverVerify()
    {
        // Several random changes at once, from the fragment's alphabet: never valid, never a crash.
        QRandomGenerator random(20261205);
        const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~/%"_s;
        for (int round = 0; round < 3000; ++round) {
            QString changed = m_fragment;
            const int changes = 1 + int(random.bounded(4));
            for (int j = 0; j < changes; ++j)
                changed[random.bounded(int(changed.size()))] = alphabet.at(random.bounded(int(alphabet.size())));
            if (changed == m_fragment)
                continue;
            QVERIFY2(QrPayload::verify(changed, lookup()) != QrVerification::Valid, qPrintable(changed));
        }
    }

    void opensslVerifiesFromGrammar()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QFAIL("openssl is missing: install it (scripts/install-deps.sh does)");

        // Split the fragment as the grammar in QrPayload.h defines it, without QrPayload::parse().
        const qsizetype lastDot = m_fragment.lastIndexOf(u'.');
        const QByteArray signedBytes = m_fragment.left(lastDot).toLatin1();
        const QByteArray signature =
            QByteArray::fromBase64(m_fragment.mid(lastDot + 1).toLatin1(), QByteArray::Base64UrlEncoding);
        const QString keyId = m_fragment.split(u'.').at(5);
        const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + *m_keys->publicKey(keyId);

        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(u"public.pem"_s),
                          "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n"));
        QVERIFY(writeFile(folder.filePath(u"payload.txt"_s), signedBytes));
        QVERIFY(writeFile(folder.filePath(u"payload.sig"_s), signature));
        QProcess openssl;
        openssl.setWorkingDirectory(folder.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStandardPaths::findExecutable(u"openssl"_s),
                      {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, u"public.pem"_s, u"-rawin"_s, u"-in"_s,
                       u"payload.txt"_s, u"-sigfile"_s, u"payload.sig"_s});
        QVERIFY(openssl.waitForFinished(30000));
        const QString output = QString::fromLocal8Bit(openssl.readAll());
        QCOMPARE(openssl.exitCode(), 0);
        QVERIFY2(output.contains(u"Signature Verified Successfully"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestQrPayload)
#include "TestQrPayload.moc"
