#include "ApplicationFixtures.h"

#include "Clock.h"
#include "officers/OfficerStore.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

QJsonObject applicationForm(const QString &primaryIvrs)
{
    return QJsonObject{
        {u"kind"_s, u"connections"_s},
        {u"applicant_name"_s, u"Ramesh Kumar"_s},
        {u"applicant_name_hi"_s, u"रमेश कुमार"_s},
        {u"relation"_s, u"father"_s},
        {u"relative_name"_s, u"Suresh Kumar"_s},
        {u"address"_s, u"12 Shivaji Nagar, Bhopal"_s},
        {u"election"_s, QJsonObject{{u"kind"_s, u"gram_panchayat_sarpanch"_s},
                                    {u"body"_s, u"Gram Panchayat Bilkhiria"_s},
                                    {u"ward"_s, u"Ward 7"_s}}},
        {u"primary_ivrs"_s, primaryIvrs},
    };
}

QJsonObject noConnectionApplicationForm(const QString &dcCode)
{
    QJsonObject form = applicationForm(QString());
    form.remove(u"primary_ivrs"_s);
    form[u"kind"_s] = u"no_connection"_s;
    form[u"dc_code"_s] = dcCode;
    return form;
}

QJsonObject withOtp(QJsonObject form, const QString &challengeId, const QString &otp)
{
    form[u"challenge_id"_s] = challengeId;
    form[u"otp"_s] = otp;
    return form;
}

SubmittedApplication submitApplication(ApiTestServer &api, const QString &mobile, const QJsonObject &form)
{
    const QString token = api.signIn(mobile);
    const HttpTestResponse otp =
        api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
    if (otp.status != 202) {
        QTest::qFail(otp.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QString code = api.deliveredCode(mobile);
    SubmittedApplication submitted;
    submitted.response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                       jsonBytes(withOtp(form, jsonOf(otp)[u"challenge_id"_s].toString(), code)));
    submitted.number = jsonOf(submitted.response)[u"number"_s].toString();
    return submitted;
}

void setArrears(Database &database, const QString &ivrs, qint64 paise)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query, u"UPDATE billing_connection SET arrears_paise = :paise WHERE ivrs = :ivrs"_s,
                          {{u"paise"_s, paise}, {u"ivrs"_s, ivrs}}, &error),
             qPrintable(error));
    QCOMPARE(query.numRowsAffected(), 1);
}

Officer addOfficer(Database &database, const QString &username, OfficerRole role, const QString &officeCode,
                   const QString &mobile)
{
    OfficerStore store(database, Clock::system(), PasswordHasher::Cost::Interactive);
    NewOfficer input;
    input.username = username;
    input.name = u"Test Officer"_s;
    input.nameHi = u"परीक्षण अधिकारी"_s;
    input.designation = role == OfficerRole::Clerk ? u"Junior Engineer"_s : u"Deputy General Manager"_s;
    input.designationHi = role == OfficerRole::Clerk ? u"कनिष्ठ यंत्री"_s : u"उप महाप्रबंधक"_s;
    input.mobile = mobile;
    input.role = toCode(role);
    input.officeCode = officeCode;
    QString error;
    const std::optional<Officer> officer = store.add(input, "Correct-Horse-42"_ba, u"test"_s, &error);
    if (!officer) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return *officer;
}

QString officerToken(ApiTestServer &api, const Officer &officer)
{
    QString error;
    const std::optional<NewSession> session =
        api.context->sessionStore().createForOfficer(officer.id, u"test-pc"_s, u"127.0.0.1"_s, &error);
    if (!session) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return session->token;
}

} // namespace nodues::test
