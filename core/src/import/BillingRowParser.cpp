#include "import/BillingRowParser.h"

#include "billing/IvrsNumber.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "import/TextCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr qsizetype kMaxTariffLength = 20;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Parses "YYYY-MM-DD" or "DD-MM-YYYY"; sets *wellFormed to whether text has either shape.
QDate parseBillDate(const QString &text, bool *wellFormed)
{
    const auto digitsAt = [&text](qsizetype from, qsizetype count) {
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isAsciiDigit(text.at(i)))
                return false;
        }
        return true;
    };
    *wellFormed = false;
    if (text.size() != 10)
        return {};
    if (text.at(4) == u'-' && text.at(7) == u'-' && digitsAt(0, 4) && digitsAt(5, 2) && digitsAt(8, 2)) {
        *wellFormed = true;
        return QDate(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    }
    if (text.at(2) == u'-' && text.at(5) == u'-' && digitsAt(0, 2) && digitsAt(3, 2) && digitsAt(6, 4)) {
        *wellFormed = true;
        return QDate(text.mid(6, 4).toInt(), text.mid(3, 2).toInt(), text.mid(0, 2).toInt());
    }
    return {};
}

bool isTariffCode(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxTariffLength || !isAsciiLetter(text.front()))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == u'.' || c == u'-' || c == u'/';
    });
}

} // namespace

QList<CsvColumnSpec> BillingRowParser::columnSpecs()
{
    return {
        {u"ivrs"_s, true},
        {u"name"_s, true},
        {u"name_hi"_s, false},
        {u"relative_name"_s, false},
        {u"address"_s, true},
        {u"mobile"_s, false},
        {u"dc_code"_s, true},
        {u"tariff"_s, true},
        {u"connection_status"_s, true},
        {u"metering"_s, true},
        {u"meter_status"_s, true},
        {u"ekyc"_s, true},
        {u"arrears"_s, true},
        {u"bill_date"_s, false},
    };
}

BillingRowParser::BillingRowParser(const CsvColumnMap &columns, const QHash<QString, QString> &officeTypes)
    : m_columns(columns)
    , m_officeTypes(officeTypes)
{
}

void BillingRowParser::addIssue(QList<ImportIssue> *issues, const CsvRecord &row, Column column,
                                const QString &reason) const
{
    issues->append(ImportIssue{row.line, m_columns.headerName(column), m_columns.value(row.fields, column), reason});
}

