#include "app/WorkstationFlow.h"

#include "api/OfficerApiClient.h"
#include "app/RememberedSession.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "gui/SignInDialog.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcFlow, "nodues.gui.app")

namespace nodues::workstation {

WorkstationFlow::WorkstationFlow(WorkstationServices services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

WorkstationFlow::~WorkstationFlow()
{
    if (m_mainWindow)
        disconnect(m_mainWindow, nullptr, this, nullptr);
    delete m_signInDialog;
    delete m_mainWindow;
}

void WorkstationFlow::start()
{
    const QString saved = ServerAddress::parse(m_services.settings.serverUrl()).url.toString();
    const QString requested = ServerAddress::parse(m_serverOverride).url.toString();
    if (!m_serverOverride.isEmpty() && requested != saved) {
        showSignIn();
        return;
    }

    RememberedSession::restore(m_services.api, m_services.credentials, m_services.settings, this,
                               [this](RememberedSession::Outcome outcome, const OfficerSession &session) {
                                   if (outcome == RememberedSession::Outcome::Resumed ||
                                       outcome == RememberedSession::Outcome::ResumedOffline)
                                       showMainWindow(session);
                                   else
                                       showSignIn();
                               });
}

void WorkstationFlow::showSignIn()
{
    auto *dialog = new SignInDialog(m_services.api, m_services.credentials, m_services.settings, m_services.prompter,
                                    &m_services.languages, m_services.clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_serverOverride.isEmpty())
        dialog->setServerUrl(m_serverOverride);
    m_signInDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted)
            showMainWindow(dialog->session());
        else
            emit finished();
    });
    dialog->show();
}

void WorkstationFlow::showMainWindow(const OfficerSession &session)
{
    // The GUI thread's client carries the session for the division officer's decisions and for
    // signing out; the sync engine has a client of its own.
    m_services.api.setServerUrl(session.serverUrl);
    m_services.api.setToken(session.token);
    MainWindowContext context{m_services, session, [this, session] {
                                  signOut(session);
                              }};
    std::unique_ptr<QWidget> window = createMainWindow(context);
    if (!window) {
        qCWarning(lcFlow).noquote() << "Signed in as" << session.username
                                    << "but this build has no main window; quitting";
        emit finished();
        return;
    }

    // The window deletes itself when closed, and closing it ends the program; a sign-out
    // disconnects it first.
    m_mainWindow = window.release();
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_mainWindow, &QObject::destroyed, this, &WorkstationFlow::finished);
    m_mainWindow->show();
}

void WorkstationFlow::signOut(const OfficerSession &session)
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    if (m_mainWindow)
        m_mainWindow->hide();
    RememberedSession::signOut(m_services.api, m_services.credentials, session, this, [this](bool) {
        if (m_mainWindow) {
            disconnect(m_mainWindow, nullptr, this, nullptr);
            m_mainWindow->deleteLater();
        }
        m_signingOut = false;
        showSignIn();
    });
}

} // namespace nodues::workstation
