#pragma once

#include "certificate/CertificateDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nodues::workstation {

class CertificateText;
struct CachedApplication;
struct IssuedCertificate;

// Fills a CertificateDocument from what the workstation has after approval: the application
// from its cache, the certificate from the approval's response and the approving officer.
//
// The certificate lists the application's connections except those the applicant unlinked,
// which are shown to officers but never certified. Each connection has no dues "as on" the IST
// date of its latest billing data (refreshed_at), or of the approval when that data is newer
// than the approval or unknown: the server checked the dues against that data when it approved.
class CertificateDocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDocumentBuilder)

public:
    // The document of application's certificate, the original (copy number 0). Returns nothing
    // and sets error (translated) when application is not the one issued names, is of an
    // unknown kind, relation or election, or the document fails CertificateDocument::validate().
    static std::optional<CertificateDocument> build(const CachedApplication &application,
                                                    const IssuedCertificate &issued, const CertificateOfficer &officer,
                                                    const CertificateText &text, QString *error);
};

} // namespace nodues::workstation
