#pragma once

#include <QString>

class QAction;
class QToolBar;

namespace nodues::workstation {

// The label a toolbar button shows for action: its text without the menu mnemonic (a "&" or a
// translation's "(&X)") followed by its first shortcut, as in "Forward (F6)". Menus underline the
// mnemonic; a toolbar button cannot, so it names the key that works everywhere instead.
QString toolBarLabel(const QAction &action);

// Labels every action on toolBar that has a shortcut with toolBarLabel(), now and whenever the
// action's text or shortcut changes (a language switch, a selection count).
void showShortcutsOnToolBar(QToolBar &toolBar);

} // namespace nodues::workstation
