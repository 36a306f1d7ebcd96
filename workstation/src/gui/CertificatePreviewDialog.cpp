#include "gui/CertificatePreviewDialog.h"

#include "gui/ScreenFit.h"
#include "print/PdfPageRenderer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Each zoom step multiplies or divides the scale by 1.25.
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 4.0;
// Room between the pages, and around them for the frame's rounding.
constexpr int kPageSpacing = 8;
constexpr int kFitSlack = 2;

} // namespace

CertificatePreviewDialog::CertificatePreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificatePreviewDialog"_s);
    m_document = std::make_unique<PdfPageRenderer>();
    buildWidgets();
    retranslate();
    // Tall enough for an A4 page at a readable scale where the screen allows it.
    ScreenFit::resizeToScreen(*this, QSize(760, 900), QSize(480, 400));
}

CertificatePreviewDialog::~CertificatePreviewDialog() = default;

void CertificatePreviewDialog::buildWidgets()
{
    m_certificateList = new QListWidget(this);
    m_certificateList->setObjectName(u"certificateList"_s);
    m_certificateList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Wide enough for a certificate number, NDC/<division>/<fiscal year>/<serial>.
    m_certificateList->setMinimumWidth(
        m_certificateList->fontMetrics().horizontalAdvance(u"NDC/00000/0000-00/0000000"_s) + 32);
    connect(m_certificateList, &QListWidget::currentRowChanged, this, &CertificatePreviewDialog::showItem);

    m_view = new QScrollArea(this);
    m_view->setObjectName(u"pdfView"_s);
    m_view->setBackgroundRole(QPalette::Dark);
    m_view->setAlignment(Qt::AlignCenter);
    m_view->setWidgetResizable(true);
    m_pagesWidget = new QWidget(m_view);
    m_pagesWidget->setObjectName(u"pagesWidget"_s);
    m_pagesLayout = new QVBoxLayout(m_pagesWidget);
    m_pagesLayout->setContentsMargins(0, 0, 0, 0);
    m_pagesLayout->setSpacing(kPageSpacing);
    m_pagesLayout->setAlignment(Qt::AlignHCenter);
    m_view->setWidget(m_pagesWidget);
    // A new size of the window changes the fitted scale.
    m_view->installEventFilter(this);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"noteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(u"pageCountLabel"_s);

    const auto makeButton = [this](const QString &name, const QKeySequence &shortcut) {
        auto *button = new QPushButton(this);
        button->setObjectName(name);
        button->setShortcut(shortcut);
        button->setAutoDefault(false);
        return button;
    };
    m_fitPageButton = makeButton(u"fitPageButton"_s, QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fitWidthButton = makeButton(u"fitWidthButton"_s, QKeySequence(Qt::CTRL | Qt::Key_9));
    m_zoomInButton = makeButton(u"zoomInButton"_s, QKeySequence::ZoomIn);
    m_zoomOutButton = makeButton(u"zoomOutButton"_s, QKeySequence::ZoomOut);
    connect(m_fitPageButton, &QPushButton::clicked, this, [this] { setZoomMode(ZoomMode::FitInView); });
    connect(m_fitWidthButton, &QPushButton::clicked, this, [this] { setZoomMode(ZoomMode::FitToWidth); });
    connect(m_zoomInButton, &QPushButton::clicked, this, [this] { zoomBy(kZoomStep); });
    connect(m_zoomOutButton, &QPushButton::clicked, this, [this] { zoomBy(1 / kZoomStep); });

    // The accept button joins the box only with a verb: the box shows every button it holds.
    m_buttons = new QDialogButtonBox(this);
    m_acceptButton = new QPushButton(this);
    m_acceptButton->setObjectName(u"acceptButton"_s);
    m_acceptButton->hide();
    m_closeButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(m_pageCountLabel, 1);
    zoomRow->addWidget(m_fitPageButton);
    zoomRow->addWidget(m_fitWidthButton);
    zoomRow->addWidget(m_zoomOutButton);
    zoomRow->addWidget(m_zoomInButton);

    auto *pagePane = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(pagePane);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_noteLabel);
    pageLayout->addLayout(zoomRow);
    pageLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_certificateList);
    splitter->addWidget(pagePane);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
}

void CertificatePreviewDialog::setItems(const QList<Item> &items)
{
    m_items = items;
    m_current = -1;
    m_certificateList->clear();
    for (const Item &item : items) {
        auto *row = new QListWidgetItem(item.title.isEmpty() ? item.number : item.number + u"\n"_s + item.title,
                                        m_certificateList);
        row->setToolTip(row->text());
    }
    // One certificate needs no list.
    m_certificateList->setVisible(items.size() > 1);
    if (items.isEmpty())
        showItem(-1);
    else
        m_certificateList->setCurrentRow(0);
}

void CertificatePreviewDialog::setAcceptVerb(const QString &verb)
{
    m_acceptVerb = verb;
    m_acceptButton->setText(verb);
    if (verb.isEmpty()) {
        m_buttons->removeButton(m_acceptButton);
        m_acceptButton->hide();
    } else if (!m_buttons->buttons().contains(m_acceptButton)) {
        m_buttons->addButton(m_acceptButton, QDialogButtonBox::AcceptRole);
        m_acceptButton->show();
    }
    m_acceptButton->setDefault(!verb.isEmpty());
    m_closeButton->setDefault(verb.isEmpty());
    retranslate();
}

