#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace nodues::workstation {

// The signer of a certificate, as the visible signature shows them on the page.
struct SignerDetails
{
    QString name;             // the officer's name in English, "Rajesh Kumar"
    QString nameHindi;        // the same in Devanagari, "राजेश कुमार"; may be empty
    QString designation;      // "Deputy General Manager (City East)"
    QString designationHindi; // "उप महाप्रबंधक (सिटी ईस्ट)"; may be empty
    QDateTime signedAt;       // UTC; shown in IST
};

// The visible part of the officer's signature: a box on the certificate page that names the
// signer and their designation with the signing time. It is set with the certificate's own fonts
// and typesetter (CertificateFonts, CertificateTypesetter), so Devanagari keeps its conjuncts and
// `pdftotext` extracts the words whole.
class SignatureAppearance final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureAppearance)

public:
    // The text lines of the box, top to bottom: the "Digitally signed by" label, the Hindi name
    // (when given and different), the English name, the designation ("Hindi / English" when the
    // Hindi is given) and the IST signing time.
    static QStringList lines(const SignerDetails &signer);

    // A one-page PDF of size (in points) that contains the box, its fonts embedded as subsets.
    // The text shrinks to fit. Returns an empty array with *error set (for logs) when the fonts
    // are missing or Cairo fails.
    static QByteArray renderPdf(const SignerDetails &signer, const QSizeF &size, QString *error);
};

} // namespace nodues::workstation
