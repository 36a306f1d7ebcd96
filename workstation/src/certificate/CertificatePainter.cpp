#include "certificate/CertificatePainter.h"

#include "Timestamp.h"
#include "certificate/CertificateDocument.h"
#include "certificate/CertificateLayout.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

using namespace CertificateLayout;
using Phrase = CertificateText::Phrase;

namespace {

constexpr TextStyle kCompanyHiStyle{15, true, PANGO_ALIGN_CENTER};
constexpr TextStyle kCompanyEnStyle{11.5, true, PANGO_ALIGN_CENTER};
constexpr TextStyle kOfficeStyle{9.5, false, PANGO_ALIGN_CENTER};
constexpr TextStyle kTitleHiStyle{20, true, PANGO_ALIGN_CENTER};
constexpr TextStyle kTitleEnStyle{14, true, PANGO_ALIGN_CENTER};
constexpr TextStyle kSubtitleStyle{11, true, PANGO_ALIGN_CENTER};
constexpr TextStyle kLabelStyle{9};
constexpr TextStyle kValueStyle{10};
constexpr TextStyle kValueBoldStyle{10, true};
constexpr TextStyle kStatementHiStyle{10.5, false, PANGO_ALIGN_LEFT, true};
constexpr TextStyle kStatementEnStyle{10, false, PANGO_ALIGN_LEFT, true};
constexpr TextStyle kTableHeaderStyle{8.5, true};
constexpr TextStyle kTableCellStyle{9};
constexpr TextStyle kOfficerLabelStyle{8.5};
constexpr TextStyle kOfficerNameStyle{10, true};
constexpr TextStyle kOfficerStyle{9};
constexpr TextStyle kQrLabelStyle{7.5, false, PANGO_ALIGN_CENTER};
constexpr TextStyle kUrlStyle{7, false, PANGO_ALIGN_CENTER};
constexpr TextStyle kCopyStyle{11, true};
constexpr TextStyle kPageNumberStyle{8, false, PANGO_ALIGN_CENTER};
constexpr TextStyle kContinuationStyle{9, true};

// The label column of the field list ("आवेदक का नाम / Applicant's name") and the gap after it.
constexpr double kLabelWidth = 185;
constexpr double kLabelGap = 8;

// The connections table: serial, IVRS, name, address, DC and dues; the last takes the rest,
// enough for "No dues as on DD-MM-YYYY" on one line.
constexpr std::array<double, 5> kFixedColumnWidths{24, 74, 88, 116, 86};
constexpr double kCellPadding = 3;

// The header of a continuation page, clear of the "COPY n" box at its right.
constexpr double kContinuationWidth = kContentWidth - 120;

// The gap between the footer's left column and the QR column.
constexpr double kFooterGap = 16;

double dueColumnWidth()
{
    double fixed = 0;
    for (const double width : kFixedColumnWidths)
        fixed += width;
    return kContentWidth - fixed;
}

// "Name (code)", or the code alone.
QString withCode(const QString &name, const QString &code)
{
    return name.isEmpty() ? code : u"%1 (%2)"_s.arg(name, code);
}

// The lines of a table cell, without the empty ones and without repeating a line.
QString cellLines(const QStringList &lines)
{
    QStringList distinct;
    for (const QString &line : lines) {
        if (!line.isEmpty() && !distinct.contains(line))
            distinct.append(line);
    }
    return distinct.join(u'\n');
}

// The text of Hindi and English lines, one under the other; one line when they are the same.
QString stacked(const BilingualText &text)
{
    return text.hi.isEmpty() || text.hi == text.en ? text.en : text.hi + u'\n' + text.en;
}

} // namespace

CertificatePainter::CertificatePainter(const CertificateDocument &document, const CertificateText &text,
                                       const QrSymbol &qr, double qrModuleSize, const CertificateTypesetter &typesetter,
                                       cairo_t *cr)
    : m_document(document)
    , m_text(text)
    , m_qr(qr)
    , m_qrModuleSize(qrModuleSize)
    , m_typesetter(typesetter)
    , m_cr(cr)
{
    addHeader();
    addTitle();
    addFields();
    addStatement();
    if (m_document.kind == ApplicationKind::Connections)
        addConnectionsTable();

    const BilingualText continued = m_text.phrase(Phrase::ContinuedFrom, {m_document.number}, {m_document.number});
    m_continuationHeaderHeight =
        CertificateTypesetter::height(m_typesetter.layout(stacked(continued), kContinuationWidth, kContinuationStyle)) +
        12;
}