std::optional<BillingRecord> BillingRowParser::parse(const CsvRecord &row, QList<ImportIssue> *issues) const
{
    // With a field too many or too few, every later value would be read from the wrong column.
    if (row.fields.size() != m_columns.fieldCount()) {
        issues->append(ImportIssue{row.line, {}, {},
                                   tr("the row has %1 fields but the header has %2. Check for a missing or extra "
                                      "comma, or a field with a comma that is not enclosed in quotes.")
                                       .arg(row.fields.size())
                                       .arg(m_columns.fieldCount())});
        return std::nullopt;
    }

    const qsizetype issuesBefore = issues->size();
    const auto value = [this, &row](Column column) { return m_columns.value(row.fields, column); };
    BillingRecord record;
    QString reason;

    record.ivrs = value(IvrsColumn);
    if (!IvrsNumber::isValid(record.ivrs, &reason))
        addIssue(issues, row, IvrsColumn, reason);

    // Names and addresses: required where the export always has them, and in the scripts the
    // billing system writes.
    const struct
    {
        Column column;
        QString *target;
        bool required;
        bool latinAllowed;
        bool lineBreaksAllowed;
    } texts[] = {
        {NameColumn, &record.name, true, true, false},
        {NameHiColumn, &record.nameHi, false, false, false},
        {RelativeNameColumn, &record.relativeName, false, true, false},
        {AddressColumn, &record.address, true, true, true},
    };
    for (const auto &text : texts) {
        *text.target = value(text.column);
        if (text.target->isEmpty()) {
            if (text.required)
                addIssue(issues, row, text.column, tr("the value is required but the field is empty."));
            continue;
        }
        const std::optional<TextCheck::DisallowedCharacter> bad =
            TextCheck::firstDisallowedCharacter(*text.target, text.latinAllowed, text.lineBreaksAllowed);
        if (!bad)
            continue;
        const QString character = QString::fromUcs4(&bad->codePoint, 1);
        if (bad->invisible)
            addIssue(issues, row, text.column,
                     tr("the text contains the control character %1. Remove it.")
                         .arg(TextCheck::codePointName(bad->codePoint)));
        else if (text.latinAllowed)
            addIssue(issues, row, text.column,
                     tr("the text contains \"%1\" (%2), which is neither Latin nor Devanagari script.")
                         .arg(character, TextCheck::codePointName(bad->codePoint)));
        else
            addIssue(issues, row, text.column,
                     tr("the text contains \"%1\" (%2), which is not Devanagari script. Write the Hindi name in "
                        "Devanagari, or leave the field empty.")
                         .arg(character, TextCheck::codePointName(bad->codePoint)));
    }

    const QString mobile = value(MobileColumn);
    if (!mobile.isEmpty()) {
        if (const std::optional<QString> normalized = MobileNumber::normalize(mobile, &reason))
            record.mobile = *normalized;
        else
            addIssue(issues, row, MobileColumn, reason);
    }

    record.dcCode = value(DcCodeColumn);
    checkDcCode(row, record.dcCode, issues);

    record.tariff = value(TariffColumn).toUpper();
    if (record.tariff.isEmpty())
        addIssue(issues, row, TariffColumn, tr("the tariff is required but the field is empty. Write its code, such as LV1.2."));
    else if (!isTariffCode(record.tariff))
        addIssue(issues, row, TariffColumn,
                 tr("\"%1\" is not a tariff code. Write a code such as LV1.2, LV5.1 or HV3: a letter first, then "
                    "letters, digits, dots, hyphens or slashes, at most %2 characters.")
                     .arg(value(TariffColumn))
                     .arg(kMaxTariffLength));

    const QString statusText = value(ConnectionStatusColumn);
    if (const std::optional<ConnectionStatus> status = connectionStatusFromCode(statusText))
        record.connectionStatus = *status;
    else
        addIssue(issues, row, ConnectionStatusColumn,
                 tr("\"%1\" is not a connection status. Write LIVE, TDC or PDC.").arg(statusText));

    const QString meteringText = value(MeteringColumn);
    const std::optional<Metering> metering = meteringFromCode(meteringText);
    if (metering)
        record.metering = *metering;
    else
        addIssue(issues, row, MeteringColumn,
                 tr("\"%1\" is not a metering type. Write METERED or UNMETERED.").arg(meteringText));
    checkMeterStatus(row, metering, &record, issues);

    const QString ekycText = value(EkycColumn);
    if (const std::optional<EkycStatus> ekyc = ekycStatusFromCode(ekycText))
        record.ekyc = *ekyc;
    else
        addIssue(issues, row, EkycColumn, tr("\"%1\" is not an e-KYC status. Write DONE or PENDING.").arg(ekycText));

    if (const std::optional<qint64> paise = Money::parseRupees(value(ArrearsColumn), &reason))
        record.arrearsPaise = *paise;
    else
        addIssue(issues, row, ArrearsColumn, reason);

    const QString billDate = value(BillDateColumn);
    if (!billDate.isEmpty()) {
        bool wellFormed = false;
        record.billDate = parseBillDate(billDate, &wellFormed);
        if (!wellFormed)
            addIssue(issues, row, BillDateColumn,
                     tr("\"%1\" is not a date in the form YYYY-MM-DD or DD-MM-YYYY.").arg(billDate));
        else if (!record.billDate.isValid())
            addIssue(issues, row, BillDateColumn, tr("\"%1\" is not a real calendar date.").arg(billDate));
    }

    if (issues->size() > issuesBefore)
        return std::nullopt;
    return record;
}

void BillingRowParser::checkDcCode(const CsvRecord &row, const QString &code, QList<ImportIssue> *issues) const
{
    if (code.isEmpty()) {
        addIssue(issues, row, DcCodeColumn, tr("the Distribution Centre code is required but the field is empty."));
        return;
    }
    const auto office = m_officeTypes.constFind(code);
    if (office == m_officeTypes.constEnd()) {
        addIssue(issues, row, DcCodeColumn,
                 tr("no office with the code \"%1\" has been imported. Import the offices file first, or correct "
                    "the code.")
                     .arg(code));
        return;
    }
    if (*office != u"dc"_s)
        addIssue(issues, row, DcCodeColumn,
                 tr("office \"%1\" is a %2, not a Distribution Centre (dc). Write the code of the DC that bills "
                    "this connection.")
                     .arg(code, *office));
}

void BillingRowParser::checkMeterStatus(const CsvRecord &row, std::optional<Metering> metering,
                                        BillingRecord *record, QList<ImportIssue> *issues) const
{
    const QString text = m_columns.value(row.fields, MeterStatusColumn);
    if (text.isEmpty()) {
        if (metering == Metering::Metered)
            addIssue(issues, row, MeterStatusColumn,
                     tr("the meter status is required for a METERED connection. Write WORKING, DEFECTIVE, "
                        "STOPPED, BURNT or NOT_INSTALLED."));
        return;
    }

    const std::optional<MeterStatus> status = meterStatusFromCode(text);
    if (!status) {
        addIssue(issues, row, MeterStatusColumn,
                 tr("\"%1\" is not a meter status. Write WORKING, DEFECTIVE, STOPPED, BURNT or NOT_INSTALLED.")
                     .arg(text));
        return;
    }
    if (metering == Metering::Unmetered && *status != MeterStatus::NotInstalled) {
        addIssue(issues, row, MeterStatusColumn,
                 tr("an UNMETERED connection has no meter, so its meter status cannot be %1. Leave the field "
                    "empty or write NOT_INSTALLED.")
                     .arg(toCode(*status)));
        return;
    }
    record->meterStatus = status;
}

} // namespace nodues
