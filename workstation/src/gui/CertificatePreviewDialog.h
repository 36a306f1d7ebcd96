#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace nodues::workstation {

class PdfPageRenderer;

// Shows certificate PDFs from bytes in memory (the rendered, unsigned PDF before signing, or the
// signed PDF stored in the cache). A list beside the page chooses among several certificates.
// The page fits the window at first; the officer can fit its width or zoom.
//
// PdfPageRenderer (poppler) draws the pages, form fields included, so a signed certificate shows
// its visible signature as it will be printed. The pages are images in a scroll area, one under
// the other, rendered again for the screen's pixels whenever the zoom or the window's size
// changes.
//
// With an accept verb ("Sign 3 certificates", "Print"), the verb is the default button beside
// Cancel, so the dialog confirms the next step. Without one it only shows, with Close.
class CertificatePreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class ZoomMode {
        FitInView,  // the whole page in the window
        FitToWidth, // the page's width fills the window
        Custom,     // zoomFactor() times the page's real size
    };

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
    ZoomMode zoomMode() const { return m_zoomMode; }
    // 1.0 shows the page at its real size on a screen of the system's logical resolution.
    qreal zoomFactor() const;
    // The image of page (from 0) as shown now, in device pixels; null when there is none.
    QImage pageImage(int page) const;
    QScrollArea *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void showItem(int index);
    void updatePageCount();
    void setZoomMode(ZoomMode mode);
    void zoomBy(qreal step);
    // Pixels (device independent) per point of the first page for the zoom mode and the window.
    qreal scaleForView() const;
    // Renders the pages at scaleForView(); with force false, only when the scale changed.
    void renderPages(bool force);

    QList<Item> m_items;
    int m_current = -1;
    QString m_acceptVerb;

    std::unique_ptr<PdfPageRenderer> m_document;
    ZoomMode m_zoomMode = ZoomMode::FitInView;
    qreal m_customScale = 1.0; // pixels per point in ZoomMode::Custom
    qreal m_renderedScale = 0; // pixels per point of the images shown; 0 before any
    QList<QImage> m_pageImages;

    QListWidget *m_certificateList = nullptr;
    QScrollArea *m_view = nullptr;
    QWidget *m_pagesWidget = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QList<QLabel *> m_pageLabels;
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
