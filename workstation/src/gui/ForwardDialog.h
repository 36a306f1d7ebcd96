#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues::workstation {

// The clerk's Forward of one submitted application to the division officer, with optional
// remarks (at most 500 characters, as the server accepts). Enter confirms. The dialog only
// collects the choice; the caller queues the action.
class ForwardDialog final : public QDialog
{
    Q_OBJECT

public:
    // applicant is the name to show beside the number; offline adds a note that the forward waits
    // in the queue of actions until the server responds.
    ForwardDialog(const QString &applicationNumber, const QString &applicant, bool offline, QWidget *parent = nullptr);

    // The remarks with surrounding spaces removed; empty when none were typed.
    QString remarks() const;

    static constexpr int kMaxRemarksLength = 500;

private:
    QLineEdit *m_remarksEdit = nullptr;
    QPushButton *m_forwardButton = nullptr;
};

} // namespace nodues::workstation
