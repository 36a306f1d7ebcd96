#include "print/PrintJobTitle.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QString certificateJobTitle(const QString &certificateNumber)
{
    QString plain = certificateNumber;
    for (QChar &character : plain) {
        const bool keep = (character >= u'a' && character <= u'z') || (character >= u'A' && character <= u'Z') ||
                          (character >= u'0' && character <= u'9') || character == u'-' || character == u'_';
        if (!keep)
            character = u'-';
    }
    return u"NoDues "_s + plain;
}

QString batchJobTitle(int certificateCount)
{
    return u"NoDues batch of %1"_s.arg(certificateCount);
}

} // namespace nodues::workstation
