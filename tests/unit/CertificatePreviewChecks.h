#pragma once

// Checks of the certificate preview dialog shared by the signing tests.

#include <QColor>
#include <QImage>
#include <QScrollArea>
#include <QTest>

namespace nodues::workstation::test {

// Waits until view shows the page's content, at most timeoutMs. A certificate's text is dark on
// white, so a dark pixel inside the viewport means the page was drawn.
inline bool waitPageDrawn(QAbstractScrollArea *view, int timeoutMs = 5000)
{
    return QTest::qWaitFor(
        [view] {
            const QImage image = view->viewport()->grab().toImage();
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    if (qGray(image.pixel(x, y)) < 64)
                        return true;
                }
            }
            return false;
        },
        timeoutMs);
}

} // namespace nodues::workstation::test
