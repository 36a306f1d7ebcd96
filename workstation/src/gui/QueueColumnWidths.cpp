#include "gui/QueueColumnWidths.h"

#include "gui/QueueLogging.h"
#include "gui/QueueModel.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace nodues::workstation {

namespace {

// The columns of long texts, with their default width in average characters of the view's font.
struct LongColumn
{
    int column;
    int characters;
};
constexpr LongColumn kLongColumns[] = {
    {QueueModel::ApplicantColumn, 26},
    {QueueModel::ElectionColumn, 18},
    {QueueModel::DcColumn, 16},
};

} // namespace

QueueColumnWidths::QueueColumnWidths(QTableView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    // Short columns fit their contents (Qt measures at most 1000 rows for it); the long texts
    // get a width the officer can change. The applicant's name keeps its own width: stretched, it
    // shrank to nothing in a narrow window while the columns sized to their contents kept theirs.
    // The last column takes the room that is left.
    QHeaderView *header = m_view.horizontalHeader();
    header->setStretchLastSection(true);
    applyResizeModes();
    const int characterWidth = m_view.fontMetrics().averageCharWidth();
    for (const LongColumn &entry : kLongColumns)
        header->resizeSection(entry.column, std::max(characterWidth * entry.characters, minimumWidth(entry.column)));

    connect(header, &QHeaderView::sectionResized, this, &QueueColumnWidths::handleSectionResized);
    // A language switch changes the header texts, and with them the minimum widths.
    if (m_view.model())
        connect(m_view.model(), &QAbstractItemModel::headerDataChanged, this, &QueueColumnWidths::enforceMinimums);
}

bool QueueColumnWidths::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return false;
    QHeaderView *header = m_view.horizontalHeader();
    const QByteArray defaults = header->saveState();
    if (!header->restoreState(state)) {
        qCWarning(lcQueue) << "Could not restore the saved queue columns; using the default widths";
        header->restoreState(defaults);
        return false;
    }

    // A state saved by another version may contain other resize modes, and this version's win.
    applyResizeModes();
    header->setStretchLastSection(true);
    enforceMinimums();
    return true;
}

QByteArray QueueColumnWidths::saveState() const
{
    return m_view.horizontalHeader()->saveState();
}

int QueueColumnWidths::minimumWidth(int column) const
{
    // sectionSizeHint() measures the header text, with room for the sort indicator.
    int width = m_view.horizontalHeader()->sectionSizeHint(column);
    if (column == QueueModel::NumberColumn) {
        // QTableView makes sizeHintForColumn() protected, but QAbstractItemView declares it public.
        const QAbstractItemView &view = m_view;
        width = std::max(width, view.sizeHintForColumn(column));
    }
    return width;
}

void QueueColumnWidths::enforceMinimums()
{
    QHeaderView *header = m_view.horizontalHeader();
    m_adjusting = true;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        const int minimum = minimumWidth(column);
        if (header->sectionSize(column) < minimum)
            header->resizeSection(column, minimum);
    }
    m_adjusting = false;
}

void QueueColumnWidths::applyResizeModes()
{
    QHeaderView *header = m_view.horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const LongColumn &entry : kLongColumns)
        header->setSectionResizeMode(entry.column, QHeaderView::Interactive);
}

void QueueColumnWidths::handleSectionResized(int column, int, int newWidth)
{
    QHeaderView *header = m_view.horizontalHeader();
    if (m_adjusting || header->sectionResizeMode(column) != QHeaderView::Interactive)
        return;
    const int minimum = minimumWidth(column);
    if (newWidth >= minimum)
        return;
    m_adjusting = true;
    header->resizeSection(column, minimum);
    m_adjusting = false;
}

} // namespace nodues::workstation
