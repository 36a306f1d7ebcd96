#include "applications/ApplicationForm.h"

#include "billing/IvrsNumber.h"
#include "import/TextCheck.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr const char *kContext = "ApplicationForm";

// Limits that fit the certificate's layout and any real name or address.
constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxAddressLength = 300;
constexpr qsizetype kMaxBodyLength = 150;
constexpr qsizetype kMaxWardLength = 100;

class FormReader
{
public:
    explicit FormReader(QList<FormProblem> *problems) : m_problems(problems) {}

    void addProblem(const QString &field, const QString &code, const char *sourceText,
                    const QStringList &arguments = {})
    {
        m_problems->append({field, code, {kContext, sourceText, arguments}});
    }

    // The member name of object, trimmed and with inner runs of whitespace collapsed to one
    // space; or a null string with a problem recorded when it is absent, null, empty or not a
    // string.
    QString string(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            addProblem(path, u"missing"_s, QT_TRANSLATE_NOOP("ApplicationForm", "%1 is missing."), {path});
            return {};
        }
        if (!value.isString()) {
            addProblem(path, u"not_text"_s, QT_TRANSLATE_NOOP("ApplicationForm", "%1 must be a text string."),
                       {path});
            return {};
        }
        const QString simplified = value.toString().simplified();
        if (simplified.isEmpty()) {
            addProblem(path, u"missing"_s, QT_TRANSLATE_NOOP("ApplicationForm", "%1 is empty; fill it in."), {path});
            return {};
        }
        return simplified;
    }

    // Checks a name or address: length, and letters only in the allowed scripts.
    QString text(const QJsonObject &object, const QString &name, const QString &path, qsizetype minLength,
                 qsizetype maxLength, bool latinAllowed)
    {
        const QString value = string(object, name, path);
        if (value.isNull())
            return {};
        if (value.size() < minLength) {
            addProblem(path, u"too_short"_s,
                       QT_TRANSLATE_NOOP("ApplicationForm", "%1 must have at least %2 characters."),
                       {path, QString::number(minLength)});
            return {};
        }
        if (value.size() > maxLength) {
            addProblem(path, u"too_long"_s,
                       QT_TRANSLATE_NOOP("ApplicationForm", "%1 has %2 characters; at most %3 are allowed."),
                       {path, QString::number(value.size()), QString::number(maxLength)});
            return {};
        }
        const std::optional<TextCheck::DisallowedCharacter> bad =
            TextCheck::firstDisallowedCharacter(value, latinAllowed, false);
        if (!bad)
            return value;
        if (bad->invisible)
            addProblem(path, u"bad_character"_s,
                       QT_TRANSLATE_NOOP("ApplicationForm", "%1 contains the invisible or control character %2; "
                                                            "remove it."),
                       {path, TextCheck::codePointName(bad->codePoint)});
        else if (latinAllowed)
            addProblem(path, u"bad_character"_s,
                       QT_TRANSLATE_NOOP("ApplicationForm", "%1 contains %2, which is neither Latin nor Devanagari "
                                                            "text."),
                       {path, TextCheck::characterForMessage(*bad)});
        else
            addProblem(path, u"bad_character"_s,
                       QT_TRANSLATE_NOOP("ApplicationForm", "%1 contains %2; write it in Devanagari (Hindi) "
                                                            "script."),
                       {path, TextCheck::characterForMessage(*bad)});
        return {};
    }

    // An optional member: absent or null reads as not given.
    static bool isGiven(const QJsonObject &object, const QString &name)
    {
        const QJsonValue value = object.value(name);
        return !value.isUndefined() && !value.isNull();
    }

private:
    QList<FormProblem> *m_problems;
};

bool hasLetterOfScript(const QString &text, QChar::Script script)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [script](uint c) { return QChar::isLetter(c) && QChar::script(c) == script; });
}

// A DC code as the office import allows it: 1 to 32 letters, digits, '-', '_' or '.'.
bool isOfficeCodeShape(const QString &code)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9._-]{1,32}$"_s);
    return shape.match(code).hasMatch();
}

} // namespace

QString applicationKindCode(ApplicationKind kind)
{
    return kind == ApplicationKind::Connections ? u"connections"_s : u"no_connection"_s;
}

QString relationCode(Relation relation)
{
    return relation == Relation::Father ? u"father"_s : u"husband"_s;
}

