#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace nodues::test {

// How a test certificate is made.
struct TestCertificateOptions
{
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    bool certificateAuthority = false;
    // The keyUsage extension in OpenSSL's configuration syntax.
    QByteArray keyUsage = "critical,digitalSignature,nonRepudiation";
};

// An officer's Digital Signature Certificate and its private key, made at test time with the
// OpenSSL API. The key is EC P-256, because small signatures keep test PDFs small. The X.509 v3
// certificate is issued by a test CA that is made once per process.
class TestSigningIdentity
{
public:
    // Fails the running test and returns an identity whose certificatePem() is empty when OpenSSL fails.
    static TestSigningIdentity create(const QString &commonName, const TestCertificateOptions &options);
    // Valid from a year before instant to two years after it.
    static TestSigningIdentity validAround(const QString &commonName, const QDateTime &instant);

    QByteArray certificatePem() const;

    // Signs pdf, which must contain exactly the placeholder that unsignedCertificatePdf()
    // writes: fills /ByteRange to cover everything but /Contents, and /Contents with a detached
    // CAdES CMS (with the ESS signing-certificate-v2 attribute) over those ranges. Returns an
    // empty array and fails the running test on error.
    QByteArray sign(const QByteArray &pdf) const;

private:
    struct Data;
    std::shared_ptr<Data> m_data;
};

// A one-page PDF as the workstation would hand it to the signer: page text pageText, and when
// withSignatureField is set, a signature field whose dictionary has /Location (location),
// /Reason, /M and the /ByteRange and /Contents placeholders. Without it the PDF is unsigned and
// has no place for a signature.
QByteArray unsignedCertificatePdf(const QString &location, const QByteArray &pageText = "No Dues Certificate",
                                  bool withSignatureField = true);

} // namespace nodues::test
