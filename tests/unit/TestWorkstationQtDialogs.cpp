// Qt's own dialogs in Hindi. The print dialog with its printer properties, the print preview, the
// non-native file chooser, the standard buttons of button and message boxes, the edit context
// menus and the progress dialog's Cancel take their texts from the bundled qtbase_hi catalogue.
// The file chooser that Settings opens for a PKCS#12 file is checked too. Switching to English
// restores Qt's English, and a qtbase_hi.qm in Qt's own folder wins over the bundled one. The
// Hindi print, printer properties and file dialogs are saved as PNGs under
// test-artifacts/TestWorkstationQtDialogs.

#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "gui/SettingsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::workstation;

namespace {

bool containsDevanagari(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() >= 0x0900 && character.unicode() <= 0x097F)
            return true;
    }
    return false;
}

QString artifactFolder()
{
    const QString base = qEnvironmentVariableIsSet("NODUES_TEST_ARTIFACTS")
                             ? qEnvironmentVariable("NODUES_TEST_ARTIFACTS")
                             : QCoreApplication::applicationDirPath() + u"/../test-artifacts"_s;
    const QString folder = QDir::cleanPath(base + u"/TestWorkstationQtDialogs"_s);
    QDir().mkpath(folder);
    return folder;
}

bool saveScreen(QWidget &widget, const QString &name)
{
    return widget.grab().save(artifactFolder() + u'/' + name + u".png"_s);
}

// The texts of the actions in a context menu, without the shortcut Qt appends after a tab.
QStringList menuTexts(const QMenu &menu)
{
    QStringList texts;
    const QList<QAction *> actions = menu.actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            texts << action->text().section(u'\t', 0, 0);
    }
    return texts;
}

// The texts of the visible labels, buttons and group boxes of a dialog that have no Devanagari,
// except those that are the same in Hindi (such as "A4" and "PDF").
QStringList englishTexts(const QWidget &dialog, const QStringList &sameInHindi)
{
    QStringList english;
    const auto check = [&](const QWidget *widget, const QString &text) {
        const QString plain = text.trimmed();
        if (plain.isEmpty() || containsDevanagari(plain) || sameInHindi.contains(plain))
            return;
        english << QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u": "_s +
                       plain;
    };
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            check(widget, label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                 button && !button->text().isEmpty())
            check(widget, button->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            check(widget, group->title());
    }
    return english;
}

// A printer for the print dialogs: the system's default printer when CUPS has one, else Qt's
// PDF printer, which the dialog lists as "Print to File (PDF)".
void preparePrinter(QPrinter &printer, const QString &folder)
{
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(folder + u"/certificate.pdf"_s);
    }
}

} // namespace

class TestWorkstationQtDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    // A folder without qtbase_hi.qm, so the tests check the bundled catalogue whatever Qt's own
    // translations folder holds.
    QString m_emptyQtFolder;
    // Hindi at the start of each test.
    std::unique_ptr<LanguageSwitcher> m_languages;

