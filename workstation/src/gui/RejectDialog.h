#pragma once

#include "applications/RejectionReason.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues::workstation {

// Collects a rejection: a reason from the server's fixed list (GET
// /api/v1/officer/rejection-reasons) and remarks, which the reason "other" needs. The applicant
// sees the remarks on the consumer portal, and the dialog tells the officer so. The Reject button stays
// disabled until the choice is complete; Enter then confirms. The reason's text is
// shown in the interface language; the applicant's SMS uses the applicant's language.
class RejectDialog final : public QDialog
{
    Q_OBJECT

public:
    // intro names what is rejected ("Reject application ... of ...?"); note, when not empty, is
    // shown under the fields (why the rejection waits in the queue, for instance).
    RejectDialog(const QString &intro, const QList<RejectionReason> &reasons, const QString &note,
                 QWidget *parent = nullptr);

    // The chosen reason's code; empty while none is chosen.
    QString reasonCode() const;
    QString remarks() const;

    static constexpr int kMaxRemarksLength = 500;

private:
    void updateRejectButton();
    const RejectionReason *chosenReason() const;

    QList<RejectionReason> m_reasons;
    QComboBox *m_reasonCombo = nullptr;
    QLineEdit *m_remarksEdit = nullptr;
    QLabel *m_remarksHintLabel = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace nodues::workstation