bool ApplicationForm::fromJson(const QJsonObject &json, ApplicationForm *form, QList<FormProblem> *problems)
{
    FormReader reader(problems);
    const qsizetype problemsBefore = problems->size();
    *form = ApplicationForm{};

    const QString kind = reader.string(json, u"kind"_s, u"kind"_s);
    if (kind == u"connections"_s)
        form->kind = ApplicationKind::Connections;
    else if (kind == u"no_connection"_s)
        form->kind = ApplicationKind::NoConnection;
    else if (!kind.isNull())
        reader.addProblem(u"kind"_s, u"unknown_value"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "kind \"%1\" is not known; send \"connections\" or "
                                                               "\"no_connection\"."),
                          {kind.left(40)});

    form->applicantName = reader.text(json, u"applicant_name"_s, u"applicant_name"_s, 2, kMaxNameLength, true);
    if (!form->applicantName.isEmpty() && (!hasLetterOfScript(form->applicantName, QChar::Script_Latin) ||
                                           hasLetterOfScript(form->applicantName, QChar::Script_Devanagari)))
        reader.addProblem(u"applicant_name"_s, u"not_latin"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "applicant_name is for the English half of the "
                                                               "certificate; write the name in Latin letters only."));
    form->applicantNameHi =
        reader.text(json, u"applicant_name_hi"_s, u"applicant_name_hi"_s, 2, kMaxNameLength, false);
    if (!form->applicantNameHi.isEmpty() && !hasLetterOfScript(form->applicantNameHi, QChar::Script_Devanagari))
        reader.addProblem(u"applicant_name_hi"_s, u"not_devanagari"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "applicant_name_hi must contain the name in "
                                                               "Devanagari (Hindi) letters."));

    const QString relation = reader.string(json, u"relation"_s, u"relation"_s);
    if (relation == u"father"_s)
        form->relation = Relation::Father;
    else if (relation == u"husband"_s)
        form->relation = Relation::Husband;
    else if (!relation.isNull())
        reader.addProblem(u"relation"_s, u"unknown_value"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "relation \"%1\" is not known; send \"father\" or "
                                                               "\"husband\"."),
                          {relation.left(40)});
    form->relativeName = reader.text(json, u"relative_name"_s, u"relative_name"_s, 2, kMaxNameLength, true);
    form->address = reader.text(json, u"address"_s, u"address"_s, 5, kMaxAddressLength, true);

    const QJsonValue election = json.value(u"election"_s);
    if (!election.isObject()) {
        reader.addProblem(u"election"_s, u"missing"_s,
                          QT_TRANSLATE_NOOP("ApplicationForm", "election must be an object with kind, body and "
                                                               "ward."));
    } else {
        const QJsonObject electionObject = election.toObject();
        const QString electionKind = reader.string(electionObject, u"kind"_s, u"election.kind"_s);
        if (const std::optional<ElectionKind> parsed = electionKindFromCode(electionKind))
            form->electionKind = *parsed;
        else if (!electionKind.isNull())
            reader.addProblem(u"election.kind"_s, u"unknown_value"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "election.kind \"%1\" is not known; send one "
                                                                   "of: %2."),
                              {electionKind.left(40), [] {
                                   QStringList codes;
                                   for (const ElectionKind known : electionKinds())
                                       codes.append(electionKindCode(known));
                                   return codes.join(u", "_s);
                               }()});
        form->electionBody =
            reader.text(electionObject, u"body"_s, u"election.body"_s, 2, kMaxBodyLength, true);
        form->ward = reader.text(electionObject, u"ward"_s, u"election.ward"_s, 1, kMaxWardLength, true);
    }

    const bool hasIvrs = FormReader::isGiven(json, u"primary_ivrs"_s);
    const bool hasDc = FormReader::isGiven(json, u"dc_code"_s);
    if (form->kind == ApplicationKind::Connections && kind == u"connections"_s) {
        form->primaryIvrs = reader.string(json, u"primary_ivrs"_s, u"primary_ivrs"_s);
        QString reason;
        if (!form->primaryIvrs.isEmpty() && !IvrsNumber::isValid(form->primaryIvrs, &reason))
            reader.addProblem(u"primary_ivrs"_s, u"invalid_format"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "primary_ivrs \"%1\" is not a valid IVRS number: "
                                                                   "write the digits 0-9 as printed on the bill."),
                              {form->primaryIvrs.left(40)});
        if (hasDc)
            reader.addProblem(u"dc_code"_s, u"not_allowed"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "dc_code is only for a \"no_connection\" "
                                                                   "application; the primary connection decides the "
                                                                   "DC."));
    } else if (form->kind == ApplicationKind::NoConnection) {
        form->dcCode = reader.string(json, u"dc_code"_s, u"dc_code"_s);
        if (!form->dcCode.isEmpty() && !isOfficeCodeShape(form->dcCode))
            reader.addProblem(u"dc_code"_s, u"invalid_format"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "dc_code \"%1\" cannot be a distribution centre "
                                                                   "code; choose one from the list of distribution "
                                                                   "centres."),
                              {form->dcCode.left(40)});
        if (hasIvrs)
            reader.addProblem(u"primary_ivrs"_s, u"not_allowed"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "a \"no_connection\" application names no "
                                                                   "connection; leave primary_ivrs out."));
    }

    if (FormReader::isGiven(json, u"sms_language"_s)) {
        const QString language = reader.string(json, u"sms_language"_s, u"sms_language"_s);
        if (language == u"hi"_s || language == u"en"_s)
            form->smsLanguage = language;
        else if (!language.isNull())
            reader.addProblem(u"sms_language"_s, u"unknown_value"_s,
                              QT_TRANSLATE_NOOP("ApplicationForm", "sms_language \"%1\" is not supported; send "
                                                                   "\"hi\" or \"en\"."),
                              {language.left(20)});
    }

    return problems->size() == problemsBefore;
}

QString ApplicationForm::canonicalContent(const QStringList &connectionIvrs) const
{
    QStringList sorted = connectionIvrs;
    std::sort(sorted.begin(), sorted.end());
    // A JSON array in a fixed member order; QJsonDocument escapes every string the same way.
    const QJsonArray content{
        applicationKindCode(kind),
        applicantName,
        applicantNameHi,
        relationCode(relation),
        relativeName,
        address,
        electionKindCode(electionKind),
        electionBody,
        ward,
        primaryIvrs,
        dcCode,
        smsLanguage,
        QJsonArray::fromStringList(sorted),
    };
    return QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString ApplicationForm::contentSha256(const QStringList &connectionIvrs) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalContent(connectionIvrs).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nodues
