// nodues-workstation: the officer's desktop program. Start-up lives in app/; this file only
// hands over to it, with the version that CMake defines for this executable.
#include "app/WorkstationApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationVersion(QStringLiteral(NODUES_VERSION));
    return nodues::workstation::runWorkstation(argc, argv);
}
