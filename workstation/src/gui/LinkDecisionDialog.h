#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues::workstation {

// A connection the applicant linked pending verification: its bill has no mobile number, so the
// clerk checks the bill at the DC before the application can go ahead.
struct PendingLink
{
    QString ivrs;
    QString name;
    QString address;
    QString dcCode;
    bool primary = false;
};

// The clerk's check of a pending link on a submitted application: confirm that the connection is
// the applicant's, or refuse it, with optional remarks. Enter confirms the link; refusing takes its
// own button. The primary connection cannot be refused (the server responds 422 primary_link), so
// its Refuse button is disabled with the reason shown.
class LinkDecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Confirm, Refuse };

    // links must not be empty.
    LinkDecisionDialog(const QString &applicationNumber, const QList<PendingLink> &links, bool offline,
                       QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }
    QString ivrs() const;
    QString remarks() const;

    static constexpr int kMaxRemarksLength = 500;

private:
    void showChosenLink();

    QList<PendingLink> m_links;
    Decision m_decision = Decision::Confirm;
    QComboBox *m_linkCombo = nullptr;
    QLabel *m_linkDetailsLabel = nullptr;
    QLabel *m_primaryHintLabel = nullptr;
    QLineEdit *m_remarksEdit = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
};

} // namespace nodues::workstation
