#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

// Small OpenSSL helpers the signing classes share.
namespace nodues::workstation::openssl {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;

// Removes OpenSSL's queued errors from the calling thread and returns their texts, oldest first,
// joined by "; ". reasons (optional) receives each error's library name and reason code.
struct QueuedError
{
    QString library; // ERR_lib_error_string(), such as "PKCS#11 module"; empty when unknown
    int reason = 0;  // ERR_GET_REASON()
};
QString takeErrors(QList<QueuedError> *errors = nullptr);

// The certificate as one PEM block, or empty when certificate is null or cannot be encoded.
QByteArray certificatePem(X509 *certificate);
// The certificate's DER encoding, or empty when certificate is null or cannot be encoded.
QByteArray certificateDer(X509 *certificate);
// The certificate's subject common name (UTF-8), or empty when it has none.
QString commonName(X509 *certificate);

// Overwrites secret's bytes when this array is their only owner, then empties it. A copy held
// elsewhere through implicit sharing is not wiped: callers should move secrets in.
void wipe(QByteArray &secret);

} // namespace nodues::workstation::openssl
