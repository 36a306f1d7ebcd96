#include "print/PrintTarget.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QString PrintTarget::journalName() const
{
    switch (kind) {
    case Kind::Printer:
        return printerName;
    case Kind::PdfFile:
        return u"pdf:"_s + QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    case Kind::PdfFolder:
        return u"pdf:"_s + QDir::toNativeSeparators(QDir(path).absolutePath());
    }
    return {};
}

QString PrintTarget::displayName() const
{
    switch (kind) {
    case Kind::Printer:
        return printerName;
    case Kind::PdfFile:
        return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    case Kind::PdfFolder:
        return QDir::toNativeSeparators(QDir(path).absolutePath());
    }
    return {};
}

QString PrintTarget::fileFor(const QString &number, int copyNumber) const
{
    QString name = number;
    for (QChar &character : name) {
        const bool plain = (character >= u'a' && character <= u'z') || (character >= u'A' && character <= u'Z') ||
                           (character >= u'0' && character <= u'9') || character == u'-' || character == u'_';
        if (!plain)
            character = u'-';
    }
    name += u"-print"_s;
    if (copyNumber > 0)
        name += u"-copy-%1"_s.arg(copyNumber);
    return QDir(path).filePath(name + u".pdf"_s);
}

} // namespace nodues::workstation
