#pragma once

#include "app/Language.h"

#include <QObject>
#include <QTranslator>

namespace nodues::workstation {

// Installs the translation of the chosen language into the application and swaps it at run
// time. The NoDues catalogue comes from the resources built into the workstation library
// (:/i18n/nodues_hi.qm, and nodues_en.qm for English plural forms); Qt's own qtbase catalogue
// is added from Qt's translations folder when that has one for the language. Debian 12 ships
// none for Hindi, so dialogs set the texts of Qt's standard buttons themselves.
//
// Installing and removing translators makes Qt send QEvent::LanguageChange to every window and
// from there to every child widget: widgets retranslate in changeEvent().
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // Replaces the installed translations with those of language, sets the default QLocale
    // (hi_IN or en_IN) and delivers the LanguageChange events, so open windows have
    // retranslated when it returns. Returns false, with a warning in the log, when the NoDues
    // catalogue could not be loaded; the interface then shows the English source text.
    bool apply(Language language);

    Language current() const { return m_current; }

signals:
    // Emitted after apply() has installed the translations, also when language is unchanged.
    void languageChanged(nodues::workstation::Language language);

private:
    void removeInstalled();

    Language m_current = Language::English;
    QTranslator m_catalogue;
    QTranslator m_qtCatalogue;
    bool m_catalogueInstalled = false;
    bool m_qtCatalogueInstalled = false;
};

} // namespace nodues::workstation
