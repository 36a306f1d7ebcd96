#include "applications/RejectionReason.h"
#include "sms/SmsTemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

Q_DECLARE_METATYPE(nodues::SmsKind)

namespace {

// A valid value for every variable any template uses.
SmsVariables variablesFor(SmsKind kind)
{
    const QMap<QString, QString> all{
        {u"otp"_s, u"482913"_s},
        {u"minutes"_s, u"10"_s},
        {u"ivrs"_s, u"0123456789"_s},
        {u"requester"_s, u"98XXXXX210"_s},
        {u"application_number"_s, u"NDA/20302/000451"_s},
        {u"certificate_number"_s, u"NDC/20302/2026-27/000123"_s},
        {u"reason"_s, u"Dues of Rs 1,250 outstanding on IVRS 0123456789"_s},
        {u"link"_s, u"https://nodues.mpcz.in/c/AbC123"_s},
        {u"decision"_s, u"approve"_s},
        {u"count"_s, u"25"_s},
    };
    SmsVariables variables;
    for (const QString &name : smsKindInfo(kind).variables)
        variables.insert(name, all.value(name));
    return variables;
}

SmsTemplates loadedTemplates()
{
    SmsTemplates templates;
    QString error;
    if (!templates.setLinkDomains({u"nodues.mpcz.in"_s}, &error) || !templates.loadWithOverride({}, &error))
        qFatal("Could not load the SMS templates: %s", qPrintable(error));
    return templates;
}

} // namespace

class TestSmsTemplates : public QObject
{
    Q_OBJECT

private slots:
    void everyKindRenders_data()
    {
        QTest::addColumn<SmsKind>("kind");
        QTest::addColumn<QString>("language");
        for (const SmsKindInfo &info : smsKinds()) {
            for (const QString &language : smsLanguages())
                QTest::addRow("%s-%s", qPrintable(info.name), qPrintable(language)) << info.kind << language;
        }
    }
    void everyKindRenders()
    {
        QFETCH(SmsKind, kind);
        QFETCH(QString, language);
        const SmsTemplates templates = loadedTemplates();
        const SmsVariables variables = variablesFor(kind);

        SmsRendered rendered;
        QString error;
        QVERIFY2(templates.render(kind, language, variables, &rendered, &error), qPrintable(error));

        QCOMPARE(rendered.kind, kind);
        QCOMPARE(rendered.language, language);
        QCOMPARE(rendered.senderId, u"MPMKVV"_s);
        QCOMPARE(rendered.templateId, templates.find(kind, language)->templateId);
        QVERIFY(rendered.templateId.startsWith(u"1007"_s));
        QCOMPARE(rendered.sensitive, smsKindInfo(kind).sensitive);
        QVERIFY2(!rendered.body.contains(u'{') && !rendered.body.contains(u'}'), qPrintable(rendered.body));
        for (auto it = variables.constBegin(); it != variables.constEnd(); ++it) {
            if (it.key() != u"decision"_s)
                QVERIFY2(rendered.body.contains(it.value()), qPrintable(it.key()));
        }

        // Hindi is UCS-2; the English texts stay in the GSM alphabet. Every text stays short.
        const SmsSegmentation expected = segmentSms(rendered.body);
        QCOMPARE(rendered.segmentation.encoding, language == u"hi"_s ? SmsEncoding::Ucs2 : SmsEncoding::Gsm7);
        QCOMPARE(rendered.segmentation.partCount, expected.partCount);
        QCOMPARE(rendered.segmentation.unitCount, expected.unitCount);
        QVERIFY2(rendered.segmentation.partCount <= (kind == SmsKind::ApplicationRejected ? 3 : 2),
                 qPrintable(u"%1 parts: %2"_s.arg(rendered.segmentation.partCount).arg(rendered.body)));
    }

    void rejectionReasonsFitTheSms()
    {
        const SmsTemplates templates = loadedTemplates();
        for (const RejectionReason &reason : rejectionReasons()) {
            for (const QString &language : smsLanguages()) {
                // DLT registration limits a template variable to 30 characters.
                const QString text = reason.text(language);
                QVERIFY2(text.size() <= 30, qPrintable(u"%1/%2: %3"_s.arg(reason.code, language, text)));
                const SmsVariables variables{{u"application_number"_s, u"APP/2030201/2026-27/000451"_s},
                                             {u"reason"_s, text}};
                SmsRendered rendered;
                QString error;
                QVERIFY2(templates.render(SmsKind::ApplicationRejected, language, variables, &rendered, &error),
                         qPrintable(error));
                QVERIFY2(rendered.body.endsWith(text), qPrintable(rendered.body));
            }
        }

        // The SMS carries no remarks, so the reason that needs them points to where they are.
        const std::optional<RejectionReason> other = rejectionReasonFromCode(u"other"_s);
        QVERIFY(other);
        QVERIFY(other->needsRemarks);
        QVERIFY2(other->english.contains(u"portal"_s), qPrintable(other->english));
        QVERIFY2(other->hindi.contains(u"पोर्टल"_s), qPrintable(other->hindi));
    }

