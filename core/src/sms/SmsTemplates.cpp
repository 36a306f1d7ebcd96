#include "sms/SmsTemplates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace. The core library is static, so its
// resources are linked only when something names their initializer.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace nodues {

namespace {

QString templateKey(const QString &kind, const QString &language)
{
    return kind + u'/' + language;
}

// Calls visit(literal, placeholder) for each piece of text, in order: a literal run, then the
// name inside the following {braces}. Returns false on a brace that does not enclose a name.
template<typename Visitor> bool walkTemplate(const QString &text, Visitor visit)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(u'{', position);
        const qsizetype close = text.indexOf(u'}', position);
        if (open < 0) {
            if (close >= 0)
                return false;
            visit(text.mid(position), QString());
            return true;
        }
        if (close >= 0 && close < open)
            return false;
        const QRegularExpressionMatch match = placeholder.match(text, open, QRegularExpression::NormalMatch,
                                                                QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return false;
        visit(text.mid(position, open - position), match.captured(1));
        position = match.capturedEnd();
    }
    return true;
}

bool isDigits(const QString &value, int minLength, int maxLength)
{
    if (value.size() < minLength || value.size() > maxLength)
        return false;
    for (const QChar character : value) {
        if (character < u'0' || character > u'9')
            return false;
    }
    return true;
}

bool looksLikeUrl(const QString &value)
{
    static const QRegularExpression url(u"(https?://|www\\.|\\b[a-z0-9-]+\\.(in|com|org|net|gov|co|ly|io)\\b)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return url.match(value).hasMatch();
}

} // namespace

SmsTemplates::SmsTemplates()
    : m_senderId(QString::fromUtf16(kDefaultSenderId))
{
}

