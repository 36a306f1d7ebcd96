#pragma once

// Sample certificates for TestCertificateRender and BenchCertificateRender: Hindi names and
// addresses with conjuncts, an IVRS number with a leading zero, and a QR payload signed by a
// key made in a temporary folder.

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ElectionKind.h"
#include "certificate/CertificateDocument.h"
#include "certificate/CertificateText.h"
#include "certificates/CertificateSigningKeys.h"
#include "certificates/QrPayload.h"

#include <QUrl>

#include <optional>

namespace nodues::test {

// Approved at 01:05 IST on 5 December 2026, which is still 4 December in UTC.
inline QDateTime sampleIssuedAt()
{
    return QDateTime(QDate(2026, 12, 4), QTime(19, 35), Qt::UTC);
}

// A signing key in folder, created as "nodues-server keys rotate" does.
inline std::optional<CertificateSigningKeys> makeSampleSigningKeys(const QString &folder, QString *error)
{
    std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder, error);
    if (!keys || !keys->rotate(ManualClock(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC)), error))
        return std::nullopt;
    return keys;
}

inline workstation::CertificateConnection sampleConnection(const QString &ivrs, const QString &address)
{
    using namespace Qt::Literals::StringLiterals;
    workstation::CertificateConnection connection;
    connection.ivrs = ivrs;
    connection.name = u"Shrikrishna Tripathi"_s;
    connection.address = address;
    connection.dcCode = u"2030201"_s;
    connection.dcName = u"DC Arera Colony"_s;
    connection.dcNameHi = u"वितरण केंद्र अरेरा कॉलोनी"_s;
    // 23:30 IST on 4 December: billing data from the evening before the approval.
    connection.noDuesAsOf = QDateTime(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC);
    return connection;
}

// Signs the document's QR payload with keys and sets its verify URL, as the server does at
// approval. Returns false with error set when the payload cannot be built.
inline bool signSampleDocument(workstation::CertificateDocument &document, const CertificateSigningKeys &keys,
                               QString *error)
{
    using namespace Qt::Literals::StringLiterals;
    const QrPayloadFields fields{document.number, Timestamp::toIst(document.issuedAt).date(), document.applicantName,
                                 int(document.connections.size())};
    document.qrPayload = QrPayload::build(fields, keys, error);
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(document.number));
    document.verifyUrl = u"https://nodues.example.in/verify/"_s + path + u'#' + document.qrPayload;
    return !document.qrPayload.isEmpty();
}

// Certificate NDC/20302/2026-27/000123 for Shrikrishna Tripathi's two connections, unsigned.
inline workstation::CertificateDocument sampleDocument(const workstation::CertificateText &text)
{
    using namespace Qt::Literals::StringLiterals;
    using workstation::CertificateText;

    workstation::CertificateDocument document;
    document.kind = ApplicationKind::Connections;
    document.number = u"NDC/20302/2026-27/000123"_s;
    document.issuedAt = sampleIssuedAt();
    document.applicationNumber = u"APP/2030201/2026-27/000045"_s;

    const workstation::BilingualText company = text.phrase(CertificateText::Phrase::DefaultCompanyName);
    document.companyName = company.en;
    document.companyNameHi = company.hi;

    document.applicantName = u"Shrikrishna Tripathi"_s;
    document.applicantNameHi = u"श्रीकृष्ण त्रिपाठी"_s;
    document.relation = Relation::Father;
    document.relativeName = u"रामनारायण त्रिपाठी"_s;
    document.address = u"मकान 12, श्रीराम कॉलोनी, विद्युत नगर, भोपाल"_s;

    const workstation::BilingualText election = text.translate(electionKindTitle(ElectionKind::GramPanchayatSarpanch));
    document.electionTitle = election.en;
    document.electionTitleHi = election.hi;
    document.electionBody = u"ग्राम पंचायत बिलखिरिया"_s;
    document.ward = u"वार्ड 7"_s;

    document.dcCode = u"2030201"_s;
    document.dcName = u"DC Arera Colony"_s;
    document.dcNameHi = u"वितरण केंद्र अरेरा कॉलोनी"_s;
    document.connections = {sampleConnection(u"0100000001"_s, u"मकान 12, श्रीराम कॉलोनी, विद्युत नगर, भोपाल"_s),
                            sampleConnection(u"3000000007"_s, u"Shop 4, Kshitij Complex, Kolar Road, Bhopal"_s)};

    document.officer.name = u"Anil Kumar Verma"_s;
    document.officer.nameHi = u"अनिल कुमार वर्मा"_s;
    document.officer.designation = u"Deputy General Manager (City)"_s;
    document.officer.designationHi = u"उप महाप्रबंधक (शहर)"_s;
    document.officer.officeCode = u"20302"_s;
    document.officer.officeName = u"City Division Bhopal"_s;
    document.officer.officeNameHi = u"शहर संभाग भोपाल"_s;
    return document;
}

} // namespace nodues::test