    void otpKindsAreSensitive()
    {
        for (const SmsKindInfo &info : smsKinds())
            QCOMPARE(info.sensitive, info.variables.contains(u"otp"_s));
    }

    void hindiSignInText()
    {
        SmsRendered rendered;
        QString error;
        QVERIFY(
            loadedTemplates().render(SmsKind::SignInOtp, u"hi"_s, variablesFor(SmsKind::SignInOtp), &rendered, &error));
        QCOMPARE(rendered.body,
                 u"नो ड्यूज पोर्टल पर साइन इन हेतु आपका ओटीपी 482913 है। यह 10 मिनट तक मान्य है। इसे किसी को न बताएं।"_s);
        QCOMPARE(rendered.segmentation.partCount, 2);
    }

    void emptyLanguageMeansHindi()
    {
        SmsRendered rendered;
        QString error;
        QVERIFY(loadedTemplates().render(SmsKind::ApplicationAcknowledged, QString(),
                                         variablesFor(SmsKind::ApplicationAcknowledged), &rendered, &error));
        QCOMPARE(rendered.language, u"hi"_s);
    }

    void decisionWordFollowsLanguage()
    {
        const SmsTemplates templates = loadedTemplates();
        SmsVariables variables = variablesFor(SmsKind::OfficerDecisionOtp);
        variables[u"decision"_s] = u"reject"_s;
        SmsRendered rendered;
        QString error;
        QVERIFY(templates.render(SmsKind::OfficerDecisionOtp, u"hi"_s, variables, &rendered, &error));
        QVERIFY2(rendered.body.contains(u"25 आवेदन निरस्त करने"_s), qPrintable(rendered.body));
        QVERIFY(templates.render(SmsKind::OfficerDecisionOtp, u"en"_s, variables, &rendered, &error));
        QVERIFY2(rendered.body.contains(u"to reject 25 No Dues"_s), qPrintable(rendered.body));

        variables[u"decision"_s] = u"forward"_s;
        QVERIFY(!templates.render(SmsKind::OfficerDecisionOtp, u"hi"_s, variables, &rendered, &error));
        QVERIFY2(error.contains(u"approve, reject"_s), qPrintable(error));
    }

