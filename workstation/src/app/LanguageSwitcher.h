#pragma once

#include "app/Language.h"

#include <QObject>
#include <QTranslator>

namespace nodues::workstation {

// Installs the translation of the chosen language into the application and swaps it at run
// time. The NoDues catalogue comes from the resources built into the workstation library
// (:/i18n/nodues_hi.qm, and nodues_en.qm for English plural forms). Qt's own dialogs (print,
// print preview, file chooser, the standard buttons of message boxes and button boxes, the
// line-edit context menu) take their texts from a qtbase catalogue. That is the one in Qt's
// translations folder when it has one for the language, else the bundled :/i18n/qtbase_hi.qm,
// because Debian 12's qt6-translations-l10n has none for Hindi. English needs no qtbase
// catalogue.
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

    // The folder searched for Qt's qtbase catalogue before the bundled one: Qt's translations
    // folder (QLibraryInfo::TranslationsPath) unless set. Takes effect at the next apply().
    QString qtCatalogueFolder() const { return m_qtCatalogueFolder; }
    void setQtCatalogueFolder(const QString &folder) { m_qtCatalogueFolder = folder; }

signals:
    // Emitted after apply() has installed the translations, also when language is unchanged.
    void languageChanged(nodues::workstation::Language language);

private:
    void installQtCatalogue(const QString &code);
    void removeInstalled();

    Language m_current = Language::English;
    QString m_qtCatalogueFolder;
    QTranslator m_catalogue;
    QTranslator m_qtCatalogue;
    bool m_catalogueInstalled = false;
    bool m_qtCatalogueInstalled = false;
};

} // namespace nodues::workstation
