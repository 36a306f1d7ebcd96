#include "demo/DemoBillingSource.h"

#include "demo/DemoAddresses.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr qsizetype householdRingSize = 512;

constexpr quint64 ivrsHalf = 100'000; // the Feistel network's halves: 5 digits each

// SplitMix64's finalizer: mixes every input bit into every output bit.
quint64 mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// Inserts thousands separators: Indian ("12,34,567") or Western ("1,234,567").
QString groupDigits(const QString &digits, bool indian)
{
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const qsizetype remaining = digits.size() - i;
        const bool boundary = indian ? remaining >= 3 && (remaining - 3) % 2 == 0 : remaining % 3 == 0;
        if (i > 0 && boundary)
            grouped += u',';
        grouped += digits[i];
    }
    return grouped;
}

} // namespace

DemoBillingSource::DemoBillingSource(const DemoOffices &offices, quint64 seed, const QDate &asOf)
    : m_offices(offices), m_random(seed), m_asOf(asOf)
{
    for (const DemoDc &dc : offices.dcs())
        m_dcWeights.append(dc.weight);

    for (quint64 &key : m_ivrsKeys)
        key = m_random.below(std::numeric_limits<quint64>::max());
}

// Row indexes go through a four-round Feistel network on their two 5-digit halves. Each round
// is invertible, so distinct indexes give distinct 10-digit numbers, and consecutive rows get
// unrelated numbers, about one in ten with a leading 0.
QString DemoBillingSource::nextIvrs()
{
    quint64 left = quint64(m_index) / ivrsHalf;
    quint64 right = quint64(m_index) % ivrsHalf;
    ++m_index;
    for (const quint64 key : m_ivrsKeys) {
        const quint64 mixed = (left + mix(right ^ key)) % ivrsHalf;
        left = right;
        right = mixed;
    }
    return QString::number(left * ivrsHalf + right).rightJustified(10, u'0');
}

