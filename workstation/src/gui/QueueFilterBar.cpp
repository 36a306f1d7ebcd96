#include "gui/QueueFilterBar.h"

#include "applications/ElectionKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

constexpr int kComboCharacters = 18;
constexpr int kSearchCharacters = 30;

} // namespace

QueueFilterBar::QueueFilterBar(QueueFilterModel &filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_tabBar(new QTabBar(this))
    , m_dcLabel(new QLabel(this))
    , m_dcCombo(new QComboBox(this))
    , m_electionLabel(new QLabel(this))
    , m_electionCombo(new QComboBox(this))
    , m_overdueCheckBox(new QCheckBox(this))
    , m_searchLabel(new QLabel(this))
    , m_searchEdit(new QLineEdit(this))
{
    setObjectName(u"queueFilterBar"_s);
    m_tabBar->setObjectName(u"queueTabBar"_s);
    m_dcCombo->setObjectName(u"dcFilterCombo"_s);
    m_electionCombo->setObjectName(u"electionFilterCombo"_s);
    m_overdueCheckBox->setObjectName(u"overdueOnlyCheckBox"_s);
    m_searchEdit->setObjectName(u"searchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_dcLabel->setBuddy(m_dcCombo);
    m_electionLabel->setBuddy(m_electionCombo);
    m_searchLabel->setBuddy(m_searchEdit);

    // The tab bar takes no focus: Ctrl+1 to Ctrl+6 switch tabs, so Tab moves between the fields.
    m_tabBar->setFocusPolicy(Qt::NoFocus);
    m_tabBar->setExpanding(false);
    m_tabBar->setDrawBase(false);
    for (int tab = 0; tab < kQueueTabCount; ++tab)
        m_tabBar->addTab(QString());
    m_tabBar->setCurrentIndex(int(m_filter.tab()));

    m_dcCombo->addItem(QString(), QString());
    m_electionCombo->addItem(QString(), QString());
    for (const ElectionKind kind : electionKinds())
        m_electionCombo->addItem(QString(), electionKindCode(kind));
    // Fixed widths, whatever the language: combo boxes sized to their contents grew with the
    // longer names after a language switch and squeezed the search box.
    for (QComboBox *combo : {m_dcCombo, m_electionCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(kComboCharacters);
    }
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().averageCharWidth() * kSearchCharacters);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchLabel);
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_dcLabel);
    filterRow->addWidget(m_dcCombo);
    filterRow->addWidget(m_electionLabel);
    filterRow->addWidget(m_electionCombo);
    filterRow->addWidget(m_overdueCheckBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabBar);
    layout->addLayout(filterRow);

    connect(m_tabBar, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            m_filter.setTab(QueueTab(index));
    });
    connect(m_dcCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setDcCode(m_dcCombo->currentData().toString()); });
    connect(m_electionCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setElectionKind(m_electionCombo->currentData().toString()); });
    connect(m_overdueCheckBox, &QCheckBox::toggled, &m_filter, &QueueFilterModel::setOverdueOnly);
    connect(m_searchEdit, &QLineEdit::textChanged, &m_filter, &QueueFilterModel::setSearchText);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &QueueFilterBar::searchSubmitted);
    connect(&m_filter, &QueueFilterModel::countsChanged, this, &QueueFilterBar::updateCounts);

    retranslate();
}

void QueueFilterBar::setDcChoices(const QList<std::pair<QString, QString>> &dcs)
{
    if (dcs == m_dcs)
        return;
    m_dcs = dcs;
    const QString chosen = m_dcCombo->currentData().toString();
    const QSignalBlocker blocker(m_dcCombo);
    while (m_dcCombo->count() > 1)
        m_dcCombo->removeItem(1);
    int chosenIndex = 0;
    for (const auto &[code, name] : std::as_const(m_dcs)) {
        m_dcCombo->addItem(name.isEmpty() || name == code ? code : u"%1 (%2)"_s.arg(name, code), code);
        if (code == chosen)
            chosenIndex = m_dcCombo->count() - 1;
    }
    m_dcCombo->setCurrentIndex(chosenIndex);
    m_filter.setDcCode(m_dcCombo->currentData().toString());
}

void QueueFilterBar::setTab(QueueTab tab)
{
    m_tabBar->setCurrentIndex(int(tab));
}

void QueueFilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void QueueFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueFilterBar::retranslate()
{
    m_searchLabel->setText(tr("&Search:"));
    m_searchEdit->setPlaceholderText(tr("Application number, IVRS, name or mobile"));
    m_dcLabel->setText(tr("&DC:"));
    m_dcCombo->setItemText(0, tr("All DCs"));
    m_electionLabel->setText(tr("E&lection:"));
    fillElectionKinds();
    m_overdueCheckBox->setText(tr("&Overdue only"));
    updateCounts();
}

void QueueFilterBar::fillElectionKinds()
{
    m_electionCombo->setItemText(0, tr("All elections"));
    for (int index = 1; index < m_electionCombo->count(); ++index) {
        const std::optional<ElectionKind> kind = electionKindFromCode(m_electionCombo->itemData(index).toString());
        if (kind)
            m_electionCombo->setItemText(index, electionKindTitle(*kind).translated());
    }
}

void QueueFilterBar::updateCounts()
{
    const std::array<int, kQueueTabCount> counts = m_filter.tabCounts();
    for (int tab = 0; tab < kQueueTabCount; ++tab) {
        const QString title = QueueFilterModel::tabTitle(QueueTab(tab));
        m_tabBar->setTabText(tab, u"%1 (%2)"_s.arg(title).arg(counts.at(size_t(tab))));
    }
}

} // namespace nodues::workstation
