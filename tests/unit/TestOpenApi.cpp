// Checks that docs/api/openapi.yaml documents exactly the routes that `nodues-server serve`
// registers, both ways, by building the router with the same function serve uses.

#include "TestDatabase.h"
#include "Clock.h"
#include "api/ApiRoutes.h"
#include "api/ServerContext.h"
#include "http/Router.h"
#include "security/ServerSecrets.h"
#include "sms/SmsTemplates.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;

namespace {

// Reads the (METHOD, path) pairs under the document's top-level "paths:" key. The reader relies on
// each path being indented two spaces and each operation four. A path line or method it does not
// understand fails the test instead of being skipped.
bool readDocumentedRoutes(const QString &fileName, QSet<QString> *routes, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Could not open %1: %2"_s.arg(fileName, file.errorString());
        return false;
    }
    static const QRegularExpression pathLine(u"^  (/[^ :]*):\\s*$"_s);
    static const QRegularExpression operationLine(u"^    ([a-z]+):\\s*$"_s);
    static const QSet<QString> methods{u"get"_s, u"put"_s, u"post"_s, u"delete"_s, u"options"_s,
                                       u"head"_s, u"patch"_s, u"trace"_s};
    bool inPaths = false;
    QString currentPath;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        ++lineNumber;
        if (line.isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        if (!line.startsWith(u' ')) {
            inPaths = line.trimmed() == u"paths:"_s;
            continue;
        }
        if (!inPaths)
            continue;
        if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)) {
            const QRegularExpressionMatch match = pathLine.match(line);
            if (!match.hasMatch()) {
                *error = u"Line %1 under paths is not a path: %2"_s.arg(lineNumber).arg(line);
                return false;
            }
            currentPath = match.captured(1);
            continue;
        }
        if (line.startsWith(u"    "_s) && !line.startsWith(u"     "_s)) {
            const QRegularExpressionMatch match = operationLine.match(line);
            const QString key = match.captured(1);
            if (!match.hasMatch() || !methods.contains(key)) {
                *error = u"Line %1 under %2 is not an operation: %3"_s.arg(lineNumber).arg(currentPath, line);
                return false;
            }
            const QString route = key.toUpper() + u' ' + currentPath;
            if (routes->contains(route)) {
                *error = u"%1 is documented twice (line %2)"_s.arg(route).arg(lineNumber);
                return false;
            }
            routes->insert(route);
        }
    }
    return true;
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesRoutes()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        SmsTemplates templates;
        QString error;
        QVERIFY2(templates.loadWithOverride({}, &error), qPrintable(error));
        ServerContext context(db->database(), Clock::system(), ServerSecrets::fromKeys(QByteArray(32, 'k')),
                              templates, {}, {}, {});
        Router router;
        addApiRoutes(router, context, u"test"_s);

        QSet<QString> registered;
        const QList<RouteInfo> routes = router.routes();
        for (const RouteInfo &route : routes)
            registered.insert(QString::fromLatin1(route.method) + u' ' + route.pattern);
        QVERIFY(registered.contains(u"POST /api/v1/consumer/otp"_s));

        QSet<QString> documented;
        QVERIFY2(readDocumentedRoutes(QStringLiteral(NODUES_SOURCE_DIR "/docs/api/openapi.yaml"), &documented, &error),
                 qPrintable(error));

        QStringList undocumented = QStringList(registered.cbegin(), registered.cend());
        undocumented.removeIf([&documented](const QString &route) { return documented.contains(route); });
        undocumented.sort();
        QStringList unserved = QStringList(documented.cbegin(), documented.cend());
        unserved.removeIf([&registered](const QString &route) { return registered.contains(route); });
        unserved.sort();
        QVERIFY2(undocumented.isEmpty(), qPrintable(u"Routes missing from openapi.yaml: "_s + undocumented.join(u", "_s)));
        QVERIFY2(unserved.isEmpty(), qPrintable(u"Documented routes the server lacks: "_s + unserved.join(u", "_s)));
        QCOMPARE(documented.size(), registered.size());
    }

    void readerRejectsIrregularDocument()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString fileName = folder.filePath(u"bad.yaml"_s);
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("openapi: 3.0.3\npaths:\n  /a:\n    get:\n      summary: x\n    fetch:\n      summary: y\n");
        file.close();
        QSet<QString> routes;
        QString error;
        QVERIFY(!readDocumentedRoutes(fileName, &routes, &error));
        QVERIFY2(error.contains(u"fetch"_s), qPrintable(error));
        QVERIFY(routes.contains(u"GET /a"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
