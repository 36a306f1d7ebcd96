#pragma once

#include "TranslatableText.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTranslator;

namespace nodues::workstation {

// One text in both languages of the certificate.
struct BilingualText
{
    QString hi;
    QString en;

    // "hi / en", or one of them when the other is empty or the same.
    QString joined() const;
};

// The fixed wording of the certificate, in Hindi and in English at once.
//
// The page prints both languages whatever the language of the user interface, so the wording
// cannot go through tr(), which follows the interface language. Each phrase is an English
// source text marked with QT_TRANSLATE_NOOP("CertificateText", ...), so lupdate lists it in
// translations/nodues_hi.ts like every other user string. The English half prints the source
// text; the Hindi half prints its translation from the Hindi catalogue, looked up directly.
// load() rejects a catalogue that lacks any phrase, so a certificate never mixes English into
// its Hindi half.
class CertificateText final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateText)

public:
    enum class Phrase {
        Title,
        NoConnectionSubtitle,
        DefaultCompanyName,
        Office,
        CertificateNumber,
        IssuedAt,
        ApplicationNumber,
        ApplicantName,
        FatherName,
        HusbandName,
        Address,
        Election,
        Body,
        Ward,
        ConnectionsStatement,
        NoConnectionStatement, // %1: the DC's name and code, "DC Arera Colony (2030201)"
        Purpose,
        ColumnNumber,
        ColumnIvrs,
        ColumnName,
        ColumnAddress,
        ColumnDc,
        ColumnDues,
        NoDuesAsOn, // %1: the IST date
        ApprovingOfficer,
        ScanToVerify,
        Copy,          // %1: the copy number
        PageOfPages,   // %1: this page, %2: the page count
        ContinuedFrom, // %1: the certificate number
    };

    // The path of the Hindi catalogue in the program's resources.
    static QString defaultCatalogue();

    // Loads the Hindi catalogue at path and checks that it translates every phrase. Returns
    // nothing and sets error (translated) when the file cannot be loaded or lacks a phrase.
    static std::optional<CertificateText> load(const QString &cataloguePath, QString *error);

    // The phrase in both languages with %1, %2, ... replaced by the arguments of each language.
    BilingualText phrase(Phrase phrase, const QStringList &hindiArguments = {},
                         const QStringList &englishArguments = {}) const;

    // A text that core code marked for translation (an election title), in both languages. Its
    // Hindi half is empty when the catalogue lacks it.
    BilingualText translate(const TranslatableText &text) const;

private:
    explicit CertificateText(std::shared_ptr<const QTranslator> hindi);

    std::shared_ptr<const QTranslator> m_hindi;
};

} // namespace nodues::workstation
