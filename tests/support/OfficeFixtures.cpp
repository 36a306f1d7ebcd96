#include "OfficeFixtures.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

void insertOfficeTree(Database &database)
{
    struct Row
    {
        QString code, type, name, nameHi, parent;
    };
    const QList<Row> rows = {
        {u"MPMK"_s, u"company"_s, u"MP Madhya Kshetra Vidyut Vitaran Co. Ltd."_s, u"म.प्र. मध्य क्षेत्र विद्युत वितरण कं. लि."_s, {}},
        {u"BPL"_s, u"region"_s, u"Bhopal Region"_s, u"भोपाल क्षेत्र"_s, u"MPMK"_s},
        {u"C-BPL"_s, u"circle"_s, u"Bhopal Circle"_s, u"भोपाल वृत्त"_s, u"BPL"_s},
        {u"20302"_s, u"division"_s, u"Bhopal City (East)"_s, u"भोपाल शहर (पूर्व)"_s, u"C-BPL"_s},
        {u"20303"_s, u"division"_s, u"Bhopal O&M"_s, u"भोपाल संचालन एवं संधारण"_s, u"C-BPL"_s},
        {u"2030201"_s, u"dc"_s, u"Arera Colony DC"_s, u"अरेरा कॉलोनी वितरण केंद्र"_s, u"20302"_s},
        {u"2030202"_s, u"dc"_s, u"Kolar DC"_s, u"कोलार वितरण केंद्र"_s, u"20302"_s},
        {u"2030301"_s, u"dc"_s, u"Berasia DC"_s, u"बैरसिया वितरण केंद्र"_s, u"20303"_s},
    };
    QSqlQuery query(database.connection());
    for (const Row &row : rows) {
        QString error;
        const bool ok = execPrepared(query,
                                     u"INSERT INTO office (code, type, name, name_hi, parent_code, created_at, updated_at)"
                                     " VALUES (:code, :type, :name, :name_hi, :parent, :now, :now)"_s,
                                     {{u"code"_s, row.code},
                                      {u"type"_s, row.type},
                                      {u"name"_s, row.name},
                                      {u"name_hi"_s, row.nameHi},
                                      {u"parent"_s, row.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                         : QVariant(row.parent)},
                                      {u"now"_s, u"2026-04-01T00:00:00.000Z"_s}},
                                     &error);
        if (!ok) {
            QTest::qFail(qPrintable(u"Could not insert office %1: %2"_s.arg(row.code, error)), __FILE__, __LINE__);
            return;
        }
    }
}

} // namespace nodues::test
