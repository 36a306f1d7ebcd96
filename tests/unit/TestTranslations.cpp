// Fails while any user-visible string lacks a finished Hindi translation. The test runs lupdate over
// the current sources into a copy of translations/nodues_hi.ts, so a new tr() string that is not yet
// translated fails here even before anyone refreshes the committed catalogue. It also checks
// translations/qtbase_hi.ts, the Hindi of Qt's own dialogs, which lupdate cannot refresh.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one entry per plural form, or a single entry
    QString type;             // "", "unfinished", "vanished" or "obsolete"
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText();
            else if (xml.name() == u"message"_s)
                current = Message{context, {}, {}, {}};
            else if (xml.name() == u"source"_s)
                current.source = xml.readElementText();
            else if (xml.name() == u"translation"_s) {
                current.type = xml.attributes().value(u"type"_s).toString();
                // A plural translation contains <numerusform> children, and a plain one contains text.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                        current.translations << xml.readElementText();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

// The access key of a label or button text ("&Print" gives 'P', "प्रिंट करें (&P)" too), or a null
// QChar without one. "&&" is a literal ampersand and "&nbsp;" an HTML entity, not access keys.
QChar accessKey(const QString &text)
{
    static const QRegularExpression entity(u"&[a-z]+;"_s);
    QString plain = text;
    plain.remove(entity);
    plain.replace(u"&&"_s, QString());
    const qsizetype at = plain.indexOf(u'&');
    if (at < 0 || at + 1 >= plain.size())
        return {};
    return plain.at(at + 1).toUpper();
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueComplete_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QStringList>("extraOptions");
        QTest::addColumn<int>("minimumMessages");
        QTest::newRow("hindi") << u"nodues_hi.ts"_s << QStringList{} << 100;
        // English needs only the plural forms; the source text serves everything else.
        QTest::newRow("english plurals") << u"nodues_en.ts"_s << QStringList{u"-pluralonly"_s} << 1;
    }
    void catalogueComplete()
    {
        QFETCH(QString, catalogue);
        QFETCH(QStringList, extraOptions);
        QFETCH(int, minimumMessages);
        const QString sourceDir = QStringLiteral(NODUES_SOURCE_DIR);
        const QString committed = sourceDir + u"/translations/"_s + catalogue;
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString updated = scratch.filePath(catalogue);
        QVERIFY(QFile::copy(committed, updated));
        QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);

        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir);
        lupdate.start(QStringLiteral(NODUES_LUPDATE), extraOptions + QStringList{u"-no-obsolete"_s, u"-locations"_s,
                                                                                 u"none"_s, u"-silent"_s, u"core/src"_s,
                                                                                 u"server/src"_s, u"workstation/src"_s,
                                                                                 u"-ts"_s, updated});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readCatalogue(updated, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= minimumMessages);

        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + u": \""_s + message.source.left(70) + u'"';
            if (message.type == u"unfinished"_s)
                problems << u"untranslated or unfinished: "_s + where;
            else if (message.type == u"vanished"_s || message.type == u"obsolete"_s)
                continue;
            else if (message.translations.contains(QString()))
                problems << u"empty translation: "_s + where;
            else {
                const QSet<QString> expected = placeholders(message.source);
                for (const QString &translation : message.translations) {
                    if (placeholders(translation) != expected) {
                        problems << u"placeholders differ: "_s + where;
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            QFAIL(qPrintable(u"%1 of %2 messages need work in translations/%3 (refresh it with lupdate, "
                             "then translate):\n"_s.arg(problems.size())
                                 .arg(messages.size())
                                 .arg(catalogue) +
                             problems.mid(0, 60).join(u'\n')));
        }
    }

    // translations/qtbase_hi.ts translates Qt's own dialogs. Its keys are Qt's, so lupdate cannot
    // refresh it from our sources. This checks that each context the workstation shows is there
    // and that every message is finished, keeps the placeholders and keeps Qt's access key letter.
    void qtCatalogueComplete()
    {
        const QString path = QStringLiteral(NODUES_SOURCE_DIR) + u"/translations/qtbase_hi.ts"_s;
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QStringList contexts = {
            u"QPrintDialog"_s,
            u"QPrintPreviewDialog"_s,
            u"QPageSetupWidget"_s,
            u"QPrintSettingsOutput"_s,
            u"QPrintWidget"_s,
            u"QCupsJobWidget"_s,
            u"QPrintPropertiesDialog"_s,
            u"QPrintPropertiesWidget"_s,
            u"QCupsPrinterSupport"_s,
            u"QPlatformTheme"_s,
            u"QGnomeTheme"_s,
            u"QFileDialog"_s,
            u"QFileSystemModel"_s,
            u"QAbstractFileIconProvider"_s,
            u"QMessageBox"_s,
            u"QLineEdit"_s,
            u"QWidgetTextControl"_s,
            u"QAbstractSpinBox"_s,
            u"QProgressDialog"_s,
            u"QDialogButtonBox"_s,
            u"QInputDialog"_s,
            u"QDialog"_s,
            u"QScrollBar"_s,
        };
        QStringList problems;
        for (const QString &context : contexts) {
            const bool present = std::any_of(messages.cbegin(), messages.cend(),
                                             [&context](const Message &message) { return message.context == context; });
            if (!present)
                problems << u"context missing: "_s + context;
        }

        // Qt's .ui files pass key sequences such as "Alt+Left" through tr() too.
        static const QRegularExpression keySequence(u"^(Alt|Ctrl|Shift|Meta)\\+\\w+$"_s);
        for (const Message &message : messages) {
            const QString where = message.context + u": \""_s + message.source.left(70) + u'"';
            const QString translation = message.translations.value(0);
            if (message.type == u"unfinished"_s || message.type == u"vanished"_s || message.type == u"obsolete"_s)
                problems << message.type + u": "_s + where;
            else if (message.translations.contains(QString()))
                problems << u"empty translation: "_s + where;
            else if (placeholders(translation) != placeholders(message.source))
                problems << u"placeholders differ: "_s + where;
            else if (accessKey(translation) != accessKey(message.source))
                problems << u"access key differs: "_s + where;
            else if (keySequence.match(message.source).hasMatch() && translation != message.source)
                problems << u"key sequence translated: "_s + where;
        }
        QVERIFY2(messages.size() >= 250, qPrintable(QString::number(messages.size())));
        QVERIFY2(problems.isEmpty(), qPrintable(u"translations/qtbase_hi.ts needs work:\n"_s + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
