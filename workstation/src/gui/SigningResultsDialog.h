#pragma once

#include "cache/CertificateFiles.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nodues::workstation {

// The outcome of signing one certificate of a batch.
struct SigningOutcome
{
    QString certificateNumber;
    QString applicationNumber;
    QString applicant;   // the applicant's name as the queue shows it
    bool stored = false; // signed and stored in the cache
    QString message;     // why it was not signed or stored; empty when stored
    // For a stored one: the state of its upload, and the server's reason when it was not accepted.
    CertificateUploadState upload = CertificateUploadState::Pending;
    QString uploadMessage{};
};

// Lists each certificate of a signing batch with its outcome: signed and waiting to be uploaded,
// signed and uploaded, or not signed with the reason. The caller reports uploads that land while
// the dialog is open (setUploadState()). "Preview signed" closes the dialog with PreviewResult,
// so the caller can show the stored signed PDFs through its Prompter.
class SigningResultsDialog final : public QDialog
{
    Q_OBJECT

public:
    // The result of exec() after "Preview signed".
    static constexpr int PreviewResult = 2;

    // stopped: the officer stopped the batch before every certificate was signed.
    SigningResultsDialog(const QList<SigningOutcome> &outcomes, bool stopped, QWidget *parent = nullptr);

    // The upload of certificateNumber moved to state; message is the server's reason when it
    // did not accept the upload. A number not in the batch is ignored.
    void setUploadState(const QString &certificateNumber, CertificateUploadState state, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString outcomeText(const SigningOutcome &outcome);

    QList<SigningOutcome> m_outcomes;
    bool m_stopped;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_resultsTree = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace nodues::workstation