QString DemoBillingSource::drawMobile()
{
    const QString first = QString::number(6 + m_random.weightedIndex({10, 25, 25, 40}));
    return first + QString::number(m_random.below(1'000'000'000)).rightJustified(9, u'0');
}

QString DemoBillingSource::writeMobile(const QString &mobile)
{
    const QString spaced = mobile.left(5) + u' ' + mobile.mid(5);
    const QString hyphenated = mobile.left(5) + u'-' + mobile.mid(5);
    switch (m_random.weightedIndex({55, 10, 8, 4, 8, 7, 5, 3})) {
    case 0: return mobile;
    case 1: return u"+91"_s + mobile;
    case 2: return u"+91 "_s + spaced;
    case 3: return u"+91-"_s + hyphenated;
    case 4: return u"91"_s + mobile;
    case 5: return u"0"_s + mobile;
    case 6: return spaced;
    default: return hyphenated;
    }
}

qint64 DemoBillingSource::drawDues(const QString &tariff)
{
    // A few dues of one paisa, the smallest amount the dues check must catch.
    if (m_random.chance(3))
        return 1;

    qint64 rupees = 0;
    if (tariff == u"HV3"_s)
        rupees = m_random.between(50'000, 2'50'00'000);
    else if (tariff == u"LV2"_s)
        rupees = m_random.between(200, 2'00'000);
    else if (tariff == u"LV5.1"_s)
        rupees = m_random.between(500, 80'000);
    else {
        switch (m_random.weightedIndex({45, 40, 13, 2})) {
        case 0: rupees = m_random.between(10, 999); break;
        case 1: rupees = m_random.between(1'000, 9'999); break;
        case 2: rupees = m_random.between(10'000, 99'999); break;
        default: rupees = m_random.between(1'00'000, 4'99'999); break;
        }
    }
    const qint64 paise = m_random.chance(500) ? 0 : m_random.between(1, 99);
    return rupees * 100 + paise;
}

QString DemoBillingSource::writeRupees(qint64 paise)
{
    if (paise == 0) {
        switch (m_random.weightedIndex({400, 550, 40, 10})) {
        case 0: return u"0"_s;
        case 1: return u"0.00"_s;
        case 2: return u"0.0"_s;
        default: return u"-0.00"_s;
        }
    }

    const quint64 magnitude = paise < 0 ? quint64(-paise) : quint64(paise);
    const QString digits = QString::number(magnitude / 100);
    QString whole = digits;
    switch (m_random.weightedIndex({50, 25, 25})) {
    case 1: whole = groupDigits(digits, true); break;
    case 2: whole = groupDigits(digits, false); break;
    default: break;
    }

    const quint64 fraction = magnitude % 100;
    QString decimals;
    if (fraction == 0)
        decimals = m_random.chance(500) ? QString() : u".00"_s;
    else if (fraction % 10 == 0 && m_random.chance(300))
        decimals = u"."_s + QString::number(fraction / 10);
    else
        decimals = u"."_s + QString::number(fraction).rightJustified(2, u'0');

    return (paise < 0 ? u"-"_s : QString()) + whole + decimals;
}

void DemoBillingSource::fillNames(DemoBillingRow &row, const DemoConsumer &consumer, const DemoDc &dc, bool farm)
{
    BillingRecord &record = row.record;

    // Where the connection is decides the address form.
    DemoAddresses::Setting setting = DemoAddresses::Setting::City;
    if (farm)
        setting = DemoAddresses::Setting::Farm;
    else if (!dc.urban)
        setting = m_random.chance(600) ? DemoAddresses::Setting::Town : DemoAddresses::Setting::Village;
    const BilingualName address = DemoAddresses::draw(m_random, dc, setting);

    // Most rows are billed in English, some in capitals; a few name the consumer in Devanagari.
    const bool devanagari = m_random.chance(80);
    const bool capitals = !devanagari && m_random.chance(350);
    if (devanagari) {
        record.name = consumer.name.hindi;
        record.nameHi = consumer.name.hindi;
        record.relativeName = consumer.relativeName.hindi;
        record.address = address.hindi;
        return;
    }

    record.name = capitals ? consumer.name.english.toUpper() : consumer.name.english;
    record.nameHi = m_random.chance(880) ? consumer.name.hindi : QString();
    record.relativeName = capitals ? consumer.relativeName.english.toUpper() : consumer.relativeName.english;
    if (m_random.chance(180))
        record.address = address.hindi;
    else
        record.address = capitals ? address.english.toUpper() : address.english;
}

DemoBillingRow DemoBillingSource::next()
{
    DemoBillingRow row;
    BillingRecord &record = row.record;
    record.ivrs = nextIvrs();

    // The tariff first, because it decides who the consumer is and how the supply is billed.
    static const QList<QString> tariffs{u"LV1.1"_s, u"LV1.2"_s, u"LV2"_s, u"LV5.1"_s, u"HV3"_s};
    record.tariff = tariffs.at(m_random.weightedIndex({100, 620, 145, 130, 5}));

    // A new household, another connection of an earlier consumer, or one of their family on
    // the same mobile. HT consumers are always new.
    int who = 0;
    if (!m_households.isEmpty() && record.tariff != u"HV3"_s)
        who = int(m_random.weightedIndex({840, 100, 60}));
    Household household;
    if (who == 0) {
        household.dcIndex = m_random.weightedIndex(m_dcWeights);
        const bool business = record.tariff == u"HV3"_s || (record.tariff == u"LV2"_s && m_random.chance(500));
        household.consumer = business ? DemoNames::drawBusiness(m_random, record.tariff == u"HV3"_s)
                                      : DemoNames::drawPerson(m_random);
        household.mobile = m_random.chance(50) ? QString() : drawMobile();
        if (!business) {
            if (m_households.size() < householdRingSize)
                m_households.append(household);
            else
                m_households[qsizetype(m_random.below(householdRingSize))] = household;
        }
    } else {
        household = m_households.at(qsizetype(m_random.below(quint64(m_households.size()))));
        if (who == 2)
            household.consumer = DemoNames::drawFamilyMember(m_random, household.consumer);
        row.sharesMobile = !household.mobile.isEmpty();
    }

    // Cities have no farm connections.
    const DemoDc &dc = m_offices.dcs().at(household.dcIndex);
    if (dc.urban && record.tariff == u"LV5.1"_s)
        record.tariff = u"LV1.2"_s;
    const bool farm = record.tariff == u"LV5.1"_s;
    record.dcCode = dc.code;
    fillNames(row, household.consumer, dc, farm);
    record.mobile = household.mobile;
    row.mobileText = household.mobile.isEmpty() ? QString() : writeMobile(household.mobile);

    // Supply: in this data most farm pumps are unmetered, billed at a flat rate.
    static const QList<ConnectionStatus> statuses{ConnectionStatus::Live, ConnectionStatus::TemporarilyDisconnected,
                                                  ConnectionStatus::PermanentlyDisconnected};
    record.connectionStatus = statuses.at(m_random.weightedIndex({945, 35, 20}));
    record.metering = farm && m_random.chance(700) ? Metering::Unmetered : Metering::Metered;
    if (record.metering == Metering::Metered) {
        static const QList<MeterStatus> meterStatuses{MeterStatus::Working, MeterStatus::Defective,
                                                      MeterStatus::Stopped, MeterStatus::Burnt,
                                                      MeterStatus::NotInstalled};
        record.meterStatus = meterStatuses.at(m_random.weightedIndex({940, 25, 15, 10, 10}));
    } else if (m_random.chance(150)) {
        record.meterStatus = MeterStatus::NotInstalled;
    }
    record.ekyc = m_random.chance(80) ? EkycStatus::Pending : EkycStatus::Done;

    // Supplies are mostly disconnected for unpaid bills, so disconnected rows carry dues more often.
    int duesPerMille = 140;
    if (record.connectionStatus == ConnectionStatus::TemporarilyDisconnected)
        duesPerMille = 600;
    if (record.connectionStatus == ConnectionStatus::PermanentlyDisconnected)
        duesPerMille = 550;
    if (m_random.chance(duesPerMille))
        record.arrearsPaise = drawDues(record.tariff);
    else if (m_random.chance(120))
        record.arrearsPaise = -(m_random.between(1, 5'000) * 100 + m_random.between(0, 99));
    row.arrearsText = writeRupees(record.arrearsPaise);

    // Bills of the last billing cycle; a permanently disconnected supply often has none.
    const int blankPerMille = record.connectionStatus == ConnectionStatus::PermanentlyDisconnected ? 400 : 30;
    if (!m_random.chance(blankPerMille)) {
        record.billDate = m_asOf.addDays(-m_random.between(1, 35));
        row.billDateText = record.billDate.toString(m_random.chance(650) ? u"yyyy-MM-dd"_s : u"dd-MM-yyyy"_s);
    }
    return row;
}

} // namespace nodues
