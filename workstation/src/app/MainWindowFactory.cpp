#include "app/MainWindowFactory.h"

namespace nodues::workstation {

// TODO: create gui/MainWindow here once it exists; until then the program ends after sign-in.
std::unique_ptr<QWidget> createMainWindow(const MainWindowContext &)
{
    return nullptr;
}

} // namespace nodues::workstation
