#include "billing/BillingRecord.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// Each enum's values beside their export codes; the same table serves both directions.
template<typename Enum, std::size_t Size>
using CodeTable = std::array<std::pair<Enum, QStringView>, Size>;

constexpr CodeTable<ConnectionStatus, 3> connectionStatusCodes{{
    {ConnectionStatus::Live, u"LIVE"},
    {ConnectionStatus::TemporarilyDisconnected, u"TDC"},
    {ConnectionStatus::PermanentlyDisconnected, u"PDC"},
}};
constexpr CodeTable<Metering, 2> meteringCodes{{
    {Metering::Metered, u"METERED"},
    {Metering::Unmetered, u"UNMETERED"},
}};
constexpr CodeTable<MeterStatus, 5> meterStatusCodes{{
    {MeterStatus::Working, u"WORKING"},
    {MeterStatus::Defective, u"DEFECTIVE"},
    {MeterStatus::Stopped, u"STOPPED"},
    {MeterStatus::Burnt, u"BURNT"},
    {MeterStatus::NotInstalled, u"NOT_INSTALLED"},
}};
constexpr CodeTable<EkycStatus, 2> ekycCodes{{
    {EkycStatus::Done, u"DONE"},
    {EkycStatus::Pending, u"PENDING"},
}};

template<typename Enum, std::size_t Size>
QString codeOf(const CodeTable<Enum, Size> &table, Enum value)
{
    for (const auto &[entry, code] : table) {
        if (entry == value)
            return code.toString();
    }
    return {};
}

template<typename Enum, std::size_t Size>
std::optional<Enum> valueOf(const CodeTable<Enum, Size> &table, QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const auto &[entry, known] : table) {
        if (trimmed.compare(known, Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString toCode(ConnectionStatus value) { return codeOf(connectionStatusCodes, value); }
QString toCode(Metering value) { return codeOf(meteringCodes, value); }
QString toCode(MeterStatus value) { return codeOf(meterStatusCodes, value); }
QString toCode(EkycStatus value) { return codeOf(ekycCodes, value); }

std::optional<ConnectionStatus> connectionStatusFromCode(QStringView code)
{
    return valueOf(connectionStatusCodes, code);
}

std::optional<Metering> meteringFromCode(QStringView code)
{
    return valueOf(meteringCodes, code);
}

std::optional<MeterStatus> meterStatusFromCode(QStringView code)
{
    return valueOf(meterStatusCodes, code);
}

std::optional<EkycStatus> ekycStatusFromCode(QStringView code)
{
    return valueOf(ekycCodes, code);
}

bool BillingRecord::sameBilledValues(const BillingRecord &other) const
{
    return ivrs == other.ivrs && name == other.name && nameHi == other.nameHi
        && relativeName == other.relativeName && address == other.address && mobile == other.mobile
        && dcCode == other.dcCode && tariff == other.tariff && connectionStatus == other.connectionStatus
        && metering == other.metering && meterStatus == other.meterStatus && ekyc == other.ekyc
        && arrearsPaise == other.arrearsPaise && billDate == other.billDate;
}

} // namespace nodues
