#include "certificate/OpenSslSupport.h"

#include "certificate/SigningKey.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace openssl {

QString takeErrors(QList<QueuedError> *errors)
{
    QStringList texts;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        texts.append(QString::fromUtf8(buffer));
        if (errors) {
            const char *library = ERR_lib_error_string(code);
            errors->append({library ? QString::fromUtf8(library) : QString(), ERR_GET_REASON(code)});
        }
    }
    return texts.join(u"; "_s);
}

QByteArray certificatePem(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!certificate || !bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray certificateDer(X509 *certificate)
{
    const int length = certificate ? i2d_X509(certificate, nullptr) : 0;
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    return i2d_X509(certificate, &out) == length ? der : QByteArray();
}

QString commonName(X509 *certificate)
{
    if (!certificate)
        return {};
    const X509_NAME *subject = X509_get_subject_name(certificate);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return name;
}

void wipe(QByteArray &secret)
{
    // data() on a shared array would detach and wipe only the new copy.
    if (secret.isDetached() && !secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace openssl

QByteArray SigningKey::certificatePem() const
{
    return openssl::certificatePem(certificate());
}

} // namespace nodues::workstation
