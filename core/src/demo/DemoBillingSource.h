#pragma once

#include "billing/BillingRecord.h"
#include "demo/DemoNames.h"
#include "demo/DemoOffices.h"
#include "demo/DemoRandom.h"

#include <QDate>

#include <array>

namespace nodues {

// One generated connection: the record as an import should store it, and the text the billing
// export writes for the fields it writes in more than one form.
struct DemoBillingRow
{
    BillingRecord record;
    QString mobileText;   // "+91 98765 43210", "09876543210", ... or empty
    QString arrearsText;  // "1,23,456.50", "123456.5", "-350", "0.00", ...
    QString billDateText; // "2026-11-20", "20-11-2026" or empty
    bool sharesMobile = false; // the mobile of an earlier row, for a second connection or a family member
};

// Draws demo connections one at a time, so a file of millions of rows needs no memory in
// proportion to its size. The same seed, office tree and date give the same rows in the same
// order.
class DemoBillingSource
{
public:
    DemoBillingSource(const DemoOffices &offices, quint64 seed, const QDate &asOf);

    DemoBillingRow next();

private:
    // A consumer whose mobile a later row may reuse.
    struct Household
    {
        DemoConsumer consumer;
        QString mobile;
        qsizetype dcIndex = 0;
    };

    QString nextIvrs();
    QString drawMobile();
    QString writeMobile(const QString &mobile);
    qint64 drawDues(const QString &tariff);
    QString writeRupees(qint64 paise);
    void fillNames(DemoBillingRow &row, const DemoConsumer &consumer, const DemoDc &dc, bool farm);

    const DemoOffices &m_offices;
    DemoRandom m_random;
    QDate m_asOf;
    QList<int> m_dcWeights;
    QList<Household> m_households; // a ring of recent households
    qint64 m_index = 0;
    std::array<quint64, 4> m_ivrsKeys{};
};

} // namespace nodues
