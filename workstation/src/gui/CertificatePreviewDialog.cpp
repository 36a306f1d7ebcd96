#include "gui/CertificatePreviewDialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Each zoom step multiplies or divides the scale by 1.25.
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 4.0;

} // namespace

CertificatePreviewDialog::CertificatePreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"certificatePreviewDialog"_s);
    m_document = new QPdfDocument(this);
    buildWidgets();
    connect(m_document, &QPdfDocument::statusChanged, this, &CertificatePreviewDialog::updatePageCount);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &CertificatePreviewDialog::updatePageCount);
    retranslate();
    resize(760, 900);
}

CertificatePreviewDialog::~CertificatePreviewDialog()
{
    // The document reads from the buffer until it is closed.
    m_view->setDocument(nullptr);
    m_document->close();
}

void CertificatePreviewDialog::buildWidgets()
{
    m_certificateList = new QListWidget(this);
    m_certificateList->setObjectName(u"certificateList"_s);
    m_certificateList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Wide enough for a certificate number, NDC/<division>/<fiscal year>/<serial>.
    m_certificateList->setMinimumWidth(
        m_certificateList->fontMetrics().horizontalAdvance(u"NDC/00000/0000-00/0000000"_s) + 32);
    connect(m_certificateList, &QListWidget::currentRowChanged, this, &CertificatePreviewDialog::showItem);

    m_view = new QPdfView(this);
    m_view->setObjectName(u"pdfView"_s);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_view->setDocument(m_document);

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
    connect(m_fitPageButton, &QPushButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    connect(m_fitWidthButton, &QPushButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    const auto zoomBy = [this](qreal step) {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::clamp(m_view->zoomFactor() * step, kMinZoom, kMaxZoom));
    };
    connect(m_zoomInButton, &QPushButton::clicked, this, [zoomBy] { zoomBy(kZoomStep); });
    connect(m_zoomOutButton, &QPushButton::clicked, this, [zoomBy] { zoomBy(1 / kZoomStep); });

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
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

void CertificatePreviewDialog::showItem(int index)
{
    if (index == m_current && index >= 0)
        return;
    m_current = index;

    // The old buffer goes only after the document let go of it.
    m_document->close();
    delete m_buffer;
    m_buffer = nullptr;
    if (index >= 0 && index < m_items.size()) {
        m_buffer = new QBuffer(this);
        m_buffer->setData(m_items.at(index).pdf);
        m_buffer->open(QIODevice::ReadOnly);
        m_document->load(m_buffer);
    }
    const QString note = index >= 0 && index < m_items.size() ? m_items.at(index).note : QString();
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    updatePageCount();
}

void CertificatePreviewDialog::updatePageCount()
{
    if (m_current < 0 || m_current >= m_items.size()) {
        m_pageCountLabel->clear();
        return;
    }
    const QString number = m_items.at(m_current).number;
    if (m_document->status() == QPdfDocument::Status::Error)
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
