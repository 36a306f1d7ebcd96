#include "http/ResponseLanguage.h"

#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Returns the q-value of one Accept-Language entry's parameters, or -1 when it is not a number
// between 0 and 1, so a malformed entry is never preferred.
double qualityOf(const QList<QByteArray> &parameters)
{
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray parameter = parameters.at(i).trimmed();
        if (!parameter.startsWith("q=") && !parameter.startsWith("Q="))
            continue;
        bool ok = false;
        const double quality = parameter.mid(2).toDouble(&ok);
        return ok && quality >= 0.0 && quality <= 1.0 ? quality : -1.0;
    }
    return 1.0;
}

const QTranslator *hindiTranslator()
{
    // Loaded once; QTranslator::translate() only reads, so threads may share it.
    static const QTranslator *const translator = [] {
        auto *loaded = new QTranslator;
        if (!loaded->load(u":/i18n/nodues_hi.qm"_s)) {
            delete loaded;
            return static_cast<QTranslator *>(nullptr);
        }
        return loaded;
    }();
    return translator;
}

// Replaces %1 to %9 in one pass, so an argument that itself contains "%2" (a client's path, for
// instance) is copied as it is and not substituted again.
QString substituteArguments(const QString &text, const QStringList &arguments)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar current = text.at(i);
        if (current == u'%' && i + 1 < text.size() && text.at(i + 1) >= u'1' && text.at(i + 1) <= u'9') {
            const qsizetype index = text.at(i + 1).unicode() - u'1';
            if (index < arguments.size()) {
                result += arguments.at(index);
                ++i;
                continue;
            }
        }
        result += current;
    }
    return result;
}

} // namespace

ResponseLanguage languageFromAcceptLanguage(const QByteArray &acceptLanguage)
{
    ResponseLanguage best = ResponseLanguage::English;
    double bestQuality = 0.0;
    bool found = false;

    const QList<QByteArray> entries = acceptLanguage.split(',');
    for (const QByteArray &entry : entries) {
        const QList<QByteArray> parameters = entry.split(';');
        const QByteArray tag = parameters.first().trimmed().toLower();
        const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
        if (primary != "hi" && primary != "en")
            continue;
        const double quality = qualityOf(parameters);
        if (quality <= 0.0)
            continue;
        if (!found || quality > bestQuality) {
            found = true;
            bestQuality = quality;
            best = primary == "hi" ? ResponseLanguage::Hindi : ResponseLanguage::English;
        }
    }
    return best;
}

QByteArray languageTag(ResponseLanguage language)
{
    return language == ResponseLanguage::Hindi ? "hi"_ba : "en"_ba;
}

QString LocalizedMessage::toString(ResponseLanguage language) const
{
    if (sourceText == nullptr)
        return {};
    QString text;
    if (language == ResponseLanguage::Hindi) {
        if (const QTranslator *translator = hindiTranslator())
            text = translator->translate(context, sourceText);
    }
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return substituteArguments(text, arguments);
}

} // namespace nodues::server
