#include "demo/DemoOffices.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct DivisionPlan
{
    bool city = false;
    BilingualName name; // the part after "City Division" or "O&M Division"
    QList<BilingualName> dcs;
};

struct CirclePlan
{
    BilingualName district;
    QList<DivisionPlan> divisions;
};

struct RegionPlan
{
    QString code;
    BilingualName name;
    QList<CirclePlan> circles;
};

QList<RegionPlan> companyPlan()
{
    const BilingualName bhopal{u"Bhopal"_s, u"भोपाल"_s};
    const BilingualName gwalior{u"Gwalior"_s, u"ग्वालियर"_s};

    const QList<CirclePlan> bhopalCircles{
        {bhopal,
         {{true, {u"East, Bhopal"_s, u"पूर्व, भोपाल"_s},
           {{u"Govindpura"_s, u"गोविंदपुरा"_s}, {u"Ashoka Garden"_s, u"अशोका गार्डन"_s},
            {u"Piplani"_s, u"पिपलानी"_s}, {u"Anand Nagar"_s, u"आनंद नगर"_s}}},
          {true, {u"West, Bhopal"_s, u"पश्चिम, भोपाल"_s},
           {{u"Kolar Road"_s, u"कोलार रोड"_s}, {u"Shahpura"_s, u"शाहपुरा"_s}, {u"Bairagarh"_s, u"बैरागढ़"_s},
            {u"Lalghati"_s, u"लालघाटी"_s}}},
          {true, {u"North, Bhopal"_s, u"उत्तर, भोपाल"_s},
           {{u"Jahangirabad"_s, u"जहांगीराबाद"_s}, {u"Budhwara"_s, u"बुधवारा"_s}, {u"Chhola"_s, u"छोला"_s},
            {u"Karond"_s, u"करोंद"_s}}},
          {true, {u"South, Bhopal"_s, u"दक्षिण, भोपाल"_s},
           {{u"Arera Colony"_s, u"अरेरा कॉलोनी"_s}, {u"M.P. Nagar"_s, u"एम.पी. नगर"_s},
            {u"Habibganj"_s, u"हबीबगंज"_s}, {u"Bawadiya Kalan"_s, u"बावड़िया कलां"_s}}},
          {false, bhopal,
           {{u"Berasia"_s, u"बैरसिया"_s}, {u"Phanda"_s, u"फंदा"_s}, {u"Nazirabad"_s, u"नजीराबाद"_s},
            {u"Ratibad"_s, u"रातीबड़"_s}}}}},
        {{u"Sehore"_s, u"सीहोर"_s},
         {{false, {u"Sehore"_s, u"सीहोर"_s},
           {{u"Sehore"_s, u"सीहोर"_s}, {u"Ashta"_s, u"आष्टा"_s}, {u"Ichhawar"_s, u"इछावर"_s},
            {u"Shyampur"_s, u"श्यामपुर"_s}}},
          {false, {u"Budhni"_s, u"बुधनी"_s},
           {{u"Budhni"_s, u"बुधनी"_s}, {u"Rehti"_s, u"रेहटी"_s}, {u"Bhairunda"_s, u"भैरूंदा"_s},
            {u"Shahganj"_s, u"शाहगंज"_s}}}}},
        {{u"Raisen"_s, u"रायसेन"_s},
         {{false, {u"Raisen"_s, u"रायसेन"_s},
           {{u"Raisen"_s, u"रायसेन"_s}, {u"Gairatganj"_s, u"गैरतगंज"_s}, {u"Begamganj"_s, u"बेगमगंज"_s},
            {u"Silwani"_s, u"सिलवानी"_s}}},
          {false, {u"Mandideep"_s, u"मंडीदीप"_s},
           {{u"Mandideep"_s, u"मंडीदीप"_s}, {u"Obaidullaganj"_s, u"औबेदुल्लागंज"_s},
            {u"Goharganj"_s, u"गौहरगंज"_s}, {u"Bareli"_s, u"बरेली"_s}, {u"Udaipura"_s, u"उदयपुरा"_s}}}}},
        {{u"Vidisha"_s, u"विदिशा"_s},
         {{false, {u"Vidisha"_s, u"विदिशा"_s},
           {{u"Vidisha"_s, u"विदिशा"_s}, {u"Gyaraspur"_s, u"ग्यारसपुर"_s}, {u"Gulabganj"_s, u"गुलाबगंज"_s}}},
          {false, {u"Ganj Basoda"_s, u"गंजबासौदा"_s},
           {{u"Ganj Basoda"_s, u"गंजबासौदा"_s}, {u"Sironj"_s, u"सिरोंज"_s}, {u"Lateri"_s, u"लटेरी"_s},
            {u"Kurwai"_s, u"कुरवाई"_s}}}}},
        {{u"Rajgarh"_s, u"राजगढ़"_s},
         {{false, {u"Rajgarh"_s, u"राजगढ़"_s},
           {{u"Rajgarh"_s, u"राजगढ़"_s}, {u"Khilchipur"_s, u"खिलचीपुर"_s}, {u"Jirapur"_s, u"जीरापुर"_s},
            {u"Biaora"_s, u"ब्यावरा"_s}}},
          {false, {u"Narsinghgarh"_s, u"नरसिंहगढ़"_s},
           {{u"Narsinghgarh"_s, u"नरसिंहगढ़"_s}, {u"Pachore"_s, u"पचोर"_s}, {u"Sarangpur"_s, u"सारंगपुर"_s},
            {u"Kurawar"_s, u"कुरावर"_s}}}}},
        {{u"Narmadapuram"_s, u"नर्मदापुरम"_s},
         {{false, {u"Narmadapuram"_s, u"नर्मदापुरम"_s},
           {{u"Narmadapuram"_s, u"नर्मदापुरम"_s}, {u"Sohagpur"_s, u"सोहागपुर"_s}, {u"Babai"_s, u"बाबई"_s},
            {u"Seoni Malwa"_s, u"सिवनी मालवा"_s}}},
          {false, {u"Itarsi"_s, u"इटारसी"_s},
           {{u"Itarsi"_s, u"इटारसी"_s}, {u"Pipariya"_s, u"पिपरिया"_s}, {u"Bankhedi"_s, u"बनखेड़ी"_s},
            {u"Pachmarhi"_s, u"पचमढ़ी"_s}}}}},
        {{u"Harda"_s, u"हरदा"_s},
         {{false, {u"Harda"_s, u"हरदा"_s},
           {{u"Harda"_s, u"हरदा"_s}, {u"Timarni"_s, u"टिमरनी"_s}, {u"Khirkiya"_s, u"खिरकिया"_s},
            {u"Handiya"_s, u"हंडिया"_s}, {u"Rahatgaon"_s, u"रहटगांव"_s}}}}},
        {{u"Betul"_s, u"बैतूल"_s},
         {{false, {u"Betul"_s, u"बैतूल"_s},
           {{u"Betul"_s, u"बैतूल"_s}, {u"Betul Bazar"_s, u"बैतूल बाजार"_s}, {u"Shahpur"_s, u"शाहपुर"_s},
            {u"Bhainsdehi"_s, u"भैंसदेही"_s}}},
          {false, {u"Multai"_s, u"मुलताई"_s},
           {{u"Multai"_s, u"मुलताई"_s}, {u"Amla"_s, u"आमला"_s}, {u"Sarni"_s, u"सारणी"_s},
            {u"Athner"_s, u"आठनेर"_s}}}}},
    };

    const QList<CirclePlan> gwaliorCircles{
        {gwalior,
         {{true, {u"East, Gwalior"_s, u"पूर्व, ग्वालियर"_s},
           {{u"Morar"_s, u"मुरार"_s}, {u"Thatipur"_s, u"थाटीपुर"_s}, {u"Gola Ka Mandir"_s, u"गोला का मंदिर"_s},
            {u"Maharajpura"_s, u"महाराजपुरा"_s}}},
          {true, {u"West, Gwalior"_s, u"पश्चिम, ग्वालियर"_s},
           {{u"Lashkar"_s, u"लश्कर"_s}, {u"Kampoo"_s, u"कंपू"_s}, {u"Phool Bagh"_s, u"फूलबाग"_s},
            {u"Daulatganj"_s, u"दौलतगंज"_s}}},
          {true, {u"Central, Gwalior"_s, u"मध्य, ग्वालियर"_s},
           {{u"Hazira"_s, u"हजीरा"_s}, {u"Kila Gate"_s, u"किला गेट"_s}, {u"Bahodapur"_s, u"बहोड़ापुर"_s},
            {u"Birla Nagar"_s, u"बिरला नगर"_s}}},
          {false, gwalior,
           {{u"Dabra"_s, u"डबरा"_s}, {u"Bhitarwar"_s, u"भितरवार"_s}, {u"Ghatigaon"_s, u"घाटीगांव"_s},
            {u"Antari"_s, u"आंतरी"_s}}}}},
        {{u"Datia"_s, u"दतिया"_s},
         {{false, {u"Datia"_s, u"दतिया"_s},
           {{u"Datia"_s, u"दतिया"_s}, {u"Seondha"_s, u"सेवढ़ा"_s}, {u"Bhander"_s, u"भांडेर"_s},
            {u"Indergarh"_s, u"इंदरगढ़"_s}}}}},
        {{u"Shivpuri"_s, u"शिवपुरी"_s},
         {{false, {u"Shivpuri"_s, u"शिवपुरी"_s},
           {{u"Shivpuri"_s, u"शिवपुरी"_s}, {u"Pohri"_s, u"पोहरी"_s}, {u"Kolaras"_s, u"कोलारस"_s},
            {u"Badarwas"_s, u"बदरवास"_s}}},
          {false, {u"Karera"_s, u"करैरा"_s},
           {{u"Karera"_s, u"करैरा"_s}, {u"Narwar"_s, u"नरवर"_s}, {u"Pichhore"_s, u"पिछोर"_s},
            {u"Khaniyadhana"_s, u"खनियाधाना"_s}}}}},
        {{u"Guna"_s, u"गुना"_s},
         {{false, {u"Guna"_s, u"गुना"_s},
           {{u"Guna"_s, u"गुना"_s}, {u"Bamori"_s, u"बमोरी"_s}, {u"Aron"_s, u"आरोन"_s},
            {u"Chanchoda"_s, u"चांचौड़ा"_s}, {u"Raghogarh"_s, u"राघोगढ़"_s}}}}},
        {{u"Ashoknagar"_s, u"अशोकनगर"_s},
         {{false, {u"Ashoknagar"_s, u"अशोकनगर"_s},
           {{u"Ashoknagar"_s, u"अशोकनगर"_s}, {u"Chanderi"_s, u"चंदेरी"_s}, {u"Mungaoli"_s, u"मुंगावली"_s},
            {u"Shadhora"_s, u"शाढ़ौरा"_s}, {u"Isagarh"_s, u"ईसागढ़"_s}}}}},
        {{u"Bhind"_s, u"भिंड"_s},
         {{false, {u"Bhind"_s, u"भिंड"_s},
           {{u"Bhind"_s, u"भिंड"_s}, {u"Ater"_s, u"अटेर"_s}, {u"Mehgaon"_s, u"मेहगांव"_s}}},
          {false, {u"Lahar"_s, u"लहार"_s},
           {{u"Lahar"_s, u"लहार"_s}, {u"Gohad"_s, u"गोहद"_s}, {u"Raun"_s, u"रौन"_s}}}}},
        {{u"Morena"_s, u"मुरैना"_s},
         {{false, {u"Morena"_s, u"मुरैना"_s},
           {{u"Morena"_s, u"मुरैना"_s}, {u"Banmore"_s, u"बानमौर"_s}, {u"Noorabad"_s, u"नूराबाद"_s},
            {u"Joura"_s, u"जौरा"_s}}},
          {false, {u"Ambah"_s, u"अंबाह"_s}, {{u"Ambah"_s, u"अंबाह"_s}, {u"Porsa"_s, u"पोरसा"_s}}},
          {false, {u"Sabalgarh"_s, u"सबलगढ़"_s},
           {{u"Sabalgarh"_s, u"सबलगढ़"_s}, {u"Kailaras"_s, u"कैलारस"_s}, {u"Pahadgarh"_s, u"पहाड़गढ़"_s}}}}},
        {{u"Sheopur"_s, u"श्योपुर"_s},
         {{false, {u"Sheopur"_s, u"श्योपुर"_s},
           {{u"Sheopur"_s, u"श्योपुर"_s}, {u"Vijaypur"_s, u"विजयपुर"_s}, {u"Karahal"_s, u"कराहल"_s},
            {u"Badoda"_s, u"बड़ौदा"_s}}}}},
    };

    return {{u"RBPL"_s, {u"Bhopal"_s, u"भोपाल"_s}, bhopalCircles},
            {u"RGWL"_s, {u"Gwalior"_s, u"ग्वालियर"_s}, gwaliorCircles}};
}

