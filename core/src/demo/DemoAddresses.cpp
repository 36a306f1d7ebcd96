#include "demo/DemoAddresses.h"

#include "demo/DemoRandom.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::DemoAddresses {

namespace {

const QList<BilingualName> &colonies()
{
    static const QList<BilingualName> names{
        {u"Gandhi Nagar"_s, u"गांधी नगर"_s},         {u"Shastri Nagar"_s, u"शास्त्री नगर"_s},
        {u"Nehru Colony"_s, u"नेहरू कॉलोनी"_s},       {u"Ambedkar Nagar"_s, u"अंबेडकर नगर"_s},
        {u"Indira Colony"_s, u"इंदिरा कॉलोनी"_s},     {u"Subhash Nagar"_s, u"सुभाष नगर"_s},
        {u"Ram Nagar"_s, u"राम नगर"_s},              {u"Shivaji Nagar"_s, u"शिवाजी नगर"_s},
        {u"Azad Nagar"_s, u"आजाद नगर"_s},            {u"Patel Nagar"_s, u"पटेल नगर"_s},
        {u"Tilak Nagar"_s, u"तिलक नगर"_s},           {u"Vivekanand Colony"_s, u"विवेकानंद कॉलोनी"_s},
        {u"Sadar Bazar"_s, u"सदर बाजार"_s},          {u"Naya Mohalla"_s, u"नया मोहल्ला"_s},
        {u"Purana Bazar"_s, u"पुराना बाजार"_s},       {u"Station Road"_s, u"स्टेशन रोड"_s},
        {u"Jawahar Chowk"_s, u"जवाहर चौक"_s},        {u"Housing Board Colony"_s, u"हाउसिंग बोर्ड कॉलोनी"_s},
        {u"Saket Nagar"_s, u"साकेत नगर"_s},          {u"Kasturba Nagar"_s, u"कस्तूरबा नगर"_s},
    };
    return names;
}

const QList<BilingualName> &villages()
{
    static const QList<BilingualName> names{
        {u"Rampura"_s, u"रामपुरा"_s},   {u"Barkheda"_s, u"बरखेड़ा"_s},    {u"Semri"_s, u"सेमरी"_s},
        {u"Piplia"_s, u"पिपलिया"_s},    {u"Khejda"_s, u"खेजड़ा"_s},      {u"Amarpur"_s, u"अमरपुर"_s},
        {u"Devpura"_s, u"देवपुरा"_s},   {u"Kanera"_s, u"कनेरा"_s},       {u"Bilkhiriya"_s, u"बिलखिरिया"_s},
        {u"Jamuniya"_s, u"जमुनिया"_s},  {u"Salaiya"_s, u"सलैया"_s},      {u"Ratanpur"_s, u"रतनपुर"_s},
        {u"Kheri"_s, u"खेड़ी"_s},       {u"Sukhpura"_s, u"सुखपुरा"_s},   {u"Dhamnod"_s, u"धामनोद"_s},
    };
    return names;
}

const QList<BilingualName> &landmarks()
{
    static const QList<BilingualName> names{
        {u"Hanuman Mandir"_s, u"हनुमान मंदिर"_s}, {u"Govt. School"_s, u"शासकीय स्कूल"_s},
        {u"Panchayat Bhawan"_s, u"पंचायत भवन"_s}, {u"Bus Stand"_s, u"बस स्टैंड"_s},
        {u"Water Tank"_s, u"पानी की टंकी"_s},     {u"Bada Mandir"_s, u"बड़ा मंदिर"_s},
    };
    return names;
}

// Appends ", part" to both scripts.
void append(BilingualName &address, const QString &english, const QString &hindi)
{
    if (!address.english.isEmpty()) {
        address.english += u", ";
        address.hindi += u", ";
    }
    address.english += english;
    address.hindi += hindi;
}

void appendHouse(DemoRandom &random, BilingualName &address)
{
    const QString number = QString::number(random.between(1, 450));
    switch (random.weightedIndex({80, 14, 6})) {
    case 0:
        append(address, u"H.No. "_s + number, u"मकान नं. "_s + number);
        break;
    case 1:
        append(address, u"Plot No. "_s + number, u"प्लॉट नं. "_s + number);
        break;
    default:
        append(address, u"Qtr. No. "_s + number, u"क्वा. नं. "_s + number);
        break;
    }
}

void maybeAppendLandmark(DemoRandom &random, BilingualName &address)
{
    if (!random.chance(80))
        return;
    const BilingualName landmark = random.pick(landmarks());
    // A few bills quote the landmark, which tests a CSV reader's handling of doubled quotes.
    if (random.chance(120))
        append(address, u"Near \""_s + landmark.english + u'"', u"\""_s + landmark.hindi + u"\" के पास");
    else
        append(address, u"Near "_s + landmark.english, landmark.hindi + u" के पास");
}

void appendVillage(DemoRandom &random, BilingualName &address, const DemoDc &dc)
{
    const BilingualName village = random.pick(villages());
    append(address, u"Village "_s + village.english, u"ग्राम "_s + village.hindi);
    append(address, u"Post "_s + dc.locality.english, u"पोस्ट "_s + dc.locality.hindi);
}

void appendDistrict(BilingualName &address, const DemoDc &dc)
{
    append(address, u"Distt. "_s + dc.district.english, u"जिला "_s + dc.district.hindi);
}

} // namespace

BilingualName draw(DemoRandom &random, const DemoDc &dc, Setting setting)
{
    BilingualName address;
    switch (setting) {
    case Setting::City: {
        appendHouse(random, address);
        maybeAppendLandmark(random, address);
        const BilingualName colony = random.pick(colonies());
        append(address, colony.english, colony.hindi);
        append(address, dc.locality.english, dc.locality.hindi);
        append(address, dc.district.english, dc.district.hindi);
        break;
    }
    case Setting::Town: {
        appendHouse(random, address);
        const QString ward = QString::number(random.between(1, 30));
        append(address, u"Ward No. "_s + ward, u"वार्ड नं. "_s + ward);
        maybeAppendLandmark(random, address);
        const BilingualName colony = random.pick(colonies());
        append(address, colony.english, colony.hindi);
        append(address, dc.locality.english, dc.locality.hindi);
        appendDistrict(address, dc);
        break;
    }
    case Setting::Village:
        maybeAppendLandmark(random, address);
        appendVillage(random, address, dc);
        appendDistrict(address, dc);
        break;
    case Setting::Farm: {
        const QString khasra = QString::number(random.between(1, 999))
            + (random.chance(400) ? u"/"_s + QString::number(random.between(1, 9)) : QString());
        append(address, u"Khasra No. "_s + khasra, u"खसरा नं. "_s + khasra);
        appendVillage(random, address, dc);
        appendDistrict(address, dc);
        break;
    }
    }
    return address;
}

} // namespace nodues::DemoAddresses
