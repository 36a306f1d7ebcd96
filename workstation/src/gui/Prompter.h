#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace nodues::workstation {

// A yes-or-no question for the officer. The buttons are the verb and Cancel, never Yes and No.
struct Question
{
    QString title;
    QString text;
    // A second paragraph with details, or empty.
    QString detail;
    // The text of the button that goes ahead, a verb: "Sign out", "Approve 12 applications".
    QString acceptVerb;
    // Cancel is the default button (the one Enter presses) of a destructive question, and the
    // verb is the default of any other.
    bool destructive = false;
};

// The one way the workstation's windows show message boxes and run modal dialogs, so tests can
// answer them without timers: the program uses MessageBoxPrompter, tests ScriptedPrompter.
class Prompter
{
public:
    virtual ~Prompter() = default;

    // Returns true when the officer chose question.acceptVerb, false on Cancel or Escape.
    virtual bool ask(QWidget *parent, const Question &question) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    // Shows a warning without waiting for the officer: the box stays open beside the window and
    // the caller goes on. For problems found in the background, while another dialog may run.
    virtual void warnModeless(QWidget *parent, const QString &title, const QString &text) = 0;
    // Runs dialog modally and returns its result (QDialog::Accepted or QDialog::Rejected).
    virtual int execDialog(QDialog &dialog) = 0;
};

} // namespace nodues::workstation