private slots:
    void initTestCase()
    {
        QVERIFY(installBundledFonts());
        QVERIFY(m_folder.isValid());
        m_emptyQtFolder = m_folder.filePath(u"qt-translations"_s);
        QVERIFY(QDir().mkpath(m_emptyQtFolder));
    }

    void init()
    {
        m_languages = std::make_unique<LanguageSwitcher>();
        m_languages->setQtCatalogueFolder(m_emptyQtFolder);
        QVERIFY(m_languages->apply(Language::Hindi));
    }

    void cleanup() { m_languages.reset(); }

    void qtFolderIsDefault()
    {
        const LanguageSwitcher languages;
        QCOMPARE(languages.qtCatalogueFolder(), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }

    void buttonBoxFollowsLanguage()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"ठीक है"_s);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);

        // The box retranslates its standard buttons on LanguageChange.
        QVERIFY(m_languages->apply(Language::English));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"OK"_s);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);

        QVERIFY(m_languages->apply(Language::Hindi));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"ठीक है"_s);
    }

    void messageBoxButtonsInHindi()
    {
        QMessageBox box(QMessageBox::Question, u"प्रश्न"_s, u"प्रश्न"_s,
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Close);
        box.setDetailedText(u"विवरण"_s);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), u"हाँ (&Y)"_s);
        QCOMPARE(box.button(QMessageBox::No)->text(), u"नहीं (&N)"_s);
        QCOMPARE(box.button(QMessageBox::Close)->text(), u"बंद करें"_s);

        // The button that shows the detailed text is added with the box's other buttons.
        box.show();
        QStringList texts;
        const QList<QPushButton *> buttons = box.findChildren<QPushButton *>();
        for (const QPushButton *button : buttons)
            texts << button->text();
        QVERIFY2(texts.contains(u"विवरण दिखाएँ..."_s), qPrintable(texts.join(u", "_s)));
    }

    void editMenusInHindi()
    {
        QLineEdit edit(u"1234567890"_s);
        const std::unique_ptr<QMenu> lineMenu(edit.createStandardContextMenu());
        const QStringList lineTexts = menuTexts(*lineMenu);
        const QStringList expected = {u"पूर्ववत करें (&U)"_s, u"फिर से करें (&R)"_s, u"काटें (&T)"_s, u"कॉपी करें (&C)"_s,
                                      u"चिपकाएँ (&P)"_s,   u"हटाएँ"_s,          u"सभी चुनें"_s};
        for (const QString &text : expected)
            QVERIFY2(lineTexts.contains(text), qPrintable(text + u" not in: "_s + lineTexts.join(u", "_s)));

        // Rich text editors build their menu in QWidgetTextControl.
        QTextEdit textEdit;
        textEdit.setPlainText(u"कारण"_s);
        const std::unique_ptr<QMenu> textMenu(textEdit.createStandardContextMenu());
        const QStringList textTexts = menuTexts(*textMenu);
        for (const QString &text : expected)
            QVERIFY2(textTexts.contains(text), qPrintable(text + u" not in: "_s + textTexts.join(u", "_s)));
    }

    void progressDialogCancelInHindi()
    {
        QProgressDialog progress;
        const QPushButton *cancel = progress.findChild<QPushButton *>();
        QVERIFY(cancel);
        QCOMPARE(cancel->text(), u"रद्द करें"_s);
    }

    void printDialogInHindi()
    {
        QPrinter printer(QPrinter::HighResolution);
        preparePrinter(printer, m_folder.path());
        QPrintDialog dialog(&printer);
        dialog.show();

        QCOMPARE(dialog.windowTitle(), u"प्रिंट"_s);
        const QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"प्रिंट करें (&P)"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);

        // The Options button opens the copies, page range and duplex settings.
        QPushButton *options = nullptr;
        const QList<QPushButton *> pushButtons = buttons->findChildren<QPushButton *>();
        for (QPushButton *button : pushButtons) {
            if (button->text() == u"विकल्प (&O) >>"_s)
                options = button;
        }
        QVERIFY2(options, "no Hindi Options button in the print dialog");
        QTest::mouseClick(options, Qt::LeftButton);
        QCOMPARE(options->text(), u"विकल्प (&O) <<"_s);

        const QLabel *copiesLabel = nullptr;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text() == u"प्रतियाँ:"_s)
                copiesLabel = label;
        }
        QVERIFY2(copiesLabel && copiesLabel->isVisibleTo(&dialog), "no Hindi copies label in the options");

        // Printer names, paper sizes, numbers and the PDF printer's "..." are the same in Hindi.
        QStringList sameInHindi = QPrinterInfo::availablePrinterNames();
        sameInHindi << u"..."_s << u"A4"_s << u"PDF"_s;
        const QStringList english = englishTexts(dialog, sameInHindi);
        QVERIFY2(english.isEmpty(), qPrintable(u"English in the Hindi print dialog:\n"_s + english.join(u'\n')));

        dialog.resize(dialog.sizeHint());
        QVERIFY(saveScreen(dialog, u"print-dialog-hi"_s));

        // The Properties button runs the printer's page settings as a modal dialog; it is checked
        // and closed from inside its event loop.
        QAbstractButton *properties = nullptr;
        const QList<QAbstractButton *> allButtons = dialog.findChildren<QAbstractButton *>();
        for (QAbstractButton *button : allButtons) {
            if (button->text() == u"गुण (&R)"_s)
                properties = button;
        }
        QVERIFY2(properties && properties->isEnabled(), "no Hindi Properties button in the print dialog");
        QString propertiesTitle;
        QStringList propertiesEnglish;
        bool propertiesSaved = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!modal)
                return;
            propertiesTitle = modal->windowTitle();
            propertiesEnglish = englishTexts(*modal, sameInHindi);
            modal->resize(modal->sizeHint());
            propertiesSaved = saveScreen(*modal, u"print-properties-hi"_s);
            modal->reject();
        });
        QTest::mouseClick(properties, Qt::LeftButton);
        QCOMPARE(propertiesTitle, u"प्रिंटर के गुण"_s);
        QVERIFY2(propertiesEnglish.isEmpty(),
                 qPrintable(u"English in the Hindi printer properties:\n"_s + propertiesEnglish.join(u'\n')));
        QVERIFY(propertiesSaved);
        dialog.reject();

        // A print dialog opened after switching is English again.
        QVERIFY(m_languages->apply(Language::English));
        QPrintDialog englishDialog(&printer);
        QCOMPARE(englishDialog.windowTitle(), u"Print"_s);
        QCOMPARE(englishDialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), u"&Print"_s);
    }

    void printPreviewActionsInHindi()
    {
        QPrinter printer(QPrinter::HighResolution);
        preparePrinter(printer, m_folder.path());
        QPrintPreviewDialog dialog(&printer);
        QCOMPARE(dialog.windowTitle(), u"प्रिंट पूर्वदर्शन"_s);

        QStringList texts;
        QStringList english;
        const QList<QAction *> actions = dialog.findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (action->text().isEmpty())
                continue;
            texts << action->text();
            if (!containsDevanagari(action->text()))
                english << action->text();
        }
        const QStringList expected = {u"अगला पृष्ठ"_s,
                                      u"पिछला पृष्ठ"_s,
                                      u"पहला पृष्ठ"_s,
                                      u"अंतिम पृष्ठ"_s,
                                      u"पूरा पृष्ठ"_s,
                                      u"पृष्ठ की चौड़ाई"_s,
                                      u"बड़ा करें"_s,
                                      u"छोटा करें"_s,
                                      u"खड़ा (पोर्ट्रेट)"_s,
                                      u"आड़ा (लैंडस्केप)"_s,
                                      u"एक पृष्ठ दिखाएँ"_s,
                                      u"आमने-सामने के पृष्ठ दिखाएँ"_s,
                                      u"सभी पृष्ठ एक साथ दिखाएँ"_s,
                                      u"प्रिंट करें"_s,
                                      u"पृष्ठ सेटअप"_s};
        for (const QString &text : expected)
            QVERIFY2(texts.contains(text), qPrintable(text + u" not in: "_s + texts.join(u", "_s)));
        QVERIFY2(english.isEmpty(), qPrintable(u"English actions: "_s + english.join(u", "_s)));

        QVERIFY(m_languages->apply(Language::English));
        QPrintPreviewDialog englishDialog(&printer);
        QStringList textsInEnglish;
        const QList<QAction *> englishActions = englishDialog.findChildren<QAction *>();
        for (const QAction *action : englishActions)
            textsInEnglish << action->text();
        QVERIFY2(textsInEnglish.contains(u"Next page"_s), qPrintable(textsInEnglish.join(u", "_s)));
    }

    void fileDialogInHindi()
    {
        const QString folder = m_folder.filePath(u"keys"_s);
        QVERIFY(QDir().mkpath(folder + u"/token"_s));
        QFile file(folder + u"/officer.p12"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        QFileDialog dialog(nullptr, QString(), folder);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFile);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setViewMode(QFileDialog::Detail);
        dialog.show();

        QCOMPARE(dialog.windowTitle(), u"खोलें"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"lookInLabel"_s)->text(), u"यहाँ देखें:"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"fileNameLabel"_s)->text(), u"फ़ाइल का नाम (&N):"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"fileTypeLabel"_s)->text(), u"फ़ाइल का प्रकार:"_s);
        const QDialogButtonBox *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Open)->text(), u"खोलें (&O)"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);
        QCOMPARE(dialog.findChild<QToolButton *>(u"backButton"_s)->toolTip(), u"पीछे"_s);
        QCOMPARE(dialog.findChild<QToolButton *>(u"toParentButton"_s)->toolTip(), u"ऊपर का फ़ोल्डर"_s);
        QCOMPARE(dialog.findChild<QToolButton *>(u"newFolderButton"_s)->toolTip(), u"नया फ़ोल्डर बनाएँ"_s);
        QCOMPARE(dialog.findChild<QToolButton *>(u"detailModeButton"_s)->toolTip(), u"विस्तृत दृश्य"_s);
        // The key sequences in the catalogue must stay Qt's, or the shortcuts would break.
        QCOMPARE(dialog.findChild<QToolButton *>(u"backButton"_s)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
        QCOMPARE(dialog.findChild<QToolButton *>(u"toParentButton"_s)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
        const QComboBox *types = dialog.findChild<QComboBox *>(u"fileTypeCombo"_s);
        QCOMPARE(types->itemText(0), u"सभी फ़ाइलें (*)"_s);

        // Qt requests the Type column with the comment "All other platforms". The catalogue
        // contains the message without it, which QTranslator finds as a fallback.
        const QTreeView *tree = dialog.findChild<QTreeView *>(u"treeView"_s);
        QAbstractItemModel *model = tree->model();
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers << model->headerData(column, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{u"नाम"_s, u"आकार"_s, u"प्रकार"_s, u"बदलाव की तारीख"_s}));

        // The Type column of a folder comes from QAbstractFileIconProvider.
        const auto *files = qobject_cast<QFileSystemModel *>(model);
        QVERIFY(files);
        QTRY_VERIFY(files->index(folder + u"/token"_s).isValid());
        QTRY_VERIFY(files->index(folder + u"/officer.p12"_s).isValid());
        const QModelIndex token = files->index(folder + u"/token"_s);
        QTRY_COMPARE(files->data(token.siblingAtColumn(2)).toString(), u"फ़ोल्डर"_s);

        dialog.resize(720, 420);
        QVERIFY(saveScreen(dialog, u"file-dialog-hi"_s));

        // The file dialog retranslates itself when the language changes.
        QVERIFY(m_languages->apply(Language::English));
        QCOMPARE(dialog.windowTitle(), u"Open"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"lookInLabel"_s)->text(), u"Look in:"_s);
        // The box's own retranslation may run last and give QPlatformTheme's "Open" for "&Open".
        QCOMPARE(buttons->button(QDialogButtonBox::Open)->text().remove(u'&'), u"Open"_s);
    }

    void settingsFileChooserInHindi()
    {
        WorkstationSettings settings(m_folder.filePath(u"workstation.ini"_s));
        SettingsDialog dialog(settings, *m_languages);
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(u"keyKindComboBox"_s);
        kind->setCurrentIndex(kind->findData(u"pkcs12"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"pkcs12BrowseButton"_s), Qt::LeftButton);

        auto *fileDialog = dialog.findChild<QFileDialog *>(u"pkcs12FileDialog"_s);
        QVERIFY(fileDialog);
        QVERIFY(fileDialog->isVisible());
        QCOMPARE(fileDialog->findChild<QLabel *>(u"lookInLabel"_s)->text(), u"यहाँ देखें:"_s);
        const QDialogButtonBox *buttons = fileDialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Open)->text(), u"खोलें (&O)"_s);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);
        fileDialog->reject();
    }

    void qtFolderCatalogueWins()
    {
        // A qtbase_hi.qm in Qt's folder, made here with one message that the bundled one lacks.
        const QString folder = m_folder.filePath(u"qt-with-hindi"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile source(folder + u"/qtbase_hi.ts"_s);
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context><name>QPlatformTheme</name>
<message><source>OK</source><translation>ठीक (Qt फ़ोल्डर)</translation></message>
</context>
</TS>
)");
        source.close();
        QProcess lrelease;
        lrelease.start(QStringLiteral(NODUES_LRELEASE), {u"-silent"_s, source.fileName()});
        QVERIFY2(lrelease.waitForFinished(60000), "lrelease did not finish");
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
        QVERIFY(QFile::exists(folder + u"/qtbase_hi.qm"_s));

        m_languages.reset();
        LanguageSwitcher languages;
        languages.setQtCatalogueFolder(folder);
        QVERIFY(languages.apply(Language::Hindi));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"ठीक (Qt फ़ोल्डर)"_s);
        // Only one qtbase catalogue is installed: Cancel is not in the folder's.
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);

        // Without the folder's catalogue, the bundled one serves.
        QVERIFY(QFile::remove(folder + u"/qtbase_hi.qm"_s));
        QVERIFY(languages.apply(Language::Hindi));
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"ठीक है"_s);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"रद्द करें"_s);
    }
};

QTEST_MAIN(TestWorkstationQtDialogs)
#include "TestWorkstationQtDialogs.moc"
