#include "demo/DemoNames.h"

#include "demo/DemoRandom.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::DemoNames {

namespace {

const QList<BilingualName> &hinduMaleNames()
{
    static const QList<BilingualName> names{
        {u"Ramesh"_s, u"रमेश"_s},       {u"Suresh"_s, u"सुरेश"_s},         {u"Mahesh"_s, u"महेश"_s},
        {u"Rajesh"_s, u"राजेश"_s},      {u"Dinesh"_s, u"दिनेश"_s},        {u"Mukesh"_s, u"मुकेश"_s},
        {u"Rakesh"_s, u"राकेश"_s},      {u"Santosh"_s, u"संतोष"_s},       {u"Manoj"_s, u"मनोज"_s},
        {u"Anil"_s, u"अनिल"_s},         {u"Sunil"_s, u"सुनील"_s},         {u"Vijay"_s, u"विजय"_s},
        {u"Ajay"_s, u"अजय"_s},          {u"Sanjay"_s, u"संजय"_s},         {u"Ravi"_s, u"रवि"_s},
        {u"Deepak"_s, u"दीपक"_s},       {u"Ashok"_s, u"अशोक"_s},          {u"Pramod"_s, u"प्रमोद"_s},
        {u"Vinod"_s, u"विनोद"_s},       {u"Ramprasad"_s, u"रामप्रसाद"_s},  {u"Shyamlal"_s, u"श्यामलाल"_s},
        {u"Mohanlal"_s, u"मोहनलाल"_s},  {u"Hariprasad"_s, u"हरिप्रसाद"_s}, {u"Kamal"_s, u"कमल"_s},
        {u"Narendra"_s, u"नरेंद्र"_s},   {u"Devendra"_s, u"देवेंद्र"_s},     {u"Rahul"_s, u"राहुल"_s},
        {u"Amit"_s, u"अमित"_s},         {u"Ankit"_s, u"अंकित"_s},         {u"Vikas"_s, u"विकास"_s},
        {u"Gopal"_s, u"गोपाल"_s},       {u"Brijesh"_s, u"बृजेश"_s},        {u"Jitendra"_s, u"जितेंद्र"_s},
        {u"Raghuveer"_s, u"रघुवीर"_s},   {u"Balram"_s, u"बलराम"_s},        {u"Kailash"_s, u"कैलाश"_s},
        {u"Prakash"_s, u"प्रकाश"_s},     {u"Shivraj"_s, u"शिवराज"_s},       {u"Govind"_s, u"गोविंद"_s},
        {u"Lakhan"_s, u"लखन"_s},        {u"Bhagwandas"_s, u"भगवानदास"_s}, {u"Harish"_s, u"हरीश"_s},
        {u"Jagdish"_s, u"जगदीश"_s},     {u"Omprakash"_s, u"ओमप्रकाश"_s},  {u"Sachin"_s, u"सचिन"_s},
        {u"Mahendra"_s, u"महेंद्र"_s},   {u"Yogesh"_s, u"योगेश"_s},         {u"Rajendra"_s, u"राजेंद्र"_s},
    };
    return names;
}

const QList<BilingualName> &hinduFemaleNames()
{
    static const QList<BilingualName> names{
        {u"Sunita"_s, u"सुनीता"_s},   {u"Anita"_s, u"अनीता"_s},       {u"Geeta"_s, u"गीता"_s},
        {u"Seema"_s, u"सीमा"_s},      {u"Rekha"_s, u"रेखा"_s},        {u"Kamla"_s, u"कमला"_s},
        {u"Savitri"_s, u"सावित्री"_s}, {u"Pushpa"_s, u"पुष्पा"_s},      {u"Meena"_s, u"मीना"_s},
        {u"Rani"_s, u"रानी"_s},       {u"Laxmi"_s, u"लक्ष्मी"_s},      {u"Kiran"_s, u"किरण"_s},
        {u"Pooja"_s, u"पूजा"_s},      {u"Priya"_s, u"प्रिया"_s},       {u"Neha"_s, u"नेहा"_s},
        {u"Sarita"_s, u"सरिता"_s},    {u"Mamta"_s, u"ममता"_s},        {u"Radha"_s, u"राधा"_s},
        {u"Shanti"_s, u"शांति"_s},     {u"Usha"_s, u"उषा"_s},          {u"Kusum"_s, u"कुसुम"_s},
        {u"Sangeeta"_s, u"संगीता"_s},  {u"Rajkumari"_s, u"राजकुमारी"_s}, {u"Ramvati"_s, u"रामवती"_s},
        {u"Babita"_s, u"बबीता"_s},    {u"Manju"_s, u"मंजू"_s},         {u"Sushila"_s, u"सुशीला"_s},
    };
    return names;
}

const QList<BilingualName> &hinduSurnames()
{
    static const QList<BilingualName> names{
        {u"Sharma"_s, u"शर्मा"_s},          {u"Verma"_s, u"वर्मा"_s},         {u"Yadav"_s, u"यादव"_s},
        {u"Patel"_s, u"पटेल"_s},            {u"Singh"_s, u"सिंह"_s},           {u"Kushwaha"_s, u"कुशवाह"_s},
        {u"Rajput"_s, u"राजपूत"_s},          {u"Tiwari"_s, u"तिवारी"_s},        {u"Mishra"_s, u"मिश्रा"_s},
        {u"Shukla"_s, u"शुक्ला"_s},          {u"Dubey"_s, u"दुबे"_s},           {u"Chaturvedi"_s, u"चतुर्वेदी"_s},
        {u"Jain"_s, u"जैन"_s},              {u"Agrawal"_s, u"अग्रवाल"_s},      {u"Gupta"_s, u"गुप्ता"_s},
        {u"Sahu"_s, u"साहू"_s},             {u"Rathore"_s, u"राठौर"_s},        {u"Chouhan"_s, u"चौहान"_s},
        {u"Tomar"_s, u"तोमर"_s},            {u"Bhadoriya"_s, u"भदौरिया"_s},    {u"Gurjar"_s, u"गुर्जर"_s},
        {u"Jatav"_s, u"जाटव"_s},            {u"Ahirwar"_s, u"अहिरवार"_s},      {u"Lodhi"_s, u"लोधी"_s},
        {u"Meena"_s, u"मीणा"_s},            {u"Dhakad"_s, u"धाकड़"_s},         {u"Kirar"_s, u"किरार"_s},
        {u"Baghel"_s, u"बघेल"_s},           {u"Parmar"_s, u"परमार"_s},         {u"Saxena"_s, u"सक्सेना"_s},
        {u"Shrivastava"_s, u"श्रीवास्तव"_s}, {u"Pandey"_s, u"पांडेय"_s},        {u"Raghuvanshi"_s, u"रघुवंशी"_s},
        {u"Malviya"_s, u"मालवीय"_s},        {u"Kaurav"_s, u"कौरव"_s},          {u"Sikarwar"_s, u"सिकरवार"_s},
        {u"Kushwah"_s, u"कुशवाह"_s},        {u"Prajapati"_s, u"प्रजापति"_s},   {u"Vishwakarma"_s, u"विश्वकर्मा"_s},
        {u"Namdev"_s, u"नामदेव"_s},         {u"Soni"_s, u"सोनी"_s},            {u"Uikey"_s, u"उइके"_s},
    };
    return names;
}

const QList<BilingualName> &muslimMaleNames()
{
    static const QList<BilingualName> names{
        {u"Mohammad Iqbal"_s, u"मोहम्मद इकबाल"_s}, {u"Abdul Rashid"_s, u"अब्दुल रशीद"_s},
        {u"Salim"_s, u"सलीम"_s},                 {u"Rafiq"_s, u"रफीक"_s},
        {u"Shakeel"_s, u"शकील"_s},               {u"Imran"_s, u"इमरान"_s},
        {u"Javed"_s, u"जावेद"_s},                {u"Aslam"_s, u"असलम"_s},
        {u"Anwar"_s, u"अनवर"_s},                 {u"Irfan"_s, u"इरफान"_s},
        {u"Mohammad Yunus"_s, u"मोहम्मद यूनुस"_s}, {u"Abdul Kadir"_s, u"अब्दुल कादिर"_s},
    };
    return names;
}

const QList<BilingualName> &muslimFemaleNames()
{
    static const QList<BilingualName> names{
        {u"Shabana"_s, u"शबाना"_s}, {u"Rukhsana"_s, u"रुखसाना"_s}, {u"Nasreen"_s, u"नसरीन"_s},
        {u"Farzana"_s, u"फरजाना"_s}, {u"Shahnaz"_s, u"शहनाज"_s},   {u"Parveen"_s, u"परवीन"_s},
        {u"Saira"_s, u"साइरा"_s},   {u"Reshma"_s, u"रेशमा"_s},
    };
    return names;
}

const QList<BilingualName> &muslimSurnames()
{
    static const QList<BilingualName> names{
        {u"Khan"_s, u"खान"_s},       {u"Qureshi"_s, u"कुरैशी"_s},   {u"Ansari"_s, u"अंसारी"_s},
        {u"Shaikh"_s, u"शेख"_s},     {u"Siddiqui"_s, u"सिद्दीकी"_s}, {u"Mansoori"_s, u"मंसूरी"_s},
    };
    return names;
}

BilingualName join(const QList<BilingualName> &parts)
{
    BilingualName joined;
    for (const BilingualName &part : parts) {
        if (part.english.isEmpty())
            continue;
        if (!joined.english.isEmpty()) {
            joined.english += u' ';
            joined.hindi += u' ';
        }
        joined.english += part.english;
        joined.hindi += part.hindi;
    }
    return joined;
}

BilingualName drawGivenName(DemoRandom &random, bool muslim, bool female)
{
    if (muslim)
        return random.pick(female ? muslimFemaleNames() : muslimMaleNames());
    BilingualName given = random.pick(female ? hinduFemaleNames() : hinduMaleNames());
    // "Rajesh Kumar Sharma": a common middle name for men.
    if (!female && random.chance(120))
        given = join({given, {u"Kumar"_s, u"कुमार"_s}});
    return given;
}

} // namespace