int CertificatePainter::paint()
{
    const QList<Page> pages = paginate();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0)
            drawContinuationHeader();
        for (const PlacedBlock &placed : pages.at(index))
            placed.block->draw(placed.top);
        if (m_document.isCopy())
            drawCopyMark();
        if (pages.size() > 1)
            drawPageNumber(int(index) + 1, int(pages.size()));
        if (index == pages.size() - 1)
            drawFooter();
        cairo_show_page(m_cr);
    }
    return int(pages.size());
}

void CertificatePainter::addHeader()
{
    const CertificateOfficer &officer = m_document.officer;
    const BilingualText office = m_text.phrase(Phrase::Office);
    const QString officeLine = u"%1: %2 / %3: %4"_s.arg(office.hi, hindiOr(officer.officeNameHi, officer.officeName),
                                                        office.en, officer.officeName);

    const LayoutPointer companyHi =
        m_typesetter.layout(hindiOr(m_document.companyNameHi, m_document.companyName), kContentWidth, kCompanyHiStyle);
    const LayoutPointer companyEn = m_typesetter.layout(m_document.companyName, kContentWidth, kCompanyEnStyle);
    const LayoutPointer officeLayout = m_typesetter.layout(officeLine, kContentWidth, kOfficeStyle);
    const double hiHeight = CertificateTypesetter::height(companyHi);
    const double enHeight = CertificateTypesetter::height(companyEn);
    const double officeHeight = officer.officeName.isEmpty() ? 0 : CertificateTypesetter::height(officeLayout);

    Block block;
    block.height = hiHeight + enHeight + officeHeight + 8;
    block.draw = [=, this](double top) {
        m_typesetter.draw(companyHi, kContentLeft, top);
        m_typesetter.draw(companyEn, kContentLeft, top + hiHeight);
        if (officeHeight > 0)
            m_typesetter.draw(officeLayout, kContentLeft, top + hiHeight + enHeight);
        drawRule(top + hiHeight + enHeight + officeHeight + 5, kContentLeft, kContentRight, 1.0);
    };
    m_blocks.append(block);
}

void CertificatePainter::addTitle()
{
    const BilingualText title = m_text.phrase(Phrase::Title);
    const LayoutPointer titleHi = m_typesetter.layout(title.hi, kContentWidth, kTitleHiStyle);
    const LayoutPointer titleEn = m_typesetter.layout(title.en, kContentWidth, kTitleEnStyle);
    const double hiHeight = CertificateTypesetter::height(titleHi);
    const double enHeight = CertificateTypesetter::height(titleEn);

    LayoutPointer subtitle;
    double subtitleHeight = 0;
    if (m_document.kind == ApplicationKind::NoConnection) {
        subtitle =
            m_typesetter.layout(m_text.phrase(Phrase::NoConnectionSubtitle).joined(), kContentWidth, kSubtitleStyle);
        subtitleHeight = CertificateTypesetter::height(subtitle);
    }

    Block block;
    block.spaceBefore = 10;
    block.height = hiHeight + enHeight + subtitleHeight;
    block.draw = [=, this](double top) {
        m_typesetter.draw(titleHi, kContentLeft, top);
        m_typesetter.draw(titleEn, kContentLeft, top + hiHeight);
        if (subtitle)
            m_typesetter.draw(subtitle, kContentLeft, top + hiHeight + enHeight);
    };
    m_blocks.append(block);
}

