#include "gui/MessageBoxPrompter.h"

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

std::unique_ptr<QMessageBox> MessageBoxPrompter::createQuestionBox(QWidget *parent, const Question &question)
{
    auto box = std::make_unique<QMessageBox>(question.destructive ? QMessageBox::Warning : QMessageBox::Question,
                                             question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(u"questionMessageBox"_s);
    box->setInformativeText(question.detail);
    QPushButton *accept = box->addButton(question.acceptVerb, QMessageBox::AcceptRole);
    accept->setObjectName(u"acceptButton"_s);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(question.destructive ? cancel : accept);
    box->setEscapeButton(cancel);
    return box;
}

std::unique_ptr<QMessageBox> MessageBoxPrompter::createMessageBox(QWidget *parent, bool warning, const QString &title,
                                                                  const QString &text)
{
    auto box = std::make_unique<QMessageBox>(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                             QMessageBox::NoButton, parent);
    box->setObjectName(u"messageBox"_s);
    QPushButton *ok = box->addButton(tr("OK"), QMessageBox::AcceptRole);
    ok->setObjectName(u"okButton"_s);
    box->setDefaultButton(ok);
    box->setEscapeButton(ok);
    return box;
}

bool MessageBoxPrompter::ask(QWidget *parent, const Question &question)
{
    const std::unique_ptr<QMessageBox> box = createQuestionBox(parent, question);
    box->exec();
    return box->clickedButton() == box->findChild<QPushButton *>(u"acceptButton"_s);
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    createMessageBox(parent, false, title, text)->exec();
}

void MessageBoxPrompter::warn(QWidget *parent, const QString &title, const QString &text)
{
    createMessageBox(parent, true, title, text)->exec();
}

void MessageBoxPrompter::warnModeless(QWidget *parent, const QString &title, const QString &text)
{
    // The box deletes itself when closed; until then parent owns it.
    QMessageBox *box = createMessageBox(parent, true, title, text).release();
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

int MessageBoxPrompter::execDialog(QDialog &dialog)
{
    return dialog.exec();
}

} // namespace nodues::workstation
