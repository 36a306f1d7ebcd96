#include "certificate/CertificateFonts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Regular and bold of each family; fontconfig tells them apart by their own weight tables.
const char16_t *const kFontFiles[] = {
    u"NotoSansDevanagari-Regular.ttf",
    u"NotoSansDevanagari-Bold.ttf",
    u"NotoSans-Regular.ttf",
    u"NotoSans-Bold.ttf",
};

constexpr auto kResourceFolder = u":/fonts";

} // namespace

QString CertificateFonts::defaultDirectory()
{
    return u"/usr/share/fonts/truetype/noto"_s;
}

const CertificateFonts *CertificateFonts::shared(const QString &directory, QString *error)
{
    // Never freed, for the reason in the header; the map keeps the objects reachable.
    static QMutex registryMutex;
    static auto *const registry = new std::map<QString, CertificateFonts *>();

    const QMutexLocker locker(&registryMutex);
    const auto found = registry->find(directory);
    if (found != registry->end())
        return found->second;
    std::unique_ptr<CertificateFonts> fonts = load(directory, error);
    if (!fonts)
        return nullptr;
    return registry->emplace(directory, fonts.release()).first->second;
}

std::unique_ptr<CertificateFonts> CertificateFonts::load(const QString &directory, QString *error)
{
    std::unique_ptr<CertificateFonts> fonts(new CertificateFonts);
    fonts->m_config = FcConfigCreate();
    if (!fonts->m_config) {
        if (error)
            *error = tr("Fontconfig could not create a configuration for the certificate fonts.");
        return nullptr;
    }

    for (const char16_t *name : kFontFiles) {
        const QString fileName = QString::fromUtf16(name);
        QString path = QDir(directory).filePath(fileName);

        // A font missing from the folder may be compiled into the program; fontconfig needs a file.
        const QString resource = QString::fromUtf16(kResourceFolder) + u'/' + fileName;
        if (!QFileInfo::exists(path) && QFileInfo::exists(resource)) {
            if (!fonts->m_extracted)
                fonts->m_extracted = std::make_unique<QTemporaryDir>();
            const QString copy = fonts->m_extracted->filePath(fileName);
            if (fonts->m_extracted->isValid() && QFile::copy(resource, copy))
                path = copy;
        }

        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("The certificate font %1 was not found in %2. Install the package fonts-noto-core.")
                             .arg(fileName, directory);
            return nullptr;
        }
        const QByteArray encodedPath = QFile::encodeName(path);
        if (!FcConfigAppFontAddFile(fonts->m_config, reinterpret_cast<const FcChar8 *>(encodedPath.constData()))) {
            if (error)
                *error = tr("The certificate font %1 could not be read. Reinstall the package fonts-noto-core.")
                             .arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
    }

    // The font map takes its own reference to the configuration.
    fonts->m_fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!fonts->m_fontMap) {
        if (error)
            *error = tr("Pango could not create a font map for the certificate fonts.");
        return nullptr;
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fonts->m_fontMap), fonts->m_config);
    return fonts;
}

CertificateFonts::~CertificateFonts()
{
    if (m_fontMap)
        g_object_unref(m_fontMap);
    if (m_config)
        FcConfigDestroy(m_config);
}

} // namespace nodues::workstation
