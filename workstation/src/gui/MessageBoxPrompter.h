#pragma once

#include "gui/Prompter.h"

#include <QCoreApplication>

#include <memory>

class QMessageBox;

namespace nodues::workstation {

// Shows questions and messages in QMessageBox and runs dialogs with QDialog::exec(). The buttons
// are added here with texts from the NoDues catalogue, so that a question's accept button names
// its action ("Approve") where a standard button would only read "Yes".
class MessageBoxPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxPrompter)

public:
    bool ask(QWidget *parent, const Question &question) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    void warnModeless(QWidget *parent, const QString &title, const QString &text) override;
    int execDialog(QDialog &dialog) override;

    // The boxes that ask(), inform() and warn() run, built but not shown, so tests can check
    // their buttons. A question box has acceptButton and cancelButton, a message box okButton.
    static std::unique_ptr<QMessageBox> createQuestionBox(QWidget *parent, const Question &question);
    static std::unique_ptr<QMessageBox> createMessageBox(QWidget *parent, bool warning, const QString &title,
                                                         const QString &text);
};

} // namespace nodues::workstation
