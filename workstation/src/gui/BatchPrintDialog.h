#pragma once

#include "print/CertificatePrintRun.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QRadioButton;

namespace nodues::workstation {

// Asks which certificates a batch print takes: the chosen ones (the queue's selection), or every
// certificate of the office not yet printed. Each choice shows how many certificates it prints;
// a choice with none is disabled. Notes below count the chosen certificates that cannot print,
// one line per reason, the certificates whose signed PDF the server refused, and the prints that
// wait for a decision after a crash. Print is the default button; Cancel closes.
class BatchPrintDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Chosen, AllUnprinted };

    struct Counts
    {
        int chosen = 0;       // chosen certificates that print
        int chosenCopies = 0; // chosen ones that print as copies
        // Chosen ones that cannot print, by the reason; Refused and Uncertain are counted below.
        QMap<CertificatePrintRun::SkipReason, int> chosenSkipped;
        int refused = 0;   // chosen or not yet printed ones whose signed PDF the server refused
        int unprinted = 0; // every certificate not yet printed
        int uncertain = 0; // prints waiting for the officer's decision
    };

    BatchPrintDialog(const Counts &counts, QWidget *parent = nullptr);

    Choice choice() const;
    void setChoice(Choice choice);

private:
    // The note for count chosen certificates left out for reason; empty for Refused and
    // Uncertain, which have notes of their own.
    static QString skipNote(CertificatePrintRun::SkipReason reason, int count);
    void updateButton();

    Counts m_counts;
    QRadioButton *m_chosenRadio = nullptr;
    QRadioButton *m_unprintedRadio = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace nodues::workstation
