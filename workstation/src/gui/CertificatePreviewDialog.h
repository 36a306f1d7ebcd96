#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QString>

class QBuffer;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace nodues::workstation {

// Shows certificate PDFs with QtPdf, from bytes in memory (the rendered, unsigned PDF before
// signing, or the signed PDF stored in the cache). A list beside the page chooses among several
// certificates. The page fits the window at first; the officer can fit its width or zoom.
//
// NOTE: QtPdf 6.4 renders with pdfium's FPDF_RenderPageBitmap, which never draws form-field
// widgets, so the visible signature (a signature field's widget) stays blank here, although
// pdfsig and pdftoppm show it. The page and its QR code are shown whole.
//
// With an accept verb ("Sign 3 certificates", "Print"), the verb is the default button beside
// Cancel, so the dialog confirms the next step. Without one it only shows, with Close.
class CertificatePreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Item
    {
        QString number; // the certificate number
        QString title;  // what else names it for the officer, such as the applicant; may be empty
        QString note;   // a line above the page, such as "Not signed yet"; may be empty
        QByteArray pdf;
    };

    explicit CertificatePreviewDialog(QWidget *parent = nullptr);
    ~CertificatePreviewDialog() override;

    // Replaces the certificates and shows the first.
    void setItems(const QList<Item> &items);
    int itemCount() const { return int(m_items.size()); }
    void setAcceptVerb(const QString &verb);

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // The pages of the certificate shown; 0 when its PDF could not be read.
    int pageCount() const;
    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void showItem(int index);
    void updatePageCount();

    QList<Item> m_items;
    int m_current = -1;
    QString m_acceptVerb;

    QPdfDocument *m_document = nullptr;
    // The bytes QtPdf reads while the document is open; it reads them on demand, not once.
    QBuffer *m_buffer = nullptr;

    QListWidget *m_certificateList = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QPushButton *m_fitPageButton = nullptr;
    QPushButton *m_fitWidthButton = nullptr;
    QPushButton *m_zoomInButton = nullptr;
    QPushButton *m_zoomOutButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace nodues::workstation
