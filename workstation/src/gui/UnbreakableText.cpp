#include "gui/UnbreakableText.h"

namespace nodues::workstation {

QString unbreakable(const QString &number)
{
    QString result;
    result.reserve(number.size() * 2);
    for (const QChar character : number) {
        result += character;
        if (character == u'/' || character == u'-')
            result += kWordJoiner;
    }
    return result;
}

QString withoutWordJoiners(QString text)
{
    return text.remove(kWordJoiner);
}

} // namespace nodues::workstation