bool SmsTemplates::load(const QString &overrideFile, QString *error)
{
    if (overrideFile.isEmpty())
        return loadWithOverride({}, error);

    QFile file(overrideFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read the SMS template file %1: %2. Check the path in sms/templates_file.")
                     .arg(overrideFile, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("The SMS template file %1 is not a JSON object: %2 at byte %3.")
                     .arg(overrideFile, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!loadWithOverride(document.object(), error)) {
        *error = tr("The SMS template file %1 is invalid: %2").arg(overrideFile, *error);
        return false;
    }
    return true;
}

bool SmsTemplates::loadWithOverride(const QJsonObject &overrides, QString *error)
{
    initCoreResources();
    QFile resource(QString::fromUtf16(kResourcePath));
    if (!resource.open(QIODevice::ReadOnly)) {
        *error = tr("The built-in SMS templates %1 are missing from this build.").arg(resource.fileName());
        return false;
    }
    const QJsonObject builtIn = QJsonDocument::fromJson(resource.readAll()).object();

    QHash<QString, SmsTemplate> templates;
    if (!applyJson(builtIn, true, templates, error))
        return false;
    if (!applyJson(overrides, false, templates, error))
        return false;

    // Every kind needs a text in every language, and each text must use exactly its kind's
    // variables, so render() can promise the caller's variable list is complete.
    for (const SmsKindInfo &kind : smsKinds()) {
        for (const QString &language : smsLanguages()) {
            const auto found = templates.constFind(templateKey(kind.name, language));
            if (found == templates.constEnd() || found->text.isEmpty() || found->templateId.isEmpty()) {
                *error =
                    tr("The SMS template %1 in language %2 has no text or no template id.").arg(kind.name, language);
                return false;
            }
            QStringList used;
            if (!walkTemplate(found->text, [&used](const QString &, const QString &name) {
                    if (!name.isEmpty())
                        used.append(name);
                })) {
                *error = tr("The SMS template %1 in language %2 has a brace that does not enclose a variable name "
                            "such as {otp}: \"%3\".")
                             .arg(kind.name, language, found->text);
                return false;
            }
            for (const QString &name : std::as_const(used)) {
                if (!kind.variables.contains(name)) {
                    *error = tr("The SMS template %1 in language %2 uses the unknown variable {%3}; it may use %4.")
                                 .arg(kind.name, language, name, kind.variables.join(u", "_s));
                    return false;
                }
            }
            for (const QString &name : kind.variables) {
                if (!used.contains(name)) {
                    *error = tr("The SMS template %1 in language %2 does not use the variable {%3}.")
                                 .arg(kind.name, language, name);
                    return false;
                }
                const auto choices = found->choices.constFind(name);
                if (name == u"decision"_s && (choices == found->choices.constEnd() || choices->isEmpty())) {
                    *error = tr("The SMS template %1 in language %2 lists no words for the variable {%3} under "
                                "\"choices\".")
                                 .arg(kind.name, language, name);
                    return false;
                }
            }
        }
    }

    m_templates = std::move(templates);
    return true;
}

bool SmsTemplates::applyJson(const QJsonObject &root, bool builtIn, QHash<QString, SmsTemplate> &templates,
                             QString *error) const
{
    for (auto kindIt = root.constBegin(); kindIt != root.constEnd(); ++kindIt) {
        if (kindIt.key().startsWith(u'_'))
            continue; // "_comment" and the like
        if (!smsKindFromName(kindIt.key())) {
            QStringList names;
            for (const SmsKindInfo &kind : smsKinds())
                names.append(kind.name);
            *error = tr("Unknown SMS kind \"%1\"; the kinds are %2.").arg(kindIt.key(), names.join(u", "_s));
            return false;
        }
        const QJsonObject languages = kindIt.value().toObject();
        for (auto languageIt = languages.constBegin(); languageIt != languages.constEnd(); ++languageIt) {
            if (!smsLanguages().contains(languageIt.key())) {
                *error = tr("Unknown language \"%1\" under the SMS kind %2; use hi or en.")
                             .arg(languageIt.key(), kindIt.key());
                return false;
            }
            SmsTemplate &entry = templates[templateKey(kindIt.key(), languageIt.key())];
            const QJsonObject fields = languageIt.value().toObject();
            for (auto fieldIt = fields.constBegin(); fieldIt != fields.constEnd(); ++fieldIt) {
                const QString where = templateKey(kindIt.key(), languageIt.key());
                if (fieldIt.key() == u"template_id"_s) {
                    const QString id = fieldIt.value().toString();
                    if (!isDigits(id, 1, 30)) {
                        *error =
                            tr("The template id of %1 is \"%2\"; a DLT template id is digits only.").arg(where, id);
                        return false;
                    }
                    entry.templateId = id;
                    entry.placeholderId = builtIn;
                } else if (fieldIt.key() == u"text"_s) {
                    entry.text = fieldIt.value().toString();
                } else if (fieldIt.key() == u"choices"_s) {
                    const QJsonObject variables = fieldIt.value().toObject();
                    for (auto variableIt = variables.constBegin(); variableIt != variables.constEnd(); ++variableIt) {
                        QHash<QString, QString> words;
                        const QJsonObject wordObject = variableIt.value().toObject();
                        for (auto wordIt = wordObject.constBegin(); wordIt != wordObject.constEnd(); ++wordIt)
                            words.insert(wordIt.key(), wordIt.value().toString());
                        entry.choices.insert(variableIt.key(), words);
                    }
                } else {
                    *error = tr("Unknown field \"%1\" in %2; the fields are template_id, text and choices.")
                                 .arg(fieldIt.key(), where);
                    return false;
                }
            }
        }
    }
    return true;
}

bool SmsTemplates::setSenderId(const QString &senderId, QString *error)
{
    static const QRegularExpression header(u"^[A-Z]{6}$"_s);
    if (!header.match(senderId).hasMatch()) {
        *error = tr("The SMS sender id \"%1\" is invalid: a DLT sender header is 6 capital letters, such as %2. "
                    "Set sms/sender_id.")
                     .arg(senderId, QString::fromUtf16(kDefaultSenderId));
        return false;
    }
    m_senderId = senderId;
    return true;
}

bool SmsTemplates::setLinkDomains(const QStringList &domains, QString *error)
{
    static const QRegularExpression domainName(u"^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"_s);
    QStringList checked;
    for (const QString &domain : domains) {
        const QString normalized = domain.trimmed().toLower();
        if (normalized.isEmpty())
            continue;
        if (!domainName.match(normalized).hasMatch()) {
            *error = tr("The link domain \"%1\" in sms/link_domains is not a domain name such as nodues.example.in.")
                         .arg(domain);
            return false;
        }
        checked.append(normalized);
    }
    m_linkDomains = checked;
    return true;
}

const SmsTemplate *SmsTemplates::find(SmsKind kind, const QString &language) const
{
    const auto found = m_templates.constFind(templateKey(smsKindName(kind), language));
    return found == m_templates.constEnd() ? nullptr : &*found;
}

QStringList SmsTemplates::placeholderTemplates() const
{
    QStringList names;
    for (auto it = m_templates.constBegin(); it != m_templates.constEnd(); ++it) {
        if (it->placeholderId)
            names.append(it.key());
    }
    names.sort();
    return names;
}

bool SmsTemplates::render(SmsKind kind, const QString &language, const SmsVariables &variables, SmsRendered *rendered,
                          QString *error) const
{
    const SmsKindInfo &info = smsKindInfo(kind);
    const QString chosenLanguage = language.isEmpty() ? defaultSmsLanguage() : language;
    const SmsTemplate *entry = find(kind, chosenLanguage);
    if (!entry) {
        *error =
            m_templates.isEmpty()
                ? tr("The SMS templates are not loaded.")
                : tr("There is no SMS template %1 in language \"%2\"; use hi or en.").arg(info.name, chosenLanguage);
        return false;
    }

    // The caller must supply exactly the kind's variables.
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it) {
        if (!info.variables.contains(it.key())) {
            *error = tr("The SMS %1 has no variable {%2}; its variables are %3.")
                         .arg(info.name, it.key(), info.variables.join(u", "_s));
            return false;
        }
    }
    for (const QString &name : info.variables) {
        if (!variables.contains(name)) {
            *error = tr("The SMS %1 needs a value for the variable {%2}.").arg(info.name, name);
            return false;
        }
        if (!checkValue(name, variables.value(name), error)) {
            *error = tr("The SMS %1 cannot be sent: %2").arg(info.name, *error);
            return false;
        }
    }

    QString body;
    QString choiceError;
    walkTemplate(entry->text, [&](const QString &literal, const QString &name) {
        body += literal;
        if (name.isEmpty())
            return;
        const QString value = variables.value(name);
        const auto choices = entry->choices.constFind(name);
        if (choices == entry->choices.constEnd()) {
            body += value;
            return;
        }
        const auto word = choices->constFind(value);
        if (word == choices->constEnd()) {
            QStringList allowed = choices->keys();
            allowed.sort();
            choiceError = tr("The SMS %1 got \"%2\" for the variable {%3}; it must be one of %4.")
                              .arg(info.name, value, name, allowed.join(u", "_s));
            return;
        }
        body += *word;
    });
    if (!choiceError.isEmpty()) {
        *error = choiceError;
        return false;
    }

    rendered->kind = kind;
    rendered->language = chosenLanguage;
    rendered->templateId = entry->templateId;
    rendered->senderId = m_senderId;
    rendered->body = body;
    rendered->sensitive = info.sensitive;
    rendered->segmentation = segmentSms(body);
    return true;
}

bool SmsTemplates::checkValue(const QString &name, const QString &value, QString *error) const
{
    // Values never echo into error messages for OTPs, which are secrets.
    for (const QChar character : value) {
        if (character.category() == QChar::Other_Control || character == u'{' || character == u'}') {
            *error = tr("the value of {%1} contains a line break, a control character or a brace.").arg(name);
            return false;
        }
    }
    if (value.trimmed().isEmpty()) {
        *error = tr("the value of {%1} is empty.").arg(name);
        return false;
    }

    if (name == u"otp"_s) {
        if (!isDigits(value, 6, 6)) {
            *error = tr("the OTP must be 6 digits.");
            return false;
        }
    } else if (name == u"minutes"_s || name == u"count"_s) {
        if (!isDigits(value, 1, 4) || value.toInt() == 0) {
            *error = tr("the value \"%1\" of {%2} is not a whole number from 1 to 9999.").arg(value, name);
            return false;
        }
    } else if (name == u"ivrs"_s) {
        if (!isDigits(value, 1, 20)) {
            *error = tr("the IVRS number \"%1\" must be digits only.").arg(value);
            return false;
        }
    } else if (name == u"requester"_s) {
        // Always a masked mobile: the SMS goes to someone else, who must not learn the number.
        static const QRegularExpression masked(u"^[0-9]{2}X{5}[0-9]{3}$"_s);
        if (!masked.match(value).hasMatch()) {
            *error = tr("the value \"%1\" of {requester} is not a masked mobile such as 98XXXXX210.").arg(value);
            return false;
        }
    } else if (name == u"application_number"_s || name == u"certificate_number"_s) {
        static const QRegularExpression number(u"^[A-Za-z0-9/-]{1,40}$"_s);
        if (!number.match(value).hasMatch()) {
            *error =
                tr("the value \"%1\" of {%2} must be up to 40 letters, digits, slashes and hyphens.").arg(value, name);
            return false;
        }
    } else if (name == u"reason"_s) {
        if (value.size() > kMaxReasonLength) {
            *error = tr("the reason is %1 characters long; shorten it to at most %2 so the SMS stays short.")
                         .arg(value.size())
                         .arg(kMaxReasonLength);
            return false;
        }
        // A link in free text would bypass the domain whitelist.
        if (looksLikeUrl(value)) {
            *error =
                tr("the reason \"%1\" contains a web address; SMS links must come from the link variable.").arg(value);
            return false;
        }
    } else if (name == u"link"_s) {
        return checkLink(value, error);
    }
    return true;
}

bool SmsTemplates::checkLink(const QString &value, QString *error) const
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty() || !url.userInfo().isEmpty() ||
        (url.port() != -1 && url.port() != 443)) {
        *error = tr("the link \"%1\" is not a plain https:// address.").arg(value);
        return false;
    }
    if (m_linkDomains.isEmpty()) {
        *error =
            tr("no link domains are configured, so the link \"%1\" cannot be sent. Set sms/link_domains.").arg(value);
        return false;
    }
    const QString host = url.host().toLower();
    for (const QString &domain : m_linkDomains) {
        if (host == domain || host.endsWith(u'.' + domain))
            return true;
    }
    *error = tr("the link \"%1\" is not on a whitelisted domain (%2). Add its domain to sms/link_domains if it is "
                "registered with DLT.")
                 .arg(value, m_linkDomains.join(u", "_s));
    return false;
}

} // namespace nodues
