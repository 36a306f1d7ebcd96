#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

enum class ConnectionStatus { Live, TemporarilyDisconnected, PermanentlyDisconnected }; // LIVE, TDC, PDC
enum class Metering { Metered, Unmetered };                                               // METERED, UNMETERED
enum class MeterStatus { Working, Defective, Stopped, Burnt, NotInstalled };             // WORKING, ...
enum class EkycStatus { Done, Pending };                                                   // DONE, PENDING

// The export's codes ("LIVE", "TDC", ...), which are also what the database stores.
QString toCode(ConnectionStatus value);
QString toCode(Metering value);
QString toCode(MeterStatus value);
QString toCode(EkycStatus value);
// Parse a code, ignoring case and surrounding spaces; nothing for an unknown code.
std::optional<ConnectionStatus> connectionStatusFromCode(QStringView code);
std::optional<Metering> meteringFromCode(QStringView code);
std::optional<MeterStatus> meterStatusFromCode(QStringView code);
std::optional<EkycStatus> ekycStatusFromCode(QStringView code);

// One connection as the billing system (NGB) last reported it.
struct BillingRecord
{
    QString ivrs;          // digits, leading zeros kept
    QString name;          // as billed, Latin or Devanagari
    QString nameHi;        // Devanagari, may be empty
    QString relativeName;  // father's or husband's name, may be empty
    QString address;
    QString mobile;        // 10 digits, or empty when the export had none
    QString dcCode;        // the Distribution Centre that bills it
    QString tariff;        // "LV1.2", "LV5.1", "HV3", ...
    ConnectionStatus connectionStatus = ConnectionStatus::Live;
    Metering metering = Metering::Metered;
    std::optional<MeterStatus> meterStatus; // empty only for unmetered connections
    EkycStatus ekyc = EkycStatus::Pending;
    qint64 arrearsPaise = 0;                // positive: dues; negative: a credit
    QDate billDate;                         // invalid when the export had none
    QDateTime refreshedAt;                  // UTC: the last import that listed it
    QDateTime changedAt;                    // UTC: the last import that changed it

    // True when every billed value (not the timestamps) equals other's.
    bool sameBilledValues(const BillingRecord &other) const;
};

} // namespace nodues
