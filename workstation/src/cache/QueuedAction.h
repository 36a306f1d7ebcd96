#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues::workstation {

// A clerk's decision drafted on the workstation and waiting to reach the server, or its outcome.
//
// The action keeps the application version the clerk saw and an idempotency key made when it was
// queued. Every try sends both unchanged, so a response lost on the way cannot make the server act
// twice: the server replays its first response for a known key. (Before its first try, an action
// drafted on top of an earlier one on the same application takes that one's resulting version.)
//
// States:
//   queued    waiting to be sent, first or again; after a server error (5xx, 408, 429) not
//             before nextAttemptAt
//   sending   handed to the network; a workstation that stops here sends it again on restart
//   done      the server accepted it
//   conflict  the server refused it for a reason a retry cannot fix: the application changed
//             (409 stale_version, wrong_state) or its re-check failed (422
//             connections_not_eligible, links_pending, ...). The window shows it, and the
//             officer discards it or drafts a new decision. It is never sent again.
//   failed    refused for good otherwise (404, a server error that persisted, a malformed
//             request); shown like a conflict and never sent again.
enum class ActionKind { Forward, Reject, ConfirmLink, RefuseLink };
enum class ActionState { Queued, Sending, Done, Conflict, Failed };

QString actionKindCode(ActionKind kind); // forward, reject, confirm_link, refuse_link
std::optional<ActionKind> actionKindFromCode(const QString &code);
QString actionStateCode(ActionState state); // queued, sending, done, conflict, failed
std::optional<ActionState> actionStateFromCode(const QString &code);

struct QueuedAction
{
    qint64 id = 0; // set by the queue; 0 for a draft
    ActionKind kind = ActionKind::Forward;
    QString number;
    QString ivrs;       // the connection, for confirm_link and refuse_link
    qint64 version = 0; // the application's version as the clerk saw it
    QString idempotencyKey;
    QString reasonCode; // for reject
    QString remarks;
    QDateTime createdAt; // UTC
    ActionState state = ActionState::Queued;
    // The server's error code (stale_version, ...) or "network" for the latest failed try, and
    // its message (in the officer's language when it came from the server).
    QString errorCode;
    QString errorMessage;
    int attempts = 0;        // tries that reached the network
    QDateTime nextAttemptAt; // UTC; invalid for "now"
    QDateTime updatedAt;     // UTC

    bool isPending() const { return state == ActionState::Queued || state == ActionState::Sending; }
    // A conflict or failure the officer has not discarded yet.
    bool needsAttention() const { return state == ActionState::Conflict || state == ActionState::Failed; }
};

} // namespace nodues::workstation
