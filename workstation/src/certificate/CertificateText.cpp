#include "certificate/CertificateText.h"

#include <QTranslator>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

constexpr const char *kContext = "CertificateText";

struct PhraseSource
{
    CertificateText::Phrase phrase;
    const char *source;
};

// The English wording, in the order of CertificateText::Phrase.
constexpr std::array kPhrases{
    PhraseSource{CertificateText::Phrase::Title, QT_TRANSLATE_NOOP("CertificateText", "No Dues Certificate")},
    PhraseSource{CertificateText::Phrase::NoConnectionSubtitle,
                 QT_TRANSLATE_NOOP("CertificateText", "No connection found")},
    PhraseSource{CertificateText::Phrase::DefaultCompanyName,
                 QT_TRANSLATE_NOOP("CertificateText", "Madhya Pradesh Madhya Kshetra Vidyut Vitaran Company Limited")},
    PhraseSource{CertificateText::Phrase::Office, QT_TRANSLATE_NOOP("CertificateText", "Office")},
    PhraseSource{CertificateText::Phrase::CertificateNumber, QT_TRANSLATE_NOOP("CertificateText", "Certificate No.")},
    PhraseSource{CertificateText::Phrase::IssuedAt, QT_TRANSLATE_NOOP("CertificateText", "Issued on")},
    PhraseSource{CertificateText::Phrase::ApplicationNumber, QT_TRANSLATE_NOOP("CertificateText", "Application No.")},
    PhraseSource{CertificateText::Phrase::ApplicantName, QT_TRANSLATE_NOOP("CertificateText", "Applicant's name")},
    PhraseSource{CertificateText::Phrase::FatherName, QT_TRANSLATE_NOOP("CertificateText", "Father's name")},
    PhraseSource{CertificateText::Phrase::HusbandName, QT_TRANSLATE_NOOP("CertificateText", "Husband's name")},
    PhraseSource{CertificateText::Phrase::Address, QT_TRANSLATE_NOOP("CertificateText", "Address")},
    PhraseSource{CertificateText::Phrase::Election, QT_TRANSLATE_NOOP("CertificateText", "Election")},
    PhraseSource{CertificateText::Phrase::Body, QT_TRANSLATE_NOOP("CertificateText", "Body")},
    PhraseSource{CertificateText::Phrase::Ward, QT_TRANSLATE_NOOP("CertificateText", "Ward or constituency")},
    PhraseSource{CertificateText::Phrase::ConnectionsStatement,
                 QT_TRANSLATE_NOOP("CertificateText",
                                   "This is to certify that, as per the records of the company, no dues are "
                                   "outstanding against the electricity connections of the above applicant listed "
                                   "below.")},
    PhraseSource{CertificateText::Phrase::NoConnectionStatement,
                 QT_TRANSLATE_NOOP("CertificateText",
                                   "This is to certify that no electricity connection is found in the name of the "
                                   "above applicant in the records of %1.")},
    PhraseSource{CertificateText::Phrase::Purpose,
                 QT_TRANSLATE_NOOP("CertificateText",
                                   "This certificate is issued for the applicant's nomination in the above election.")},
    PhraseSource{CertificateText::Phrase::ColumnNumber, QT_TRANSLATE_NOOP("CertificateText", "No.")},
    PhraseSource{CertificateText::Phrase::ColumnIvrs, QT_TRANSLATE_NOOP("CertificateText", "IVRS number")},
    PhraseSource{CertificateText::Phrase::ColumnName, QT_TRANSLATE_NOOP("CertificateText", "Name as billed")},
    PhraseSource{CertificateText::Phrase::ColumnAddress, QT_TRANSLATE_NOOP("CertificateText", "Address as billed")},
    PhraseSource{CertificateText::Phrase::ColumnDc, QT_TRANSLATE_NOOP("CertificateText", "Distribution Centre")},
    PhraseSource{CertificateText::Phrase::ColumnDues, QT_TRANSLATE_NOOP("CertificateText", "Dues")},
    PhraseSource{CertificateText::Phrase::NoDuesAsOn, QT_TRANSLATE_NOOP("CertificateText", "No dues as on %1")},
    PhraseSource{CertificateText::Phrase::ApprovingOfficer, QT_TRANSLATE_NOOP("CertificateText", "Approving officer")},
    PhraseSource{CertificateText::Phrase::ScanToVerify, QT_TRANSLATE_NOOP("CertificateText", "Scan to verify")},
    PhraseSource{CertificateText::Phrase::Copy, QT_TRANSLATE_NOOP("CertificateText", "COPY %1")},
    PhraseSource{CertificateText::Phrase::PageOfPages, QT_TRANSLATE_NOOP("CertificateText", "Page %1 of %2")},
    PhraseSource{CertificateText::Phrase::ContinuedFrom,
                 QT_TRANSLATE_NOOP("CertificateText", "Certificate %1, continued")},
};

static_assert(
    [] {
        for (std::size_t i = 0; i < kPhrases.size(); ++i) {
            if (std::size_t(kPhrases[i].phrase) != i)
                return false;
        }
        return std::size_t(CertificateText::Phrase::ContinuedFrom) + 1 == kPhrases.size();
    }(),
    "kPhrases must list every CertificateText::Phrase once, in the order of the enum");

const char *sourceOf(CertificateText::Phrase phrase)
{
    return kPhrases.at(std::size_t(phrase)).source;
}

// Replaces %1 to %9 in one pass, so an argument that contains "%2" (an address, say) stays as it is.
QString substitute(const QString &text, const QStringList &arguments)
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

QString BilingualText::joined() const
{
    if (hi.isEmpty() || hi == en)
        return en;
    if (en.isEmpty())
        return hi;
    return hi + u" / "_s + en;
}

CertificateText::CertificateText(std::shared_ptr<const QTranslator> hindi)
    : m_hindi(std::move(hindi))
{
}

QString CertificateText::defaultCatalogue()
{
    return u":/i18n/nodues_hi.qm"_s;
}

std::optional<CertificateText> CertificateText::load(const QString &cataloguePath, QString *error)
{
    auto hindi = std::make_shared<QTranslator>();
    if (!hindi->load(cataloguePath)) {
        if (error)
            *error = tr("The Hindi catalogue %1 could not be loaded, so certificates cannot be printed. Reinstall "
                        "the workstation.")
                         .arg(cataloguePath);
        return std::nullopt;
    }

    QStringList missing;
    for (const PhraseSource &entry : kPhrases) {
        if (hindi->translate(kContext, entry.source).isEmpty())
            missing.append(QString::fromUtf8(entry.source));
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("The Hindi catalogue %1 has no translation of the certificate text \"%2\", so certificates "
                        "cannot be printed. Install a complete catalogue.")
                         .arg(cataloguePath, missing.join(u"\", \""_s));
        return std::nullopt;
    }
    return CertificateText(std::move(hindi));
}

BilingualText CertificateText::phrase(Phrase phrase, const QStringList &hindiArguments,
                                      const QStringList &englishArguments) const
{
    const char *source = sourceOf(phrase);
    return {substitute(m_hindi->translate(kContext, source), hindiArguments),
            substitute(QString::fromUtf8(source), englishArguments)};
}

BilingualText CertificateText::translate(const TranslatableText &text) const
{
    if (text.isEmpty())
        return {};
    const QString hindi = m_hindi->translate(text.context, text.sourceText);
    return {hindi.isEmpty() ? QString() : substitute(hindi, text.arguments),
            substitute(QString::fromUtf8(text.sourceText), text.arguments)};
}

} // namespace nodues::workstation
