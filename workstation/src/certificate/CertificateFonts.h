#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QString>

#include <memory>

struct _FcConfig;
struct _PangoFontMap;
class QTemporaryDir;

namespace nodues::workstation {

// The fonts of the certificate, in a fontconfig configuration of their own.
//
// Hindi is set in Noto Sans Devanagari and Latin text in Noto Sans (Noto Sans Devanagari has
// digits and punctuation but no Latin letters). The configuration contains these four files and
// nothing else, so every PC lays the page out alike and Pango never falls back to another
// Devanagari font: fontconfig's own choice for Hindi on Debian 12 is Lohit. The files are added
// with FcConfigAppFontAddFile(), so they are found whether or not the system's fontconfig
// configuration lists their folder.
//
// The fonts of a folder are loaded once and kept until the process exits. Pango 1.50.12 (Debian
// 12) keeps its reference to a font map's fontconfig configuration after the map is freed, so
// each load and free would leak the fonts' data (LeakSanitizer reports it). Pango font maps are
// not thread-safe: hold mutex() while using fontMap() or any layout made from it.
class CertificateFonts final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFonts)

public:
    // Pango family list for every text of the certificate.
    static constexpr const char *kFamilies = "Noto Sans Devanagari, Noto Sans";
    static constexpr const char *kDevanagariFamily = "Noto Sans Devanagari";

    // Where Debian's fonts-noto-core installs the files.
    static QString defaultDirectory();

    // Returns the fonts of directory, loading NotoSansDevanagari-{Regular,Bold}.ttf and
    // NotoSans-{Regular,Bold}.ttf on the first call for it. A file missing there is taken from
    // the program's resources under :/fonts when they have it. Returns null and sets error
    // (translated) when a file is missing or unreadable; a later call tries again.
    static const CertificateFonts *shared(const QString &directory, QString *error);

    ~CertificateFonts();
    Q_DISABLE_COPY_MOVE(CertificateFonts)

    // A PangoCairo font map that finds only the certificate's fonts. Owned by this object.
    _PangoFontMap *fontMap() const { return m_fontMap; }
    QMutex &mutex() const { return m_mutex; }

private:
    CertificateFonts() = default;

    static std::unique_ptr<CertificateFonts> load(const QString &directory, QString *error);

    mutable QMutex m_mutex;
    std::unique_ptr<QTemporaryDir> m_extracted; // files copied out of the resources, while in use
    _FcConfig *m_config = nullptr;
    _PangoFontMap *m_fontMap = nullptr;
};

} // namespace nodues::workstation
