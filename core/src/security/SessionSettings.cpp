#include "security/SessionSettings.h"

namespace nodues {

namespace {

constexpr int kMaxLifetimeSeconds = 30 * 24 * 3600;

} // namespace

bool SessionSettings::validate(QString *error) const
{
    const struct
    {
        const char *name;
        int value;
    } lifetimes[] = {{QT_TR_NOOP("consumer idle limit"), consumerIdleSeconds},
                     {QT_TR_NOOP("consumer session lifetime"), consumerLifetimeSeconds},
                     {QT_TR_NOOP("officer idle limit"), officerIdleSeconds},
                     {QT_TR_NOOP("officer session lifetime"), officerLifetimeSeconds}};
    for (const auto &lifetime : lifetimes) {
        if (lifetime.value < 60 || lifetime.value > kMaxLifetimeSeconds) {
            *error = tr("The %1 of %2 seconds is out of range: use 60 to %3 seconds.")
                         .arg(tr(lifetime.name))
                         .arg(lifetime.value)
                         .arg(kMaxLifetimeSeconds);
            return false;
        }
    }
    if (touchIntervalSeconds < 0 || touchIntervalSeconds >= consumerIdleSeconds ||
        touchIntervalSeconds >= officerIdleSeconds) {
        *error = tr("The session touch interval of %1 seconds is out of range: use 0 up to less than the idle limits.")
                     .arg(touchIntervalSeconds);
        return false;
    }
    return true;
}

} // namespace nodues
