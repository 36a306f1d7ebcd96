#include "gui/ToolBarShortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QRegularExpression>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QString toolBarLabel(const QAction &action)
{
    static const QRegularExpression translatedMnemonic(u"\\s*\\(&[^)]\\)"_s);
    QString text = action.text();
    text.remove(translatedMnemonic);
    text.replace(u"&&"_s, u"\u0001"_s).remove(u'&').replace(u'\u0001', u'&');
    text.remove(u"…"_s);
    const QKeySequence shortcut = action.shortcut();
    if (shortcut.isEmpty())
        return text;
    return u"%1 (%2)"_s.arg(text, shortcut.toString(QKeySequence::NativeText));
}

void showShortcutsOnToolBar(QToolBar &toolBar)
{
    const QList<QAction *> actions = toolBar.actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        const auto relabel = [action] {
            const QString label = toolBarLabel(*action);
            // setIconText() emits changed() again; the comparison ends the loop.
            if (action->iconText() != label)
                action->setIconText(label);
        };
        relabel();
        QObject::connect(action, &QAction::changed, action, relabel);
    }
}

} // namespace nodues::workstation