void CertificatePainter::addField(const BilingualText &label, const QString &value, bool bold, double spaceBefore)
{
    const LayoutPointer labelLayout = m_typesetter.layout(label.joined(), kLabelWidth, kLabelStyle);
    const LayoutPointer valueLayout =
        m_typesetter.layout(value, kContentWidth - kLabelWidth - kLabelGap, bold ? kValueBoldStyle : kValueStyle);

    Block block;
    block.spaceBefore = spaceBefore;
    // The label is a point smaller than the value; one point down keeps their baselines close.
    block.height = std::max(CertificateTypesetter::height(labelLayout) + 1, CertificateTypesetter::height(valueLayout));
    block.draw = [=, this](double top) {
        m_typesetter.draw(labelLayout, kContentLeft, top + 1);
        m_typesetter.draw(valueLayout, kContentLeft + kLabelWidth + kLabelGap, top);
    };
    m_blocks.append(block);
}

void CertificatePainter::addFields()
{
    const CertificateDocument &d = m_document;
    constexpr double kRowGap = 2;
    constexpr double kGroupGap = 10;

    addField(m_text.phrase(Phrase::CertificateNumber), d.number, true, 14);
    addField(m_text.phrase(Phrase::IssuedAt), Timestamp::istDateTime(d.issuedAt) + u" IST"_s, false, kRowGap);
    if (!d.applicationNumber.isEmpty())
        addField(m_text.phrase(Phrase::ApplicationNumber), d.applicationNumber, false, kRowGap);

    addField(m_text.phrase(Phrase::ApplicantName), BilingualText{d.applicantNameHi, d.applicantName}.joined(), true,
             kGroupGap);
    addField(m_text.phrase(d.relation == Relation::Husband ? Phrase::HusbandName : Phrase::FatherName), d.relativeName,
             false, kRowGap);
    addField(m_text.phrase(Phrase::Address), d.address, false, kRowGap);

    addField(m_text.phrase(Phrase::Election), BilingualText{d.electionTitleHi, d.electionTitle}.joined(), false,
             kGroupGap);
    addField(m_text.phrase(Phrase::Body), d.electionBody, false, kRowGap);
    addField(m_text.phrase(Phrase::Ward), d.ward, false, kRowGap);
}

void CertificatePainter::addStatement()
{
    const CertificateDocument &d = m_document;
    BilingualText statement;
    if (d.kind == ApplicationKind::NoConnection) {
        statement = m_text.phrase(Phrase::NoConnectionStatement, {withCode(hindiOr(d.dcNameHi, d.dcName), d.dcCode)},
                                  {withCode(d.dcName, d.dcCode)});
    } else {
        statement = m_text.phrase(Phrase::ConnectionsStatement);
    }
    const BilingualText purpose = m_text.phrase(Phrase::Purpose);

    const LayoutPointer hindi = m_typesetter.layout(statement.hi + u' ' + purpose.hi, kContentWidth, kStatementHiStyle);
    const LayoutPointer english =
        m_typesetter.layout(statement.en + u' ' + purpose.en, kContentWidth, kStatementEnStyle);
    const double hindiHeight = CertificateTypesetter::height(hindi);
    constexpr double kParagraphGap = 6;

    Block block;
    block.spaceBefore = 16;
    block.height = hindiHeight + kParagraphGap + CertificateTypesetter::height(english);
    block.draw = [=, this](double top) {
        m_typesetter.draw(hindi, kContentLeft, top);
        m_typesetter.draw(english, kContentLeft, top + hindiHeight + kParagraphGap);
    };
    m_blocks.append(block);
}

