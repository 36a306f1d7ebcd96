#include "demo/DemoDataGenerator.h"

#include "billing/Eligibility.h"
#include "demo/DemoBillingSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
};

// Rows are collected into blocks of about this many bytes before each write.
constexpr qsizetype writeBlockBytes = 1 << 20;

bool writeBlock(QIODevice &device, QByteArray &block, QString *error)
{
    if (device.write(block) != block.size()) {
        *error = Tr::tr("Could not write the demo data: %1").arg(device.errorString());
        return false;
    }
    block.clear();
    return true;
}

QString csvLine(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += DemoDataGenerator::csvField(fields.at(i));
    }
    line += u'\n';
    return line;
}

void countRow(DemoDataSummary &summary, const DemoBillingRow &row)
{
    const BillingRecord &record = row.record;
    ++summary.connections;
    if (evaluateEligibility(record).eligible)
        ++summary.eligible;
    if (record.arrearsPaise > 0)
        ++summary.withDues;
    if (record.arrearsPaise < 0)
        ++summary.withCredit;
    if (record.metering == Metering::Unmetered)
        ++summary.unmetered;
    if (record.metering == Metering::Metered && record.meterStatus == MeterStatus::NotInstalled)
        ++summary.meterNotInstalled;
    if (record.meterStatus == MeterStatus::Defective || record.meterStatus == MeterStatus::Stopped
        || record.meterStatus == MeterStatus::Burnt)
        ++summary.meterFaults;
    if (record.connectionStatus == ConnectionStatus::TemporarilyDisconnected)
        ++summary.temporarilyDisconnected;
    if (record.connectionStatus == ConnectionStatus::PermanentlyDisconnected)
        ++summary.permanentlyDisconnected;
    if (record.ekyc == EkycStatus::Pending)
        ++summary.ekycPending;
    if (record.mobile.isEmpty())
        ++summary.withoutMobile;
    if (row.sharesMobile)
        ++summary.sharingMobile;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(const DemoDataOptions &options) : m_options(options)
{
}

QString DemoDataGenerator::csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool DemoDataGenerator::writeOffices(QIODevice &device, QString *error)
{
    m_summary.offices = m_summary.regions = m_summary.circles = m_summary.divisions = m_summary.dcs = 0;

    QByteArray block = csvLine({u"code"_s, u"type"_s, u"name"_s, u"name_hi"_s, u"parent_code"_s}).toUtf8();
    for (const DemoOffice &office : m_offices.offices()) {
        block += csvLine({office.code, office.type, office.name, office.nameHi, office.parentCode}).toUtf8();
        ++m_summary.offices;
        if (office.type == u"region"_s)
            ++m_summary.regions;
        else if (office.type == u"circle"_s)
            ++m_summary.circles;
        else if (office.type == u"division"_s)
            ++m_summary.divisions;
        else if (office.type == u"dc"_s)
            ++m_summary.dcs;
    }
    return writeBlock(device, block, error);
}

bool DemoDataGenerator::writeBilling(QIODevice &device, QString *error)
{
    const DemoDataSummary offices = m_summary;
    m_summary = DemoDataSummary();
    m_summary.offices = offices.offices;
    m_summary.regions = offices.regions;
    m_summary.circles = offices.circles;
    m_summary.divisions = offices.divisions;
    m_summary.dcs = offices.dcs;

    QByteArray block = csvLine({u"ivrs"_s, u"name"_s, u"name_hi"_s, u"relative_name"_s, u"address"_s, u"mobile"_s,
                                u"dc_code"_s, u"tariff"_s, u"connection_status"_s, u"metering"_s,
                                u"meter_status"_s, u"ekyc"_s, u"arrears"_s, u"bill_date"_s})
                           .toUtf8();
    DemoBillingSource source(m_offices, m_options.seed, m_options.asOf);
    for (qint64 i = 0; i < m_options.connections; ++i) {
        const DemoBillingRow row = source.next();
        const BillingRecord &record = row.record;
        block += csvLine({record.ivrs, record.name, record.nameHi, record.relativeName, record.address,
                          row.mobileText, record.dcCode, record.tariff, toCode(record.connectionStatus),
                          toCode(record.metering), record.meterStatus ? toCode(*record.meterStatus) : QString(),
                          toCode(record.ekyc), row.arrearsText, row.billDateText})
                     .toUtf8();
        countRow(m_summary, row);
        if (block.size() >= writeBlockBytes && !writeBlock(device, block, error))
            return false;
    }
    return writeBlock(device, block, error);
}

bool DemoDataGenerator::writeFiles(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("Could not create the folder %1. Check that its parent exists and is writable.").arg(folder);
        return false;
    }

    const QDir directory(folder);
    const auto writeFile = [this, &directory, error](const QString &fileName, bool offices) {
        QSaveFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = Tr::tr("Could not create %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        if (!(offices ? writeOffices(file, error) : writeBilling(file, error)))
            return false;
        if (!file.commit()) {
            *error = Tr::tr("Could not save %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        return true;
    };
    return writeFile(officesFileName(), true) && writeFile(billingFileName(), false);
}

} // namespace nodues
