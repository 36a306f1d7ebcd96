#pragma once

#include <QString>

namespace nodues::workstation {

// The destination of a print: a printer's queue, one PDF file (the print dialog's "Print to
// file"), or an existing folder that gets one PDF file per certificate. The folder is the
// command line's --pdf-dir, for offices that print later or keep the pages.
struct PrintTarget
{
    enum class Kind { Printer, PdfFile, PdfFolder };

    Kind kind = Kind::Printer;
    QString printerName; // the queue name (QPrinterInfo::printerName()), for Printer
    QString path;        // the file for PdfFile, the folder for PdfFolder

    static PrintTarget printer(const QString &name) { return {Kind::Printer, name, {}}; }
    static PrintTarget pdfFile(const QString &file) { return {Kind::PdfFile, {}, file}; }
    static PrintTarget pdfFolder(const QString &folder) { return {Kind::PdfFolder, {}, folder}; }

    // What the print journal records as the printer: the queue name, or "pdf:<folder>" with the
    // absolute folder of the PDF files.
    QString journalName() const;
    // The printer, file or folder for people, in messages.
    QString displayName() const;
    // For PdfFolder: the file of one certificate's printed pages, its number with every
    // character other than letters, digits, "-" and "_" made "-", then "-print", and "-copy-n"
    // for a reprint: "NDC-20302-2026-27-000123-print.pdf", "NDC-20302-2026-27-000123-print-copy-2.pdf".
    // The file contains images of the printed pages, not the signed certificate. The name shows
    // that, because people took a file named like the certificate for the signed e-certificate.
    QString fileFor(const QString &number, int copyNumber) const;
};

} // namespace nodues::workstation
