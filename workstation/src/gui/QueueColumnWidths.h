#pragma once

#include <QByteArray>
#include <QObject>

class QTableView;

namespace nodues::workstation {

// The column widths of the queue (a QTableView over a QueueModel, directly or through a proxy).
//
// Short columns (number, status, dates, dues) fit their contents, and the officer cannot drag them.
// The long texts (applicant, election, DC) get a default width that the officer can change, with
// the whole text in the tooltip. Every column stays at least as wide as its header text with the
// sort indicator, and the number column as wide as its longest number, in the interface
// language. That holds for a restored header state, for dragging and after a language switch,
// which changes the header texts.
class QueueColumnWidths final : public QObject
{
    Q_OBJECT

public:
    // Sets the resize modes and default widths of view's horizontal header. view must outlive
    // this object (making it a child of the view does that).
    explicit QueueColumnWidths(QTableView &view, QObject *parent = nullptr);

    // Restores a state that QHeaderView::saveState() returned (widths, order, sort column), then
    // sets the resize modes again and widens the columns below their minimum. Returns false, and
    // keeps the default widths, for an empty or unreadable state.
    bool restoreState(const QByteArray &state);
    QByteArray saveState() const;

    // The minimum width that shows column's header text, and for the number column a whole
    // number, in the current language and font.
    int minimumWidth(int column) const;
    // Widens every column that is narrower than its minimum.
    void enforceMinimums();

private:
    void applyResizeModes();
    void handleSectionResized(int column, int oldWidth, int newWidth);

    QTableView &m_view;
    bool m_adjusting = false;
};

} // namespace nodues::workstation
