#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nodues {

// A user message that core code produces but does not translate itself: the source text marked
// with QT_TRANSLATE_NOOP(context, sourceText) and the arguments for %1, %2, ... The server
// translates it per response (each client may want another language); other callers use
// translated(), which goes through the process's installed translators.
struct TranslatableText
{
    const char *context = nullptr;
    const char *sourceText = nullptr;
    QStringList arguments;

    QString translated() const
    {
        QString text = QCoreApplication::translate(context, sourceText);
        for (const QString &argument : arguments)
            text = text.arg(argument);
        return text;
    }
};

} // namespace nodues