DemoConsumer drawPerson(DemoRandom &random)
{
    DemoConsumer person;
    person.muslim = random.chance(80);
    person.female = random.chance(300);
    const bool female = person.female;

    if (person.muslim)
        person.surname = random.pick(muslimSurnames());
    else if (!random.chance(60)) // some rural consumers are billed by given name only
        person.surname = random.pick(hinduSurnames());

    BilingualName given = drawGivenName(random, person.muslim, female);
    if (female && !person.muslim && person.surname.english.isEmpty())
        given = join({given, random.chance(500) ? BilingualName{u"Bai"_s, u"बाई"_s} : BilingualName{u"Devi"_s, u"देवी"_s}});
    person.name = join({given, person.surname});

    // Father or husband: a man of the same family.
    if (!random.chance(150))
        person.relativeName = join({drawGivenName(random, person.muslim, false), person.surname});
    return person;
}

DemoConsumer drawFamilyMember(DemoRandom &random, const DemoConsumer &relative)
{
    DemoConsumer member;
    member.muslim = relative.muslim;
    member.surname = relative.surname;
    if (relative.female) {
        member.relativeName = relative.relativeName;
    } else {
        member.female = random.chance(600); // a wife more often than a son
        member.relativeName = relative.name;
    }
    // Redraw a name that repeats the relative's, as a son is seldom named after his father.
    int attempts = 0;
    do {
        member.name = join({drawGivenName(random, member.muslim, member.female), member.surname});
        ++attempts;
    } while (attempts < 8
             && (member.name.english == relative.name.english || member.name.english == member.relativeName.english));
    return member;
}

