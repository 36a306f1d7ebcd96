#pragma once

#include "TranslatableText.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>

namespace nodues {

enum class PdfSignatureStatus {
    Valid,
    NotPdf,                       // no "%PDF-" header, or the signed file does not end with "%%EOF"
    NoSignature,                  // the file contains no /ByteRange name
    SeveralSignatures,            // more than one /ByteRange name, or more than one SignerInfo in the CMS
    SignatureDictionaryMalformed, // the object containing /ByteRange is not a dictionary that parses strictly
    ByteRangeNotCoveringFile,     // the signed ranges leave out more than the /Contents string, or data follows
    WrongSubFilter,               // /SubFilter is missing or is not ETSI.CAdES.detached
    CmsMalformed,                 // /Contents is not one detached CAdES SignedData with its signer's certificate
    WeakDigestAlgorithm,          // the signer's digest algorithm is not SHA-256, SHA-384 or SHA-512
    DigestMismatch,               // the signature does not verify over the signed byte ranges
    SignerNotExpected,            // the signature verifies, but not with the expected certificate
    ExpectedCertificateMalformed, // the expected certificate is not exactly one PEM X.509 certificate
};

// The outcome of checking one uploaded certificate PDF. The signature dictionary's entries and the
// signer's claims are filled in as far as the check got; trust them only when status is Valid.
struct PdfSignatureCheck
{
    PdfSignatureStatus status = PdfSignatureStatus::NoSignature;
    TranslatableText message; // for people: what failed and what to do, or whose valid signature it is
    QString detail;           // English, for logs: the offending value or OpenSSL's errors; may be empty

    std::array<qint64, 4> byteRange{}; // /ByteRange as written
    QString subFilter;                 // /SubFilter without the slash
    QString reason;                    // /Reason, decoded from PDFDocEncoding, UTF-16BE or UTF-8
    QString location;                  // /Location
    QString name;                      // /Name, the signer's name as the signing program wrote it
    QString dictionaryTime;            // /M as written, a PDF date string such as D:20260405103000+05'30'
    QDateTime signingTime;             // the CMS signingTime attribute in UTC; invalid when absent
    QString signerSubject;             // subject of the certificate the CMS names, RFC 2253 with UTF-8 kept
};

// Checks the PAdES signature of an uploaded certificate PDF on the server, before it is stored.
//
// The file is accepted only when all of these hold:
// - it starts with "%PDF-" and contains exactly one /ByteRange name, and that name is a key of
//   an indirect object's dictionary that parses strictly;
// - /ByteRange is [0 a b c] where bytes a to b are exactly the /Contents hex string with its
//   angle brackets and b + c is the file size. So every byte except the signature is signed, and
//   nothing was appended after signing. The signed file ends with "%%EOF";
// - /SubFilter is ETSI.CAdES.detached. adbe.pkcs7.detached is rejected because certificates are
//   signed as PAdES, whose CAdES signatures must carry the ESS signing-certificate attribute that
//   binds the signed attributes to one certificate, and plain PKCS#7 signatures need not;
// - /Contents decodes to one DER CMS SignedData, padded with zero bytes only, detached, over
//   id-data, with exactly one SignerInfo using SHA-256, SHA-384 or SHA-512, that verifies over the
//   two byte ranges with the signer certificate the CMS embeds;
// - that signer certificate is byte for byte (DER) the expected one, and the ESS
//   signing-certificate(-v2) attribute names it. DER rather than the public key, so a certificate
//   someone made for the same key with another subject or validity does not pass, and the subject
//   returned for the audit row is the registered one.
//
// Not checked here: the certificate chain, validity period and revocation (CMS_verify runs with
// CMS_NO_SIGNER_CERT_VERIFY). The caller registered the expected certificate and decides how much
// of that it still needs. Whether the PDF is the right certificate is also the caller's check:
// compare reason, location or name with the server's own record.
//
// Parsing is bounded by the input: no recursion, nesting depth and entry count capped, and no
// allocation sized from a number read from the file before it is checked against the file size.
// Safe to call from several threads at once. The calling thread's OpenSSL error queue is empty
// when it returns, because its errors are copied into detail.
class PdfSignatureVerifier final
{
public:
    static PdfSignatureCheck verify(const QByteArray &pdf, const QByteArray &expectedCertificatePem);
};

} // namespace nodues
