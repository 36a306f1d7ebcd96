#pragma once

// One 1366×768 screen for GUI tests, the common size of office PCs, in place of the offscreen
// platform's default 800×600, so windows are sized and saved as PNG artifacts as officers see
// them.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

namespace nodues::workstation::test {

inline constexpr QSize kOfficeScreenSize{1366, 768};

// Points the offscreen platform at a configuration with one screen of kOfficeScreenSize, written
// into folder. Call it before the QApplication is made, and keep folder until then. Under another
// platform (a real display) it does nothing, and the tests use that display's screens.
inline void useOfficeScreen(const QTemporaryDir &folder)
{
    if (qgetenv("QT_QPA_PLATFORM") != "offscreen" || !folder.isValid())
        return;
    const QJsonObject screen{{QStringLiteral("name"), QStringLiteral("Office")},
                             {QStringLiteral("x"), 0},
                             {QStringLiteral("y"), 0},
                             {QStringLiteral("width"), kOfficeScreenSize.width()},
                             {QStringLiteral("height"), kOfficeScreenSize.height()}};
    const QString path = folder.filePath(QStringLiteral("offscreen.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("screens"), QJsonArray{screen}}}).toJson()) < 0)
        qFatal("Could not write the offscreen screen configuration %s", qPrintable(path));
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + path.toLocal8Bit());
}

} // namespace nodues::workstation::test
