#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace nodues::workstation {

// Sizes top-level windows for the screen they open on. Many office PCs have 1366×768 screens,
// where a taskbar leaves about 728 pixels of height, so a fixed size such as 1280×800 puts a
// window's lower edge and its buttons off the screen.
namespace ScreenFit {

// Room kept for the window manager's frame and title bar. A window learns its frame only once
// it is shown, so this is an estimate: about 30 pixels of title bar and a few of border on
// common Linux and Windows desktops.
inline constexpr QSize kFrameAllowance{16, 40};

// The available geometry (the screen without taskbars and docks) of the screen that window is
// on, or of the primary screen before the window is placed.
QRect availableGeometry(const QWidget &window);

// preferred, shrunk to fit available together with kFrameAllowance, but not below minimum.
// When the screen is smaller than minimum too, the result fits the screen.
QSize fittedSize(const QSize &preferred, const QSize &minimum, const QRect &available);

// Whether a window with this geometry (the client area, as QWidget::normalGeometry() returns it)
// lies within available with room for kFrameAllowance.
bool fits(const QRect &geometry, const QRect &available);

// Resizes window to fittedSize() for its screen. The position is left to the window manager, or
// for a dialog to QDialog, which centres it over its parent.
void resizeToScreen(QWidget &window, const QSize &preferred, const QSize &minimum);

// Gives window the saved geometry when it fits() the current screen and is at least minimum.
// Otherwise it sizes the window with resizeToScreen(). Returns whether the saved geometry was used. A
// geometry saved on a larger monitor, or on a screen that is gone, is not used.
bool restoreGeometry(QWidget &window, const QRect &saved, const QSize &preferred, const QSize &minimum);

} // namespace ScreenFit

} // namespace nodues::workstation
