#pragma once

// Signed certificate PDFs for the print tests: the sample certificate of CertificateRenderSamples
// under other numbers, rendered by CertificateRenderer with a QR payload signed by a key made
// in a temporary folder, and signed as PAdES with the key of a SoftHSM2 token, as the division
// officer's workstation signs them.

#include "CertificateRenderSamples.h"
#include "SoftHsmToken.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/PadesSigner.h"
#include "certificate/Pkcs11SigningKey.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace nodues::test {

class SignedCertificateSamples
{
public:
    // Makes the signing keys, the renderer and the token, and unlocks the token's key. Returns
    // null with *error set when one of them fails.
    static std::unique_ptr<SignedCertificateSamples> create(QString *error)
    {
        using namespace Qt::Literals::StringLiterals;
        std::unique_ptr<SignedCertificateSamples> samples(new SignedCertificateSamples);
        if (!samples->m_folder.isValid()) {
            *error = u"no temporary folder"_s;
            return nullptr;
        }
        samples->m_keys = makeSampleSigningKeys(samples->m_folder.filePath(u"keys"_s), error);
        if (!samples->m_keys)
            return nullptr;
        samples->m_renderer = workstation::CertificateRenderer::create(error);
        if (!samples->m_renderer)
            return nullptr;
        samples->m_token = SoftHsmToken::create(u"Anil Kumar Verma"_s, QDateTime::currentDateTimeUtc(), error);
        if (!samples->m_token)
            return nullptr;
        samples->m_key = std::make_unique<workstation::Pkcs11SigningKey>(workstation::Pkcs11KeyLocation{
            samples->m_token->keyUri(), QString::fromLatin1(SoftHsmToken::kModulePath), {}});
        workstation::SigningError signingError;
        if (!samples->m_key->unlock(samples->m_token->pin(), &signingError)) {
            *error = signingError.message + u" / "_s + signingError.detail;
            return nullptr;
        }
        return samples;
    }

    // The signed PDF of the sample certificate numbered number, and its verify URL (what the QR
    // code holds) in *verifyUrl. Nothing with *error set on failure.
    std::optional<QByteArray> make(const QString &number, QString *verifyUrl, QString *error) const
    {
        using namespace Qt::Literals::StringLiterals;
        workstation::CertificateDocument document = sampleDocument(m_renderer->text());
        document.number = number;
        if (!signSampleDocument(document, *m_keys, error))
            return std::nullopt;
        const std::optional<QByteArray> unsignedPdf = m_renderer->render(document, error);
        if (!unsignedPdf)
            return std::nullopt;

        workstation::SignatureRequest request;
        request.certificateNumber = number;
        request.signer = {document.officer.name, document.officer.nameHi, document.officer.designation,
                          document.officer.designationHi, document.issuedAt.addSecs(600)};
        workstation::SigningError signingError;
        std::optional<QByteArray> signedPdf =
            workstation::PadesSigner::sign(*unsignedPdf, *m_key, request, &signingError);
        if (!signedPdf) {
            *error = signingError.message + u" / "_s + signingError.detail;
            return std::nullopt;
        }
        if (verifyUrl)
            *verifyUrl = document.verifyUrl;
        return signedPdf;
    }

private:
    SignedCertificateSamples() = default;

    QTemporaryDir m_folder;
    std::optional<CertificateSigningKeys> m_keys;
    std::unique_ptr<workstation::CertificateRenderer> m_renderer;
    std::unique_ptr<SoftHsmToken> m_token;
    std::unique_ptr<workstation::Pkcs11SigningKey> m_key;
};

} // namespace nodues::test
