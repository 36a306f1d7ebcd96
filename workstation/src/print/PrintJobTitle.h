#pragma once

#include <QString>

namespace nodues::workstation {

// Names of print jobs, in ASCII whatever the language of the window. CUPS backends make file
// names from the job name, and cups-pdf 3.0.1 (Debian 12) turned a Hindi job name into
// "340_244_250_...-job_2.pdf", the octal values of its UTF-8 bytes, which is unreadable.
//
// The job name is also the document name that QPrintDialog offers for "Print to file", so it
// carries no "/".

// "NoDues NDC-20302-2026-27-000123" for certificate NDC/20302/2026-27/000123.
QString certificateJobTitle(const QString &certificateNumber);

// "NoDues batch of 5".
QString batchJobTitle(int certificateCount);

} // namespace nodues::workstation
