#include "app/HeadlessCommand.h"

#include "app/Language.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

bool HeadlessCommand::hasFlag(int argc, char *argv[], const char *flag)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

QTextStream &HeadlessCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &HeadlessCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int HeadlessCommand::fail(int code, const QString &message)
{
    err() << message << Qt::endl;
    return code;
}

void HeadlessCommand::setUp(const WorkstationSettings &settings, LanguageSwitcher &languages)
{
    const QString override = QProcessEnvironment::systemEnvironment().value(u"NODUES_LANG"_s);
    languages.apply(languageFromCode(override, settings.language()));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
}

int HeadlessCommand::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &exitCodes,
                           int okCode, int usageCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(usageCode, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << Qt::endl << exitCodes;
        return okCode;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(usageCode, tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    return -1;
}

} // namespace nodues::workstation
