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

    bool isEmpty() const { return sourceText == nullptr; }

    // The text in the process's language with the arguments filled in; empty when isEmpty().
    // Placeholders %1 to %9 are replaced in one pass, so an argument containing "%2" stays as it is.
    QString translated() const
    {
        if (isEmpty())
            return {};
        const QString text = QCoreApplication::translate(context, sourceText);
        QString result;
        result.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
                const qsizetype index = text.at(i + 1).unicode() - u'1';
                if (index < arguments.size()) {
                    result += arguments.at(index);
                    ++i;
                    continue;
                }
            }
            result += c;
        }
        return result;
    }
};

} // namespace nodues
