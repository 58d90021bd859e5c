#include "desktop/synclistener.h"

#include "sync/pgconnection.h"
#include "sync/pgworkerscope.h"
#include "util/error.h"

#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

namespace zhili {

namespace {
const QString kChannel = QStringLiteral("zhili_changes");
}

SyncListener::SyncListener(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(kDefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_conn && !m_connecting.isRunning())
            connectServer();
        emit changesAnnounced();
    });
    connect(&m_connecting, &QFutureWatcher<std::shared_ptr<PgConnection>>::finished, this,
            &SyncListener::onConnected);
}

SyncListener::~SyncListener()
{
    stop();
    m_connecting.waitForFinished();
}

void SyncListener::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void SyncListener::start(const QString &url, const QString &user, const QString &password)
{
    stop();
    m_url = url;
    m_user = user;
    m_password = password;
    m_active = true;
    m_poll.start();
    connectServer();
}

void SyncListener::stop()
{
    m_active = false;
    m_poll.stop();
    m_password.clear();
    delete m_notifier;
    m_notifier = nullptr;
    m_conn.reset();
}

void SyncListener::connectServer()
{
    if (m_connecting.isRunning())
        return;
    // Connecting may take seconds (a server far away or down): not on the GUI thread.
    m_connecting.setFuture(QtConcurrent::run(
        [this, url = m_url, user = m_user, password = m_password]() -> std::shared_ptr<PgConnection> {
            const PgWorkerScope worker; // the connection itself moves on to the GUI thread
            try {
                auto conn = std::make_shared<PgConnection>(url, password, user);
                conn->listen(kChannel);
                return conn;
            } catch (const Error &e) {
                m_connectError = e.message(); // read by onConnected(), after the future finished
                return nullptr;
            }
        }));
}

void SyncListener::onConnected()
{
    std::shared_ptr<PgConnection> conn = m_connecting.result();
    if (!m_active)
        return; // stopped meanwhile: the connection closes here
    if (!conn) {
        emit stateChanged(m_connectError);
        return;
    }
    m_conn = std::move(conn);
    m_notifier = new QSocketNotifier(qintptr(m_conn->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SyncListener::onReadable);
    emit stateChanged(QString());
    emit changesAnnounced(); // whatever happened while we were not listening
}

void SyncListener::onReadable()
{
    if (!m_conn)
        return;
    try {
        if (!m_conn->notifications().isEmpty())
            emit changesAnnounced();
    } catch (const Error &e) {
        dropConnection(e.message());
    }
}

void SyncListener::dropConnection(const QString &problem)
{
    // The poll timer reconnects; until then it keeps announcing every interval.
    delete m_notifier;
    m_notifier = nullptr;
    m_conn.reset();
    emit stateChanged(problem);
}

} // namespace zhili
