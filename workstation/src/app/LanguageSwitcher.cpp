#include "app/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "nodues.gui.language")

namespace nodues::workstation {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_qtCatalogueFolder(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    removeInstalled();
}

bool LanguageSwitcher::apply(Language language)
{
    removeInstalled();
    m_current = language;

    // The default locale formats numbers and dates in widgets; both use Latin digits.
    QLocale::setDefault(language == Language::Hindi ? QLocale(QLocale::Hindi, QLocale::India)
                                                    : QLocale(QLocale::English, QLocale::India));

    // Qt's own texts are English already; only Hindi needs Qt's catalogue.
    const QString code = languageCode(language);
    if (language == Language::Hindi)
        installQtCatalogue(code);

    const QString catalogue = u":/i18n/nodues_"_s + code + u".qm"_s;
    bool loaded = m_catalogue.load(catalogue);
    if (loaded)
        m_catalogueInstalled = QCoreApplication::installTranslator(&m_catalogue);
    else
        qCWarning(lcLanguage).noquote() << "Could not load the catalogue" << catalogue;

    // QApplication posts LanguageChange to each window; delivering the events now means every
    // open window shows the new language when apply() returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    qCInfo(lcLanguage).noquote() << "Interface language:" << code;
    emit languageChanged(language);
    return loaded && m_catalogueInstalled;
}

void LanguageSwitcher::installQtCatalogue(const QString &code)
{
    // A catalogue in Qt's folder matches the Qt the program runs on, so it wins over the bundled
    // one, which contains the texts of the dialogs the workstation shows as of Qt 6.4.2. Both paths
    // are exact: QTranslator::load() would fall back to a shorter name such as qtbase.qm.
    const QString fileName = u"qtbase_"_s + code + u".qm"_s;
    const QString folderFile = QDir(m_qtCatalogueFolder).filePath(fileName);
    const QString bundledFile = u":/i18n/"_s + fileName;
    QString loadedFile;
    if (QFileInfo::exists(folderFile) && m_qtCatalogue.load(folderFile))
        loadedFile = folderFile;
    else if (m_qtCatalogue.load(bundledFile))
        loadedFile = bundledFile;
    if (loadedFile.isEmpty()) {
        qCWarning(lcLanguage).noquote() << "Could not load Qt's catalogue" << fileName << "from" << m_qtCatalogueFolder
                                        << "or the resources; Qt's dialogs stay in English";
        return;
    }
    m_qtCatalogueInstalled = QCoreApplication::installTranslator(&m_qtCatalogue);
    qCDebug(lcLanguage).noquote() << "Qt's catalogue:" << loadedFile;
}

void LanguageSwitcher::removeInstalled()
{
    if (m_catalogueInstalled)
        QCoreApplication::removeTranslator(&m_catalogue);
    if (m_qtCatalogueInstalled)
        QCoreApplication::removeTranslator(&m_qtCatalogue);
    m_catalogueInstalled = false;
    m_qtCatalogueInstalled = false;
}

} // namespace nodues::workstation
