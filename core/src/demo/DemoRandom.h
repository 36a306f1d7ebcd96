#pragma once

#include <QList>

#include <random>

namespace nodues {

// The demo data's random source: std::mt19937_64, whose output sequence the C++ standard fixes,
// with bounded draws of our own because the standard distributions (uniform_int_distribution
// and the rest) may produce different values on different standard libraries. So a seed gives
// the same files on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    // A value in [0, bound), without modulo bias; bound must be at least 1.
    quint64 below(quint64 bound);
    // A value in [low, high], both included; low must not exceed high.
    qint64 between(qint64 low, qint64 high);
    // True with a probability of perMille / 1000.
    bool chance(int perMille);

    // An element of a non-empty list, each equally likely.
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(qsizetype(below(quint64(items.size()))));
    }

    // An index into weights, drawn in proportion to the weights; their sum must be at least 1.
    qsizetype weightedIndex(const QList<int> &weights);

private:
    std::mt19937_64 m_engine;
};

} // namespace nodues