CertificatePainter::Block CertificatePainter::tableRow(const QList<QString> &cells, const TextStyle &style,
                                                       bool header) const
{
    QList<LayoutPointer> layouts;
    QList<double> widths;
    double height = 0;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const double width =
            column < qsizetype(kFixedColumnWidths.size()) ? kFixedColumnWidths.at(column) : dueColumnWidth();
        const LayoutPointer layout = m_typesetter.layout(cells.at(column), width - 2 * kCellPadding, style);
        height = std::max(height, CertificateTypesetter::height(layout));
        layouts.append(layout);
        widths.append(width);
    }
    height += 2 * kCellPadding;

    Block block;
    block.height = height;
    block.tableRow = !header;
    block.draw = [=, this](double top) {
        double left = kContentLeft;
        cairo_save(m_cr);
        if (header) {
            cairo_set_source_rgb(m_cr, 0.9, 0.9, 0.9);
            cairo_rectangle(m_cr, kContentLeft, top, kContentWidth, height);
            cairo_fill(m_cr);
        }
        cairo_set_source_rgb(m_cr, 0.35, 0.35, 0.35);
        cairo_set_line_width(m_cr, 0.5);
        for (qsizetype column = 0; column < layouts.size(); ++column) {
            cairo_rectangle(m_cr, left, top, widths.at(column), height);
            left += widths.at(column);
        }
        cairo_stroke(m_cr);
        cairo_restore(m_cr);

        left = kContentLeft;
        for (qsizetype column = 0; column < layouts.size(); ++column) {
            m_typesetter.draw(layouts.at(column), left + kCellPadding, top + kCellPadding);
            left += widths.at(column);
        }
    };
    return block;
}

void CertificatePainter::addConnectionsTable()
{
    const QList<QString> headers{
        stacked(m_text.phrase(Phrase::ColumnNumber)), stacked(m_text.phrase(Phrase::ColumnIvrs)),
        stacked(m_text.phrase(Phrase::ColumnName)),   stacked(m_text.phrase(Phrase::ColumnAddress)),
        stacked(m_text.phrase(Phrase::ColumnDc)),     stacked(m_text.phrase(Phrase::ColumnDues)),
    };
    m_tableHeader = tableRow(headers, kTableHeaderStyle, true);

    QList<Block> rows;
    int serial = 0;
    for (const CertificateConnection &connection : m_document.connections) {
        const QString date = Timestamp::istDate(connection.noDuesAsOf);
        const QList<QString> cells{
            QString::number(++serial),
            connection.ivrs,
            connection.name,
            connection.address,
            cellLines({connection.dcNameHi, connection.dcName, connection.dcCode}),
            stacked(m_text.phrase(Phrase::NoDuesAsOn, {date}, {date})),
        };
        rows.append(tableRow(cells, kTableCellStyle, false));
    }

    // The header never ends a page alone: it needs room for the first row below it.
    Block header = m_tableHeader;
    header.spaceBefore = 14;
    header.keepWithNext = rows.isEmpty() ? 0 : rows.first().height;
    m_blocks.append(header);
    m_blocks.append(rows);
}

QList<CertificatePainter::Page> CertificatePainter::paginate() const
{
    constexpr double kBottom = kPageHeight - kMarginBottom;
    QList<Page> pages(1);
    double y = kMarginTop;

    for (const Block &block : m_blocks) {
        double top = pages.last().isEmpty() ? y : y + block.spaceBefore;
        if (top + block.height + block.keepWithNext > kBottom && !pages.last().isEmpty()) {
            pages.append(Page());
            top = kMarginTop + m_continuationHeaderHeight;
            if (block.tableRow) {
                pages.last().append({&m_tableHeader, top});
                top += m_tableHeader.height;
            }
        }
        pages.last().append({&block, top});
        y = top + block.height;
    }

    // The footer has a fixed place at the bottom of the last page.
    constexpr double kFooterGapAbove = 12;
    if (y + kFooterGapAbove > kFooterTop)
        pages.append(Page());
    return pages;
}

void CertificatePainter::drawContinuationHeader() const
{
    const BilingualText continued = m_text.phrase(Phrase::ContinuedFrom, {m_document.number}, {m_document.number});
    const LayoutPointer layout = m_typesetter.layout(stacked(continued), kContinuationWidth, kContinuationStyle);
    m_typesetter.draw(layout, kContentLeft, kMarginTop);
    drawRule(kMarginTop + CertificateTypesetter::height(layout) + 4, kContentLeft, kContentRight, 0.5);
}

