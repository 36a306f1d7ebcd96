#include "certificate/CertificateDocumentBuilder.h"

#include "applications/ElectionKind.h"
#include "cache/CachedApplication.h"
#include "certificate/CertificateText.h"
#include "certificate/IssuedCertificate.h"

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

std::optional<CertificateDocument> CertificateDocumentBuilder::build(const CachedApplication &application,
                                                                     const IssuedCertificate &issued,
                                                                     const CertificateOfficer &officer,
                                                                     const CertificateText &text, QString *error)
{
    if (application.certificate && application.certificate->number != issued.number) {
        fail(error, tr("Application %1 has certificate %2, not %3.")
                        .arg(application.number, application.certificate->number, issued.number));
        return std::nullopt;
    }

    CertificateDocument document;
    if (application.kind == u"connections"_s) {
        document.kind = ApplicationKind::Connections;
    } else if (application.kind == u"no_connection"_s) {
        document.kind = ApplicationKind::NoConnection;
    } else {
        fail(error, tr("Application %1 is of the unknown kind \"%2\".").arg(application.number, application.kind));
        return std::nullopt;
    }

    const CachedApplicant &applicant = application.applicant;
    if (applicant.relation == u"father"_s) {
        document.relation = Relation::Father;
    } else if (applicant.relation == u"husband"_s) {
        document.relation = Relation::Husband;
    } else {
        fail(error,
             tr("Application %1 names the unknown relation \"%2\".").arg(application.number, applicant.relation));
        return std::nullopt;
    }

    // The election's title in both languages comes from its kind; the cached title is in the
    // language of the sync request only.
    const std::optional<ElectionKind> electionKind = electionKindFromCode(application.election.kind);
    if (!electionKind) {
        fail(
            error,
            tr("Application %1 names the unknown election \"%2\".").arg(application.number, application.election.kind));
        return std::nullopt;
    }
    const BilingualText electionTitle = text.translate(electionKindTitle(*electionKind));

    const BilingualText company = text.phrase(CertificateText::Phrase::DefaultCompanyName);
    document.number = issued.number;
    document.issuedAt = issued.issuedAt;
    document.applicationNumber = application.number;
    document.companyName = company.en;
    document.companyNameHi = company.hi;
    document.applicantName = applicant.name;
    document.applicantNameHi = applicant.nameHi;
    document.relativeName = applicant.relativeName;
    document.address = applicant.address;
    document.electionTitle = electionTitle.en;
    document.electionTitleHi = electionTitle.hi;
    document.electionBody = application.election.body;
    document.ward = application.election.ward;
    document.dcCode = application.dcCode;
    document.dcName = application.dcName;
    document.dcNameHi = application.dcNameHi;
    document.officer = officer;
    document.qrPayload = issued.qrPayload;
    document.verifyUrl = issued.verifyUrl;

    for (const CachedConnection &connection : application.connections) {
        if (connection.isUnlinked())
            continue;
        CertificateConnection certified;
        certified.ivrs = connection.ivrs;
        certified.name = connection.name;
        certified.address = connection.address;
        certified.dcCode = connection.dcCode;
        if (connection.dcCode == application.dcCode) {
            certified.dcName = application.dcName;
            certified.dcNameHi = application.dcNameHi;
        }
        const bool billingDataBeforeApproval =
            connection.refreshedAt.isValid() && connection.refreshedAt <= issued.issuedAt;
        certified.noDuesAsOf = billingDataBeforeApproval ? connection.refreshedAt : issued.issuedAt;
        document.connections.append(certified);
    }

    if (!document.validate(error))
        return std::nullopt;
    return document;
}

} // namespace nodues::workstation
