#pragma once

#include "gui/QueueFilterModel.h"

#include <QList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;

namespace nodues::workstation {

// The bar above the queue: a tab per QueueTab with its count, and the DC, election kind,
// overdue-only and search filters. It drives a QueueFilterModel and shows its counts.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit QueueFilterBar(QueueFilterModel &filter, QWidget *parent = nullptr);

    // The DCs to offer, as (code, name) pairs; the choice is kept when its DC is still listed.
    void setDcChoices(const QList<std::pair<QString, QString>> &dcs);
    void setTab(QueueTab tab);
    void focusSearch();

    QTabBar *tabBar() const { return m_tabBar; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QCheckBox *overdueCheckBox() const { return m_overdueCheckBox; }

signals:
    // Return was pressed in the search box: the queue should take the focus.
    void searchSubmitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounts();
    void fillElectionKinds();

    QueueFilterModel &m_filter;
    QList<std::pair<QString, QString>> m_dcs;
    QTabBar *m_tabBar = nullptr;
    QLabel *m_dcLabel = nullptr;
    QComboBox *m_dcCombo = nullptr;
    QLabel *m_electionLabel = nullptr;
    QComboBox *m_electionCombo = nullptr;
    QCheckBox *m_overdueCheckBox = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
};

} // namespace nodues::workstation
