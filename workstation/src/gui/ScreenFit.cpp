#include "gui/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace nodues::workstation::ScreenFit {

QRect availableGeometry(const QWidget &window)
{
    const QScreen *screen = window.screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QSize fittedSize(const QSize &preferred, const QSize &minimum, const QRect &available)
{
    if (available.isEmpty())
        return preferred;
    const QSize room = (available.size() - kFrameAllowance).expandedTo(QSize(1, 1));
    return preferred.boundedTo(room).expandedTo(minimum).boundedTo(room);
}

bool fits(const QRect &geometry, const QRect &available)
{
    if (!geometry.isValid() || available.isEmpty())
        return false;
    const QSize room = available.size() - kFrameAllowance;
    return available.contains(geometry) && geometry.width() <= room.width() && geometry.height() <= room.height();
}

void resizeToScreen(QWidget &window, const QSize &preferred, const QSize &minimum)
{
    window.resize(fittedSize(preferred, minimum, availableGeometry(window)));
}

bool restoreGeometry(QWidget &window, const QRect &saved, const QSize &preferred, const QSize &minimum)
{
    const QRect available = availableGeometry(window);
    if (!fits(saved, available) || saved.width() < minimum.width() || saved.height() < minimum.height()) {
        resizeToScreen(window, preferred, minimum);
        return false;
    }
    window.setGeometry(saved);
    return true;
}

} // namespace nodues::workstation::ScreenFit
