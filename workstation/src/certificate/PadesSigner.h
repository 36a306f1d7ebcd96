#pragma once

#include "certificate/SignatureAppearance.h"
#include "certificate/SigningError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <optional>

namespace nodues::workstation {

class SigningKey;

// The contents of the signature of one certificate PDF.
struct SignatureRequest
{
    // The certificate number, written as the signature's /Location: the server accepts an upload
    // only when it equals the number of the certificate it is uploaded for.
    QString certificateNumber;
    // /Reason; empty gives "Approval of the No Dues certificate" in Hindi and English.
    QString reason;
    // /Name, and the visible signature's text; signer.signedAt also becomes /M. An invalid
    // signedAt is taken as the current time.
    SignerDetails signer;
    // Where the visible signature goes: the zero-based page (-1: the last page) and the box in
    // PDF user space (points, origin at the page's lower left corner, y up). An empty box takes
    // CertificateLayout::signatureBoxInPdfSpace(), the box the renderer leaves blank for it.
    int pageIndex = -1;
    QRectF box;
};

// Signs a certificate PDF as PAdES. PoDoFo appends a signature field with the visible signature,
// /ByteRange and a /Contents placeholder as an incremental update, so the signed file starts
// with the unsigned bytes unchanged. OpenSSL 3 then fills /Contents with a detached CAdES CMS
// (SHA-256, with the ESS signing-certificate-v2 attribute and the signer's certificate and chain)
// over every byte but /Contents itself. /SubFilter is ETSI.CAdES.detached.
//
// Before it returns, the signer checks the result the way the server will (PdfSignatureVerifier
// against the key's certificate, and /Location against the certificate number), so a PDF it
// returns is one the server accepts from the officer whose registered certificate this is.
class PadesSigner final
{
    Q_DECLARE_TR_FUNCTIONS(PadesSigner)

public:
    // Returns the signed PDF, or nothing with *error set. key must be unlocked.
    static std::optional<QByteArray> sign(const QByteArray &unsignedPdf, const SigningKey &key,
                                          const SignatureRequest &request, SigningError *error);
};

} // namespace nodues::workstation
