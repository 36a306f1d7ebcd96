#include "demo/DemoRandom.h"

#include <limits>
#include <numeric>

namespace nodues {

quint64 DemoRandom::below(quint64 bound)
{
    Q_ASSERT(bound >= 1);

    // Reject the top values that would make some results one draw more likely than others.
    const quint64 range = std::numeric_limits<quint64>::max();
    const quint64 limit = range - (range % bound + 1) % bound;
    quint64 value = m_engine();
    while (value > limit)
        value = m_engine();
    return value % bound;
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    Q_ASSERT(low <= high);
    const quint64 span = quint64(high) - quint64(low) + 1;
    if (span == 0) // the whole 64-bit range
        return qint64(m_engine());
    return qint64(quint64(low) + below(span));
}

bool DemoRandom::chance(int perMille)
{
    return below(1000) < quint64(perMille);
}

qsizetype DemoRandom::weightedIndex(const QList<int> &weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    Q_ASSERT(total >= 1);

    qint64 draw = qint64(below(quint64(total)));
    for (qsizetype i = 0; i < weights.size(); ++i) {
        draw -= weights.at(i);
        if (draw < 0)
            return i;
    }
    return weights.size() - 1;
}

} // namespace nodues
