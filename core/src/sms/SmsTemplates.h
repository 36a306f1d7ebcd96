#pragma once

#include "sms/SmsEncoding.h"
#include "sms/SmsKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace nodues {

// Values for a template's {name} placeholders, by name.
using SmsVariables = QMap<QString, QString>;

// One DLT-registered text of one kind in one language.
struct SmsTemplate
{
    QString templateId;
    QString text;
    // For a variable whose value is one of a few words ("approve", "reject"): the word each value
    // becomes in this language.
    QHash<QString, QHash<QString, QString>> choices;
    // True while the template id is still the placeholder of the built-in file.
    bool placeholderId = true;
};

// A message ready for the outbox.
struct SmsRendered
{
    SmsKind kind = SmsKind::SignInOtp;
    QString language;
    QString templateId;
    QString senderId;
    QString body;
    bool sensitive = false;
    SmsSegmentation segmentation;
};

// The SMS templates of every kind and language, with the sender header and the domains a link
// may point to.
//
// The texts and placeholder template ids ship in the resource :/nodues/sms-templates.json. An
// administrator overrides them with a JSON file of the same shape (sms/templates_file) that may
// name any subset of kinds, languages and fields. The registered DLT ids belong in that file. A text must
// use every variable of its kind and no other, so a caller can rely on the kind's variable list.
class SmsTemplates final
{
    Q_DECLARE_TR_FUNCTIONS(SmsTemplates)

public:
    static constexpr auto kResourcePath = u":/nodues/sms-templates.json";
    static constexpr auto kDefaultSenderId = u"MPMKVV";
    // Characters of a rejection reason; longer reasons would take the SMS past three UCS-2 parts.
    static constexpr int kMaxReasonLength = 100;

    SmsTemplates();

    // Loads the built-in templates and then, unless overrideFile is empty, the administrator's
    // file over them. On error the templates are left as they were.
    bool load(const QString &overrideFile, QString *error);
    // Loads the built-in templates and then the override given as a JSON object.
    bool loadWithOverride(const QJsonObject &overrides, QString *error);

    // The 6-letter DLT header, upper-case letters only.
    bool setSenderId(const QString &senderId, QString *error);
    QString senderId() const { return m_senderId; }

    // Domains a {link} may point to; a link on a subdomain of one of them is accepted too.
    bool setLinkDomains(const QStringList &domains, QString *error);
    QStringList linkDomains() const { return m_linkDomains; }

    const SmsTemplate *find(SmsKind kind, const QString &language) const;

    // Templates whose id is still the built-in placeholder, as "kind/language".
    QStringList placeholderTemplates() const;

    // Fills the template of kind in language (empty means Hindi) with variables. Rejects a
    // missing or unknown variable, a value that breaks its variable's rule, and a link outside
    // the whitelisted domains.
    bool render(SmsKind kind, const QString &language, const SmsVariables &variables, SmsRendered *rendered,
                QString *error) const;

private:
    bool applyJson(const QJsonObject &root, bool builtIn, QHash<QString, SmsTemplate> &templates, QString *error) const;
    bool checkValue(const QString &name, const QString &value, QString *error) const;
    bool checkLink(const QString &value, QString *error) const;

    // Keyed by "kind/language".
    QHash<QString, SmsTemplate> m_templates;
    QString m_senderId;
    QStringList m_linkDomains;
};

} // namespace nodues