DemoConsumer drawBusiness(DemoRandom &random, bool industrial)
{
    static const QList<BilingualName> prefixes{
        {u"Shri Balaji"_s, u"श्री बालाजी"_s}, {u"Jai Ambe"_s, u"जय अंबे"_s},   {u"Maa Sharda"_s, u"मां शारदा"_s},
        {u"Shiv Shakti"_s, u"शिव शक्ति"_s},  {u"Mahakal"_s, u"महाकाल"_s},    {u"New"_s, u"न्यू"_s},
        {u"Narmada"_s, u"नर्मदा"_s},         {u"Chambal"_s, u"चंबल"_s},      {u"Gayatri"_s, u"गायत्री"_s},
    };
    static const QList<BilingualName> shops{
        {u"Kirana Store"_s, u"किराना स्टोर"_s},   {u"Medical Store"_s, u"मेडिकल स्टोर"_s},
        {u"Hardware"_s, u"हार्डवेयर"_s},          {u"Tent House"_s, u"टेंट हाउस"_s},
        {u"Dhaba"_s, u"ढाबा"_s},                 {u"Sweets"_s, u"स्वीट्स"_s},
        {u"Mobile Shop"_s, u"मोबाइल शॉप"_s},      {u"Atta Chakki"_s, u"आटा चक्की"_s},
        {u"Clinic"_s, u"क्लिनिक"_s},             {u"Cloth Emporium"_s, u"क्लॉथ एम्पोरियम"_s},
    };
    static const QList<BilingualName> factories{
        {u"Industries"_s, u"इंडस्ट्रीज"_s},     {u"Cement Products"_s, u"सीमेंट प्रोडक्ट्स"_s},
        {u"Agro Foods"_s, u"एग्रो फूड्स"_s},    {u"Cold Storage"_s, u"कोल्ड स्टोरेज"_s},
        {u"Rice Mill"_s, u"राइस मिल"_s},        {u"Soya Products"_s, u"सोया प्रोडक्ट्स"_s},
    };

    // Half the shops carry the owner's surname, the rest a devotional or local name.
    const BilingualName prefix = random.chance(500) ? random.pick(hinduSurnames()) : random.pick(prefixes);
    BilingualName business = join({{u"M/s"_s, u"मेसर्स"_s}, prefix, random.pick(industrial ? factories : shops)});
    if (industrial)
        business = join({business, {u"Pvt. Ltd."_s, u"प्रा. लि."_s}});

    DemoConsumer consumer;
    consumer.name = business;
    return consumer;
}

} // namespace nodues::DemoNames