void CertificatePainter::drawCopyMark() const
{
    const QString number = QString::number(m_document.copyNumber);
    const LayoutPointer layout =
        m_typesetter.layout(m_text.phrase(Phrase::Copy, {number}, {number}).joined(), kContentWidth, kCopyStyle);
    constexpr double kPadding = 4;
    const double width = CertificateTypesetter::width(layout) + 2 * kPadding;
    const double height = CertificateTypesetter::height(layout) + 2 * kPadding;
    const double left = kContentRight - width;

    cairo_save(m_cr);
    cairo_set_line_width(m_cr, 1.2);
    cairo_rectangle(m_cr, left, kCopyMarkTop, width, height);
    cairo_stroke(m_cr);
    cairo_restore(m_cr);
    m_typesetter.draw(layout, left + kPadding, kCopyMarkTop + kPadding);
}

void CertificatePainter::drawPageNumber(int page, int pageCount) const
{
    const QStringList arguments{QString::number(page), QString::number(pageCount)};
    const LayoutPointer layout = m_typesetter.layout(m_text.phrase(Phrase::PageOfPages, arguments, arguments).joined(),
                                                     kContentWidth, kPageNumberStyle);
    m_typesetter.draw(layout, kContentLeft, kPageNumberTop);
}

void CertificatePainter::drawFooter() const
{
    const CertificateOfficer &officer = m_document.officer;
    const double width = kContentWidth - kQrMaxSide - kFooterGap;

    // The label above the blank signature box, and the officer's name, designation and office below it.
    const LayoutPointer label =
        m_typesetter.layout(m_text.phrase(Phrase::ApprovingOfficer).joined(), width, kOfficerLabelStyle);
    m_typesetter.draw(label, kContentLeft, kFooterTop);

    double y = kSignatureBoxTop + kSignatureBoxHeight + 4;
    const auto line = [&](const QString &text, const TextStyle &style) {
        if (text.isEmpty())
            return;
        const LayoutPointer layout = m_typesetter.layout(text, width, style);
        m_typesetter.draw(layout, kContentLeft, y);
        y += CertificateTypesetter::height(layout);
    };
    if (officer.nameHi != officer.name)
        line(officer.nameHi, kOfficerNameStyle);
    line(officer.name, kOfficerNameStyle);
    line(BilingualText{officer.designationHi, officer.designation}.joined(), kOfficerStyle);
    line(BilingualText{officer.officeNameHi, officer.officeName}.joined(), kOfficerStyle);

    drawQrColumn();
}

void CertificatePainter::drawQrColumn() const
{
    const double side = m_qr.sideWithQuietZone() * m_qrModuleSize;
    const double columnLeft = kContentRight - kQrMaxSide;
    const double qrLeft = columnLeft + (kQrMaxSide - side) / 2;
    const QByteArray linkAttributes =
        "uri='" + m_document.verifyUrl.toUtf8().replace('\\', "\\\\").replace('\'', "\\'") + '\'';

    // The symbol and the address are one link to the verify page, for those who open the PDF.
    cairo_tag_begin(m_cr, CAIRO_TAG_LINK, linkAttributes.constData());
    cairo_save(m_cr);
    cairo_set_source_rgb(m_cr, 0, 0, 0);
    m_qr.appendToPath(m_cr, qrLeft, kFooterTop, m_qrModuleSize);
    cairo_fill(m_cr);
    cairo_restore(m_cr);

    double y = kFooterTop + side;
    const LayoutPointer label =
        m_typesetter.layout(m_text.phrase(Phrase::ScanToVerify).joined(), kQrMaxSide, kQrLabelStyle);
    m_typesetter.draw(label, columnLeft, y);
    y += CertificateTypesetter::height(label);
    const LayoutPointer url = m_typesetter.layout(m_document.verifyPageUrl(), kQrMaxSide, kUrlStyle);
    m_typesetter.draw(url, columnLeft, y);
    cairo_tag_end(m_cr, CAIRO_TAG_LINK);
}

void CertificatePainter::drawRule(double y, double left, double right, double lineWidth) const
{
    cairo_save(m_cr);
    cairo_set_source_rgb(m_cr, 0.25, 0.25, 0.25);
    cairo_set_line_width(m_cr, lineWidth);
    cairo_move_to(m_cr, left, y);
    cairo_line_to(m_cr, right, y);
    cairo_stroke(m_cr);
    cairo_restore(m_cr);
}

} // namespace nodues::workstation
