#pragma once

#include "api/ApiResult.h"

#include <QCoreApplication>
#include <QString>

namespace nodues::workstation {

// The officer-facing text for a failed sign-in request, translated, in the tr() context
// "SignInDialogMessages". Each message says what failed, on which value, and what to do.
class SignInDialogMessages
{
    Q_DECLARE_TR_FUNCTIONS(SignInDialogMessages)

public:
    // What the failed request was about, for the names in the messages.
    struct Subject
    {
        QString serverUrl;
        QString username;
        QString deviceName;
    };

    // The message for a failed POST /api/v1/officer/sign-in or /api/v1/officer/session. Codes the
    // workstation knows get its own text; others fall back to the server's message, which the
    // server writes in the language of the request.
    static QString forFailure(const ApiResult &result, const Subject &subject);
    // The attempts_left member of a refused code's body; -1 when the body has none.
    static int attemptsLeft(const ApiResult &result);
};

} // namespace nodues::workstation
