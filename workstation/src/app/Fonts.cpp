#include "app/Fonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFonts, "nodues.gui.fonts")

namespace nodues::workstation {

bool installBundledFonts()
{
    bool allAdded = true;
    const QStringList files = {u":/fonts/NotoSansDevanagari-Regular.ttf"_s, u":/fonts/NotoSansDevanagari-Bold.ttf"_s};
    for (const QString &file : files) {
        if (QFontDatabase::addApplicationFont(file) < 0) {
            qCWarning(lcFonts).noquote() << "Could not add the font" << file;
            allAdded = false;
        }
    }

    // QFont::setFamilies() makes the list a fallback chain: a character the first family lacks
    // is looked up in the next one before the platform's own fallback fonts.
    const QString devanagari = QString::fromLatin1(kDevanagariFontFamily);
    QFont font = QGuiApplication::font();
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families.removeAll(devanagari);
    families << devanagari;
    font.setFamilies(families);
    QGuiApplication::setFont(font);
    return allAdded;
}

} // namespace nodues::workstation
