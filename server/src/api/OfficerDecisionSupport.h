#pragma once

#include "api/OfficerAuthentication.h"
#include "applications/ApplicationDecisions.h"
#include "http/Request.h"
#include "http/Response.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace nodues {
class WriteTransaction;
}

namespace nodues::server {

class ServerContext;

// The application as officers see it, or a null value when it cannot be read.
QJsonValue currentApplicationJson(ServerContext &context, const Request &request, const QString &number);

// The response for a decision that did not happen (nothing was written): 404, 409 with the
// current application, 422 naming what to fix, or 503 without a signing key.
Response refusedDecisionResponse(ServerContext &context, const Request &request, const DecisionInput &input,
                                 const DecisionResult &result);

// Reads "idempotency_key" from body: 8 to 100 letters, digits, '-' or '_'. Sets failure to 400
// missing_field, invalid_field_type or invalid_idempotency_key otherwise.
bool readIdempotencyKey(const Request &request, const QJsonObject &body, QString *key, Response *failure);

// SHA-256 of the request's method, path and canonical JSON body, for idempotency records.
QString requestDigest(const Request &request, const QJsonObject &body);

// The handling of an idempotent action's transaction once the action has built its response.
enum class IdempotentOutcome {
    StoreAndCommit, // keep the response with the key and commit: the normal end of an action
    CommitOnly,     // commit without keeping the response, so the same key may be tried again
                    // (a wrong OTP: the try must count, but the action has not happened)
};

using IdempotentAction = std::function<bool(WriteTransaction &, Response *, IdempotentOutcome *, QString *)>;

// Runs action once per (officer, idempotency key) in one write transaction with its idempotency
// record. A key seen before with the same request digest returns the stored response with
// Idempotent-Replay: true and runs nothing; with another digest, 422 idempotency_key_reused.
// When a concurrent request with the same key commits first, this one rolls back and returns the
// first one's response. action returns false on a database failure (500).
Response runIdempotent(ServerContext &context, const Request &request, const OfficerCaller &caller, const QString &key,
                       const QString &requestSha256, const IdempotentAction &action);

} // namespace nodues::server
