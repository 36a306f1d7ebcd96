#include "app/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "nodues.gui.language")

namespace nodues::workstation {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
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
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (language == Language::Hindi) {
        if (m_qtCatalogue.load(u"qtbase_"_s + code, qtDirectory))
            m_qtCatalogueInstalled = QCoreApplication::installTranslator(&m_qtCatalogue);
        else
            qCDebug(lcLanguage).noquote() << "No Qt catalogue for" << code << "in" << qtDirectory;
    }

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
