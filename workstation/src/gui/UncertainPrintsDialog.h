#pragma once

#include "cache/PrintRecords.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace nodues::workstation {

// Shown when the workstation starts and finds prints left "sending" by a crash or a power cut:
// the certificates were on their way to the printer, and may or may not have printed. It lists
// them (certificate, copy, printer, time in IST) and prompts the officer to check the printer's
// output, then to choose:
//   Mark as printed    the pages came out; nothing prints again.
//   Print again        they did not; the certificates print again, as copies, because the
//                      first pages may still turn up.
//   Decide later       (Escape, the default) nothing changes; the dialog comes back next start,
//                      and the certificates stay out of batch prints until then.
class UncertainPrintsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Decision { Later, MarkPrinted, PrintAgain };

    explicit UncertainPrintsDialog(const QList<PrintEntry> &entries, QWidget *parent = nullptr);

    Decision decision() const { return m_decision; }

private:
    Decision m_decision = Decision::Later;
    QTreeWidget *m_list = nullptr;
};

} // namespace nodues::workstation
