// nodues-workstation: the officer's desktop program. Start-up lives in app/; this file only
// hands over to it.
#include "app/WorkstationApplication.h"

int main(int argc, char *argv[])
{
    return nodues::workstation::runWorkstation(argc, argv);
}
