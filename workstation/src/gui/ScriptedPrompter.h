#pragma once

#include "gui/Prompter.h"

#include <QList>
#include <QString>

#include <functional>

namespace nodues::workstation {

// The Prompter of tests: it shows nothing, records every question, message and dialog, answers
// questions from a queue of preset answers and hands each dialog to a preset script.
class ScriptedPrompter final : public Prompter
{
public:
    enum class Kind { Question, Information, Warning, ModelessWarning, Dialog };

    struct Record
    {
        Kind kind = Kind::Question;
        QString title;
        QString text;
        // For questions: the verb, whether it was destructive, and the answer given.
        QString acceptVerb;
        bool destructive = false;
        bool accepted = false;
        // For dialogs: the dialog's objectName.
        QString dialogName;
    };

    // Works on a dialog that execDialog() received, for example by typing into its children and
    // clicking its buttons, and leaves it accepted or rejected. It may wait with QTest::qWaitFor
    // for answers from a server; the dialog is shown while the script runs.
    using DialogScript = std::function<void(QDialog &dialog)>;

    // Queues the answer of the next question. A question without a queued answer gets Cancel
    // and counts in unansweredCount().
    void answerNext(bool accept) { m_answers << accept; }
    // Queues the script of the next dialog. A dialog without one is rejected and counts in
    // unansweredCount().
    void scriptNextDialog(DialogScript script) { m_scripts << std::move(script); }

    bool ask(QWidget *parent, const Question &question) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void warnModeless(QWidget *parent, const QString &title, const QString &text) override;
    int execDialog(QDialog &dialog) override;

    const QList<Record> &records() const { return m_records; }
    // The records of one kind, in order.
    QList<Record> recordsOf(Kind kind) const;
    int unansweredCount() const { return m_unanswered; }
    // The answers and scripts queued but not used yet.
    qsizetype pendingCount() const { return m_answers.size() + m_scripts.size(); }
    void clearRecords() { m_records.clear(); }

private:
    QList<bool> m_answers;
    QList<DialogScript> m_scripts;
    QList<Record> m_records;
    int m_unanswered = 0;
};

} // namespace nodues::workstation
