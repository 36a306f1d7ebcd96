#pragma once

#include "certificate/CertificateText.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace nodues::workstation {

class CertificateFonts;
struct CertificateDocument;

// Renders a No Dues certificate as an A4 PDF with Pango and Cairo.
//
// The page shows, top to bottom, the company and the issuing office, the title, the certificate
// number with the issue date and time in IST and the application number, then the applicant
// and the election. The certifying statement follows in Hindi, then in English, and then the
// table of connections, which a "no connection found" certificate does not have. The footer of
// the last page has the approving officer under a blank box for the signature's appearance
// (CertificateLayout::signatureBox()) on the left, and the QR code with the verify page's
// address on the right. A reprint carries "COPY n" at the top
// right of every page. Labels read "Hindi / English". A table too long for one page continues
// on the next ones, with its header repeated and page numbers at the bottom; the footer always
// sits at the same place on the last page.
//
// Digits are ASCII everywhere (certificate and IVRS numbers, dates). Cairo embeds the fonts as
// subsets: the two-connection sample of TestCertificateRender is about 68 KB, and a four-page
// certificate of 30 connections with Hindi text in every field about 92 KB.
//
// The QR code holds the document's verify URL exactly, at error correction M. Its module is
// 2 pt (0.71 mm), 40 % above the 0.5 mm floor set for reading from paper with a cheap phone
// camera, so blur from printing and focus still leaves each module resolvable; the version 10
// symbol of a typical URL of about 220 characters is then 65 modules or 46 mm wide with its
// quiet zone. TestCertificateRender decodes it from the page rasterised at 150 and at 72 dpi.
//
// Renderers on several threads may run at once, but they take turns on the shared fonts
// (CertificateFonts::mutex()). Creating the first renderer loads the fonts, which takes tens of
// milliseconds, and each renderer loads the Hindi catalogue once; render() then reuses both.
class CertificateRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRenderer)

public:
    struct Options
    {
        QString fontDirectory;  // empty: CertificateFonts::defaultDirectory()
        QString hindiCatalogue; // empty: CertificateText::defaultCatalogue()
    };

    // Loads the fonts and the Hindi wording. Returns nothing and sets error (translated) when a
    // font or the Hindi catalogue is missing or incomplete.
    static std::unique_ptr<CertificateRenderer> create(QString *error);
    static std::unique_ptr<CertificateRenderer> create(const Options &options, QString *error);

    ~CertificateRenderer();
    Q_DISABLE_COPY_MOVE(CertificateRenderer)

    // The PDF of document. Returns nothing and sets error (translated) when the document fails
    // CertificateDocument::validate(), its verify URL is too long for a readable QR code, or
    // Cairo fails.
    std::optional<QByteArray> render(const CertificateDocument &document, QString *error) const;

    // Renders document into the file at path, replacing it only once the whole PDF is written.
    bool renderToFile(const CertificateDocument &document, const QString &path, QString *error) const;

    // The wording, for CertificateDocumentBuilder.
    const CertificateText &text() const { return m_text; }

private:
    CertificateRenderer(const CertificateFonts *fonts, CertificateText text);

    const CertificateFonts *m_fonts; // shared, never freed

    CertificateText m_text;
};

} // namespace nodues::workstation
