#include "gui/ScriptedPrompter.h"

#include <QDialog>

namespace nodues::workstation {

bool ScriptedPrompter::ask(QWidget *, const Question &question)
{
    Record record;
    record.kind = Kind::Question;
    record.title = question.title;
    record.text = question.text;
    record.acceptVerb = question.acceptVerb;
    record.destructive = question.destructive;
    if (m_answers.isEmpty())
        ++m_unanswered;
    else
        record.accepted = m_answers.takeFirst();
    m_records << record;
    return record.accepted;
}

void ScriptedPrompter::inform(QWidget *, const QString &title, const QString &text)
{
    m_records << Record{Kind::Information, title, text, {}, false, false, {}};
}

void ScriptedPrompter::warn(QWidget *, const QString &title, const QString &text)
{
    m_records << Record{Kind::Warning, title, text, {}, false, false, {}};
}

void ScriptedPrompter::warnModeless(QWidget *, const QString &title, const QString &text)
{
    m_records << Record{Kind::ModelessWarning, title, text, {}, false, false, {}};
}

int ScriptedPrompter::execDialog(QDialog &dialog)
{
    Record record;
    record.kind = Kind::Dialog;
    record.title = dialog.windowTitle();
    record.dialogName = dialog.objectName();

    dialog.setResult(QDialog::Rejected);
    if (m_scripts.isEmpty()) {
        ++m_unanswered;
    } else {
        const DialogScript script = m_scripts.takeFirst();
        dialog.show();
        script(dialog);
        dialog.hide();
    }
    record.accepted = dialog.result() == QDialog::Accepted;
    m_records << record;
    return dialog.result();
}

QList<ScriptedPrompter::Record> ScriptedPrompter::recordsOf(Kind kind) const
{
    QList<Record> matching;
    for (const Record &record : m_records) {
        if (record.kind == kind)
            matching << record;
    }
    return matching;
}

} // namespace nodues::workstation
