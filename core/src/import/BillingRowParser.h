#pragma once

#include "billing/BillingRecord.h"
#include "import/CsvColumnMap.h"
#include "import/CsvReader.h"
#include "import/ImportIssue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace nodues {

// Checks one data row of a billing snapshot against the export's rules and turns it into a
// BillingRecord:
//   ivrs               required; digits only, leading zeros kept
//   name               required; letters in Latin or Devanagari script
//   name_hi            optional; letters in Devanagari script
//   relative_name      optional; letters in Latin or Devanagari script
//   address            required
//   mobile             optional; "+91", "91" and "0" prefixes, spaces and hyphens accepted
//   dc_code            required; an imported office of type dc
//   tariff             required; a code such as LV1.2, LV5.1 or HV3
//   connection_status  LIVE, TDC or PDC
//   metering           METERED or UNMETERED
//   meter_status       WORKING, DEFECTIVE, STOPPED, BURNT or NOT_INSTALLED; required when
//                      METERED; for UNMETERED only empty (stored as NULL) or NOT_INSTALLED
//   ekyc               DONE or PENDING
//   arrears            required; rupees with an optional minus sign and at most 2 decimals
//   bill_date          optional; YYYY-MM-DD or DD-MM-YYYY
// Codes match ignoring case. Every value is trimmed before it is checked.
class BillingRowParser final
{
    Q_DECLARE_TR_FUNCTIONS(BillingRowParser)

public:
    // The columns of a billing export, in the order of columnSpecs().
    enum Column {
        IvrsColumn,
        NameColumn,
        NameHiColumn,
        RelativeNameColumn,
        AddressColumn,
        MobileColumn,
        DcCodeColumn,
        TariffColumn,
        ConnectionStatusColumn,
        MeteringColumn,
        MeterStatusColumn,
        EkycColumn,
        ArrearsColumn,
        BillDateColumn,
        ColumnCount
    };

    static QList<CsvColumnSpec> columnSpecs();

    // officeTypes maps the code of every imported office to its type ("dc", "division", ...).
    BillingRowParser(const CsvColumnMap &columns, const QHash<QString, QString> &officeTypes);

    // Returns the record, or nothing after appending one issue per invalid value to issues.
    std::optional<BillingRecord> parse(const CsvRecord &row, QList<ImportIssue> *issues) const;

private:
    void addIssue(QList<ImportIssue> *issues, const CsvRecord &row, Column column, const QString &reason) const;
    void checkDcCode(const CsvRecord &row, const QString &code, QList<ImportIssue> *issues) const;
    void checkMeterStatus(const CsvRecord &row, std::optional<Metering> metering, BillingRecord *record,
                          QList<ImportIssue> *issues) const;

    const CsvColumnMap &m_columns;
    const QHash<QString, QString> &m_officeTypes;
};

} // namespace nodues