void CertificatePreviewDialog::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_items.size())
        m_certificateList->setCurrentRow(index);
}

int CertificatePreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

qreal CertificatePreviewDialog::zoomFactor() const
{
    const qreal realSize = logicalDpiX() / 72.0;
    return (m_zoomMode == ZoomMode::Custom ? m_customScale : scaleForView()) / realSize;
}

QImage CertificatePreviewDialog::pageImage(int page) const
{
    return m_pageImages.value(page);
}

void CertificatePreviewDialog::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    renderPages(false);
}

void CertificatePreviewDialog::zoomBy(qreal step)
{
    const qreal realSize = logicalDpiX() / 72.0;
    const qreal factor = std::clamp(zoomFactor() * step, kMinZoom, kMaxZoom);
    m_customScale = factor * realSize;
    m_zoomMode = ZoomMode::Custom;
    renderPages(false);
}

qreal CertificatePreviewDialog::scaleForView() const
{
    const QSizeF page = m_document->pageSizePoints(0);
    if (page.isEmpty())
        return 0;
    if (m_zoomMode == ZoomMode::Custom)
        return m_customScale;
    // The viewport's size without scroll bars, so that showing one does not change the fit.
    const QSize room = m_view->maximumViewportSize() - QSize(kFitSlack, kFitSlack);
    const qreal widthScale = std::max(1, room.width()) / page.width();
    if (m_zoomMode == ZoomMode::FitInView)
        return std::min(widthScale, std::max(1, room.height()) / page.height());
    // Fit to width: a tall page needs the vertical scroll bar beside it.
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    return std::max(1, room.width() - scrollBar) / page.width();
}

void CertificatePreviewDialog::renderPages(bool force)
{
    const qreal scale = scaleForView();
    if (!force && std::abs(scale - m_renderedScale) < 1e-3)
        return;
    m_renderedScale = scale;
    m_pageImages.clear();
    const int pages = pageCount();
    while (m_pageLabels.size() > pages)
        delete m_pageLabels.takeLast();
    while (m_pageLabels.size() < pages) {
        auto *label = new QLabel(m_pagesWidget);
        label->setObjectName(u"pageLabel%1"_s.arg(m_pageLabels.size()));
        label->setAlignment(Qt::AlignCenter);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
        m_pageLabels.append(label);
    }
    const qreal ratio = m_view->devicePixelRatioF();
    for (int page = 0; page < pages; ++page) {
        QString error;
        // The page's pixels are the screen's: scale is in device independent pixels per point.
        QImage image = m_document->render(page, scale * 72.0 * ratio, &error);
        image.setDevicePixelRatio(ratio);
        m_pageImages.append(image);
        QLabel *label = m_pageLabels.at(page);
        if (image.isNull())
            label->setText(error);
        else
            label->setPixmap(QPixmap::fromImage(image));
    }
}

bool CertificatePreviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_zoomMode != ZoomMode::Custom)
        renderPages(false);
    return QDialog::eventFilter(watched, event);
}

void CertificatePreviewDialog::showItem(int index)
{
    if (index == m_current && index >= 0)
        return;
    m_current = index;

    m_document->clear();
    if (index >= 0 && index < m_items.size()) {
        QString error; // updatePageCount() tells the officer
        m_document->load(m_items.at(index).pdf, &error);
    }
    const QString note = index >= 0 && index < m_items.size() ? m_items.at(index).note : QString();
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    m_zoomMode = ZoomMode::FitInView;
    renderPages(true);
    updatePageCount();
}

void CertificatePreviewDialog::updatePageCount()
{
    if (m_current < 0 || m_current >= m_items.size()) {
        m_pageCountLabel->clear();
        return;
    }
    const QString number = m_items.at(m_current).number;
    if (m_document->status() == PdfPageRenderer::Status::Locked)
        m_pageCountLabel->setText(
            tr("Certificate %1 could not be shown: its PDF is locked with a password.").arg(number));
    else if (m_document->status() != PdfPageRenderer::Status::Ready)
        m_pageCountLabel->setText(tr("Certificate %1 could not be shown: its PDF cannot be read.").arg(number));
    else
        //: %1 is a certificate number; the plural is of pages.
        m_pageCountLabel->setText(tr("Certificate %1, %n page(s)", nullptr, pageCount()).arg(number));
}

void CertificatePreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CertificatePreviewDialog::retranslate()
{
    setWindowTitle(tr("Certificate preview"));
    m_fitPageButton->setText(tr("Fit &page"));
    m_fitPageButton->setToolTip(
        tr("Show the whole page (%1)").arg(m_fitPageButton->shortcut().toString(QKeySequence::NativeText)));
    m_fitWidthButton->setText(tr("Fit &width"));
    m_fitWidthButton->setToolTip(tr("Fit the page's width to the window (%1)")
                                     .arg(m_fitWidthButton->shortcut().toString(QKeySequence::NativeText)));
    m_zoomInButton->setText(tr("Zoom &in"));
    m_zoomOutButton->setText(tr("Zoom &out"));
    m_certificateList->setAccessibleName(tr("Certificates"));
    m_closeButton->setText(m_acceptVerb.isEmpty() ? tr("Close") : tr("Cancel"));
    updatePageCount();
}

} // namespace nodues::workstation
