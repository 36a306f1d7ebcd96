// The print step of a sync round: the upload of the prints made here, so the other workstations
// of the office number their next print after them (see SyncEngine.h for the rules).

#include "sync/SyncEngine.h"

#include "api/OfficerApiClient.h"
#include "cache/PrintUploads.h"
#include "sync/SyncLogging.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// As for the PDF uploads: 5xx, 408 and 429 are worth waiting out.
bool isTransient(const ApiResult &result)
{
    return result.httpStatus >= 500 || result.httpStatus == 408 || result.httpStatus == 429;
}

// The signed PDF is still waiting for its own upload; once it is published the same report
// succeeds.
bool awaitsPublication(const ApiResult &result)
{
    return result.httpStatus == 409 && result.errorCode == u"certificate_not_published"_s;
}

} // namespace

void SyncEngine::pushPrints()
{
    QString error;
    const QList<PrintEntry> due = m_prints->pendingUploads(QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcSyncEngine) << "Could not read the prints to upload:" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }
    // The window counts the prints still to report; new ones are printed between rounds.
    if (m_triedPrints.isEmpty())
        reportPendingPrints();
    for (const PrintEntry &entry : due) {
        if (!m_triedPrints.contains(entry.id)) {
            sendPrint(entry);
            return;
        }
    }
    pullNext();
}

void SyncEngine::sendPrint(const PrintEntry &entry)
{
    m_triedPrints.insert(entry.id);
    qCInfo(lcSyncEngine).noquote() << "Reporting copy" << entry.copyNumber << "of certificate" << entry.number
                                   << u"(print %1, try %2)"_s.arg(entry.printId).arg(entry.uploadAttempts + 1);
    m_client->recordPrint(entry.number, entry.printId, entry.copyNumber, entry.sentAt, printStateCode(entry.state),
                          this, [this, entry](const ApiResult &result) {
                              if (m_prints)
                                  handlePrintAnswer(entry, result);
                          });
}

void SyncEngine::handlePrintAnswer(const PrintEntry &entry, const ApiResult &result)
{
    QString error;
    if (result.unreachable()) {
        setOnline(false);
        // Rounds are already spaced out while offline; the print goes again in the next one.
        if (!m_prints->markUploadFailed(entry.id, u"network"_s,
                                        tr("No response from the server; the print will be reported again."), {},
                                        &error))
            qCWarning(lcSyncEngine) << "Could not record the failed report of print" << entry.id << ":" << error;
        finishRound(false, tr("Cannot reach the server. Working offline; your actions wait in the queue."));
        return;
    }
    setOnline(true);
    if (result.sessionEnded()) {
        // Not the print's fault: it goes again after the next sign-in.
        if (!m_prints->markUploadFailed(entry.id, result.errorCode, result.errorMessage, {}, &error))
            qCWarning(lcSyncEngine) << "Could not record the failed report of print" << entry.id << ":" << error;
        endSession();
        return;
    }

    bool stored = false;
    if (result.ok()) {
        const ServerPrints prints{int(result.body.value(u"print_count"_s).toInteger()),
                                  int(result.body.value(u"highest_copy_number"_s).toInteger(-1))};
        stored = m_prints->markUploaded(entry.id, &error) && m_prints->storeServerPrints(entry.number, prints, &error);
        qCInfo(lcSyncEngine).noquote() << "The server recorded copy" << entry.copyNumber << "of certificate"
                                       << entry.number << u"(%1)"_s.arg(result.body.value(u"status"_s).toString());
    } else if (awaitsPublication(result) ||
               (isTransient(result) && entry.uploadAttempts + 1 < m_settings.maxServerErrors)) {
        stored = m_prints->markUploadFailed(entry.id, result.errorCode, result.errorMessage,
                                            retryTime(entry.uploadAttempts + 1), &error);
        qCInfo(lcSyncEngine) << "Report of print" << entry.id << "deferred after HTTP" << result.httpStatus
                             << result.errorCode;
    } else {
        stored = m_prints->markUploadRejected(entry.id, result.errorCode, result.errorMessage, &error);
        qCWarning(lcSyncEngine) << "The server rejected print" << entry.id << "of certificate" << entry.number
                                << ": HTTP" << result.httpStatus << result.errorCode;
        emit printUploadRejected(entry.number, entry.copyNumber, result.errorMessage);
    }
    if (!stored)
        qCWarning(lcSyncEngine) << "Could not record the report outcome of print" << entry.id << ":" << error;
    reportPendingPrints();
    pushPrints();
}

void SyncEngine::reportPendingPrints()
{
    if (!m_prints)
        return;
    const int count = m_prints->pendingUploadCount();
    if (count >= 0)
        emit pendingPrintUploadsChanged(count);
}

} // namespace nodues::workstation