QString serial(int number)
{
    return QString::number(number).rightJustified(2, u'0');
}

} // namespace

QString DemoOffices::companyCode()
{
    return u"MPMKVVCL"_s;
}

DemoOffices::DemoOffices()
{
    m_offices.append({companyCode(), u"company"_s, u"M.P. Madhya Kshetra Vidyut Vitaran Co. Ltd., Bhopal"_s,
                      u"मध्य प्रदेश मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड, भोपाल"_s, QString()});

    // Circle codes start with 2 in the Bhopal region and 3 in the Gwalior region.
    int regionDigit = 2;
    for (const RegionPlan &region : companyPlan()) {
        m_offices.append({region.code, u"region"_s, region.name.english + u" Region",
                          region.name.hindi + u" क्षेत्र", companyCode()});

        int circleNumber = 1;
        for (const CirclePlan &circle : region.circles) {
            const QString circleCode = QString::number(regionDigit * 100 + circleNumber++);
            m_offices.append({circleCode, u"circle"_s, circle.district.english + u" Circle",
                              circle.district.hindi + u" वृत्त", region.code});

            int divisionNumber = 1;
            for (const DivisionPlan &division : circle.divisions) {
                const QString divisionCode = circleCode + serial(divisionNumber++);
                const QString name = division.city ? u"City Division "_s + division.name.english
                                                   : u"O&M Division "_s + division.name.english;
                const QString nameHi = division.city ? u"शहर संभाग "_s + division.name.hindi
                                                     : u"संचारण-संधारण संभाग "_s + division.name.hindi;
                m_offices.append({divisionCode, u"division"_s, name, nameHi, circleCode});

                int dcNumber = 1;
                for (const BilingualName &dc : division.dcs) {
                    const QString dcCode = divisionCode + serial(dcNumber++);
                    m_offices.append({dcCode, u"dc"_s, u"DC "_s + dc.english, u"वितरण केंद्र "_s + dc.hindi,
                                      divisionCode});
                    // A city neighbourhood bills more connections than a small town's DC.
                    m_dcs.append({dcCode, dc, circle.district, division.city, division.city ? 3 : 2});
                }
            }
        }
        ++regionDigit;
    }
}

} // namespace nodues