    void invalidVariablesRejected_data()
    {
        QTest::addColumn<SmsKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value"); // "<missing>" removes the variable
        QTest::addColumn<QString>("expectedError");

        QTest::newRow("missing-otp") << SmsKind::SignInOtp << u"otp"_s << u"<missing>"_s
                                     << u"needs a value for the variable {otp}"_s;
        QTest::newRow("unknown-variable")
            << SmsKind::SignInOtp << u"ivrs"_s << u"0123456789"_s << u"has no variable {ivrs}"_s;
        QTest::newRow("short-otp") << SmsKind::SignInOtp << u"otp"_s << u"12345"_s << u"OTP must be 6 digits"_s;
        QTest::newRow("letters-in-otp") << SmsKind::SignInOtp << u"otp"_s << u"12a456"_s << u"OTP must be 6 digits"_s;
        QTest::newRow("zero-minutes") << SmsKind::SignInOtp << u"minutes"_s << u"0"_s << u"not a whole number"_s;
        QTest::newRow("ivrs-letters") << SmsKind::LinkConnectionOtp << u"ivrs"_s << u"12AB"_s << u"digits only"_s;
        QTest::newRow("requester-unmasked")
            << SmsKind::LinkConnectionOtp << u"requester"_s << u"9876543210"_s << u"masked mobile"_s;
        QTest::newRow("empty-number") << SmsKind::ApplicationAcknowledged << u"application_number"_s << QString()
                                      << u"is empty"_s;
        QTest::newRow("newline") << SmsKind::ApplicationRejected << u"reason"_s << u"one\ntwo"_s << u"line break"_s;
        QTest::newRow("brace") << SmsKind::ApplicationRejected << u"reason"_s << u"see {link}"_s << u"brace"_s;
        QTest::newRow("reason-with-url") << SmsKind::ApplicationRejected << u"reason"_s
                                         << u"pay at https://evil.example.com"_s << u"web address"_s;
        QTest::newRow("reason-with-domain")
            << SmsKind::ApplicationRejected << u"reason"_s << u"pay at paydues.in now"_s << u"web address"_s;
        QTest::newRow("reason-too-long") << SmsKind::ApplicationRejected << u"reason"_s << u"x"_s.repeated(101)
                                         << u"at most 100"_s;
        QTest::newRow("link-other-domain") << SmsKind::CertificateReady << u"link"_s
                                           << u"https://nodues.example.com/c/1"_s << u"not on a whitelisted domain"_s;
        QTest::newRow("link-suffix-trick")
            << SmsKind::CertificateReady << u"link"_s << u"https://evilnodues.mpcz.in.example.com/c"_s
            << u"not on a whitelisted domain"_s;
        QTest::newRow("link-lookalike") << SmsKind::CertificateReady << u"link"_s << u"https://xnodues.mpcz.in/c"_s
                                        << u"not on a whitelisted domain"_s;
        QTest::newRow("link-http") << SmsKind::CertificateReady << u"link"_s << u"http://nodues.mpcz.in/c/1"_s
                                   << u"not a plain https://"_s;
        QTest::newRow("link-userinfo") << SmsKind::CertificateReady << u"link"_s
                                       << u"https://nodues.mpcz.in@evil.com/c"_s << u"not a plain https://"_s;
        QTest::newRow("link-port") << SmsKind::CertificateReady << u"link"_s << u"https://nodues.mpcz.in:8443/c"_s
                                   << u"not a plain https://"_s;
    }
    void invalidVariablesRejected()
    {
        QFETCH(SmsKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, expectedError);

        SmsVariables variables = variablesFor(kind);
        if (value == u"<missing>"_s)
            variables.remove(name);
        else
            variables.insert(name, value);

        SmsRendered rendered;
        QString error;
        QVERIFY(!loadedTemplates().render(kind, u"en"_s, variables, &rendered, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        // An invalid OTP is still a secret and must not be echoed.
        if (name == u"otp"_s && value != u"<missing>"_s)
            QVERIFY2(!error.contains(value), qPrintable(error));
    }

    void linkOnSubdomainAccepted()
    {
        SmsTemplates templates = loadedTemplates();
        QString error;
        QVERIFY(templates.setLinkDomains({u"mpcz.in"_s, u"example.org"_s}, &error));
        SmsVariables variables = variablesFor(SmsKind::CertificateReady);
        variables[u"link"_s] = u"https://nodues.mpcz.in/c/AbC123"_s;
        SmsRendered rendered;
        QVERIFY2(templates.render(SmsKind::CertificateReady, u"en"_s, variables, &rendered, &error), qPrintable(error));
        QVERIFY(rendered.body.endsWith(u"Download it: https://nodues.mpcz.in/c/AbC123"_s));
    }

    void linkWithoutConfiguredDomainsRejected()
    {
        SmsTemplates templates;
        QString error;
        QVERIFY(templates.loadWithOverride({}, &error));
        SmsRendered rendered;
        QVERIFY(!templates.render(SmsKind::CertificateReady, u"en"_s, variablesFor(SmsKind::CertificateReady),
                                  &rendered, &error));
        QVERIFY2(error.contains(u"sms/link_domains"_s), qPrintable(error));
    }

    void invalidLinkDomainRejected()
    {
        SmsTemplates templates;
        QString error;
        QVERIFY(!templates.setLinkDomains({u"https://nodues.mpcz.in"_s}, &error));
        QVERIFY2(error.contains(u"https://nodues.mpcz.in"_s), qPrintable(error));
    }

    void unknownLanguageRejected()
    {
        SmsRendered rendered;
        QString error;
        QVERIFY(!loadedTemplates().render(SmsKind::SignInOtp, u"mr"_s, variablesFor(SmsKind::SignInOtp), &rendered,
                                          &error));
        QVERIFY2(error.contains(u"\"mr\""_s), qPrintable(error));
    }

    void senderIdChecked_data()
    {
        QTest::addColumn<QString>("senderId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << u"MPMKVV"_s << true;
        QTest::newRow("other") << u"MPEBOP"_s << true;
        QTest::newRow("five-letters") << u"MPMKV"_s << false;
        QTest::newRow("seven-letters") << u"MPMKVVC"_s << false;
        QTest::newRow("lower-case") << u"mpmkvv"_s << false;
        QTest::newRow("digits") << u"MPMK01"_s << false;
    }
    void senderIdChecked()
    {
        QFETCH(QString, senderId);
        QFETCH(bool, valid);
        SmsTemplates templates;
        QString error;
        QCOMPARE(templates.setSenderId(senderId, &error), valid);
        if (!valid)
            QVERIFY2(error.contains(senderId) && error.contains(u"sms/sender_id"_s), qPrintable(error));
    }

    void placeholderIdsListed()
    {
        const SmsTemplates templates = loadedTemplates();
        QCOMPARE(templates.placeholderTemplates().size(), smsKinds().size() * smsLanguages().size());
    }

    void overrideFileReplacesIds()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"templates.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject overrides{
            {u"sign_in_otp"_s,
             QJsonObject{{u"hi"_s, QJsonObject{{u"template_id"_s, u"1307161234567890123"_s}}},
                         {u"en"_s, QJsonObject{{u"template_id"_s, u"1307161234567890124"_s},
                                               {u"text"_s, u"Use OTP {otp} to sign in. Valid {minutes} min."_s}}}}}};
        file.write(QJsonDocument(overrides).toJson());
        file.close();

        SmsTemplates templates;
        QString error;
        QVERIFY2(templates.load(path, &error), qPrintable(error));
        QCOMPARE(templates.find(SmsKind::SignInOtp, u"hi"_s)->templateId, u"1307161234567890123"_s);
        QCOMPARE(templates.find(SmsKind::SignInOtp, u"en"_s)->templateId, u"1307161234567890124"_s);
        QCOMPARE(templates.find(SmsKind::RevocationOtp, u"en"_s)->templateId, u"1007000000000000018"_s);
        QVERIFY(!templates.placeholderTemplates().contains(u"sign_in_otp/hi"_s));
        QVERIFY(templates.placeholderTemplates().contains(u"revocation_otp/en"_s));

        SmsRendered rendered;
        QVERIFY(templates.render(SmsKind::SignInOtp, u"en"_s, variablesFor(SmsKind::SignInOtp), &rendered, &error));
        QCOMPARE(rendered.body, u"Use OTP 482913 to sign in. Valid 10 min."_s);
        QCOMPARE(rendered.templateId, u"1307161234567890124"_s);
    }

    void invalidOverrideRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unknown-kind") << QByteArray(R"({"welcome": {"hi": {"text": "x"}}})")
                                      << u"Unknown SMS kind \"welcome\""_s;
        QTest::newRow("unknown-language")
            << QByteArray(R"({"sign_in_otp": {"mr": {"text": "x"}}})") << u"Unknown language \"mr\""_s;
        QTest::newRow("unknown-field") << QByteArray(R"({"sign_in_otp": {"hi": {"body": "x"}}})")
                                       << u"Unknown field \"body\""_s;
        QTest::newRow("id-not-digits") << QByteArray(R"({"sign_in_otp": {"hi": {"template_id": "DLT-1"}}})")
                                       << u"digits only"_s;
        QTest::newRow("unknown-variable")
            << QByteArray(R"({"sign_in_otp": {"en": {"text": "OTP {otp} for {ivrs}, {minutes} min"}}})")
            << u"unknown variable {ivrs}"_s;
        QTest::newRow("missing-variable") << QByteArray(R"({"sign_in_otp": {"en": {"text": "Your OTP is {otp}"}}})")
                                          << u"does not use the variable {minutes}"_s;
        QTest::newRow("stray-brace") << QByteArray(R"({"sign_in_otp": {"en": {"text": "OTP {otp} {minutes} {Bad}"}}})")
                                     << u"brace"_s;
        QTest::newRow("not-json") << QByteArray("sign_in_otp = 1") << u"not a JSON object"_s;
    }
    void invalidOverrideRejected()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expectedError);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"templates.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        SmsTemplates templates = loadedTemplates();
        QString error;
        QVERIFY(!templates.load(path, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        // The templates loaded before stay in force.
        QVERIFY(templates.find(SmsKind::SignInOtp, u"hi"_s));
    }

    void missingOverrideFileRejected()
    {
        SmsTemplates templates;
        QString error;
        QVERIFY(!templates.load(u"/nonexistent/sms-templates.json"_s, &error));
        QVERIFY2(error.contains(u"/nonexistent/sms-templates.json"_s) && error.contains(u"sms/templates_file"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSmsTemplates)
#include "TestSmsTemplates.moc"
