#pragma once

#include "demo/DemoOffices.h"

#include <QDate>
#include <QString>

class QIODevice;

namespace nodues {

struct DemoDataOptions
{
    qint64 connections = 100'000;
    quint64 seed = 1;
    QDate asOf; // bill dates fall in the 35 days before it
};

// Counts of what the billing file contains, for the command's summary and for tests.
struct DemoDataSummary
{
    qint64 offices = 0;
    qint64 regions = 0;
    qint64 circles = 0;
    qint64 divisions = 0;
    qint64 dcs = 0;

    qint64 connections = 0;
    qint64 eligible = 0;
    qint64 withDues = 0;
    qint64 withCredit = 0;
    qint64 meterFaults = 0;       // DEFECTIVE, STOPPED or BURNT
    qint64 meterNotInstalled = 0; // NOT_INSTALLED on a metered connection
    qint64 unmetered = 0;
    qint64 temporarilyDisconnected = 0;
    qint64 permanentlyDisconnected = 0;
    qint64 ekycPending = 0;
    qint64 withoutMobile = 0;
    qint64 sharingMobile = 0; // rows whose mobile an earlier row already has
};

// Writes the demo offices and billing snapshot in the billing system's export formats (UTF-8
// CSV per RFC 4180, LF line ends, one header row). Every row is valid for the importer. The
// files are a function of the options alone, so a seed reproduces them byte for byte.
class DemoDataGenerator
{
public:
    explicit DemoDataGenerator(const DemoDataOptions &options);

    static QString officesFileName() { return QStringLiteral("offices.csv"); }
    static QString billingFileName() { return QStringLiteral("billing.csv"); }
    static constexpr qint64 maxConnections = 100'000'000;

    // Writes officesFileName() and billingFileName() into folder, creating it if needed. Each file
    // appears complete or not at all (QSaveFile).
    bool writeFiles(const QString &folder, QString *error);

    // Columns code,type,name,name_hi,parent_code, each parent before its children.
    bool writeOffices(QIODevice &device, QString *error);
    // Columns ivrs,name,name_hi,relative_name,address,mobile,dc_code,tariff,connection_status,
    // metering,meter_status,ekyc,arrears,bill_date, streamed row by row.
    bool writeBilling(QIODevice &device, QString *error);

    const DemoDataSummary &summary() const { return m_summary; }
    const DemoOffices &offices() const { return m_offices; }

    // A field quoted per RFC 4180 when it contains a comma, a double quote, a line break or
    // surrounding spaces.
    static QString csvField(const QString &value);

private:
    DemoDataOptions m_options;
    DemoOffices m_offices;
    DemoDataSummary m_summary;
};

} // namespace nodues
