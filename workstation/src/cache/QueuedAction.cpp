#include "cache/QueuedAction.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const std::array<std::pair<ActionKind, QStringView>, 4> kKinds{{{ActionKind::Forward, u"forward"},
                                                                {ActionKind::Reject, u"reject"},
                                                                {ActionKind::ConfirmLink, u"confirm_link"},
                                                                {ActionKind::RefuseLink, u"refuse_link"}}};
const std::array<std::pair<ActionState, QStringView>, 5> kStates{{{ActionState::Queued, u"queued"},
                                                                  {ActionState::Sending, u"sending"},
                                                                  {ActionState::Done, u"done"},
                                                                  {ActionState::Conflict, u"conflict"},
                                                                  {ActionState::Failed, u"failed"}}};

} // namespace

QString actionKindCode(ActionKind kind)
{
    for (const auto &[value, code] : kKinds) {
        if (value == kind)
            return code.toString();
    }
    return {};
}

std::optional<ActionKind> actionKindFromCode(const QString &code)
{
    for (const auto &[value, text] : kKinds) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

QString actionStateCode(ActionState state)
{
    for (const auto &[value, code] : kStates) {
        if (value == state)
            return code.toString();
    }
    return {};
}

std::optional<ActionState> actionStateFromCode(const QString &code)
{
    for (const auto &[value, text] : kStates) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

} // namespace nodues::workstation
