#include "desktop/syncrunner.h"

#include "cache/geopackagecache.h"
#include "cache/syncstate.h"
#include "sync/pgconnection.h"
#include "sync/pgworkerscope.h"
#include "sync/serveridentitycheck.h"
#include "util/error.h"

#include <QtConcurrent/QtConcurrentRun>

namespace zhili {

namespace {

// libpq's words when the server refuses the password (or none was given): the window asks again.
bool isPasswordRefusal(const QString &message)
{
    return message.contains(QLatin1String("password authentication failed")) ||
           message.contains(QLatin1String("no password supplied"));
}

} // namespace

SyncRunner::SyncRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<SyncOutcome>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

SyncRunner::~SyncRunner()
{
    cancel();
    wait();
}

bool SyncRunner::start(const SyncRequest &request)
{
    if (isRunning())
        return false;
    // The listener runs on the worker; the signal is queued to the GUI thread.
    m_progress = TaskProgress([this](qint64 done, qint64 total, const QString &message) {
        emit progress(done, total, message);
        return true;
    });
    m_watcher.setFuture(QtConcurrent::run(&SyncRunner::run, request, m_progress));
    return true;
}

bool SyncRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void SyncRunner::cancel()
{
    m_progress.cancel();
}

void SyncRunner::wait()
{
    m_watcher.waitForFinished();
}

SyncOutcome SyncRunner::run(const SyncRequest &request, const TaskProgress &progress)
{
    const PgWorkerScope worker; // last to go: after the connection is closed
    SyncOutcome out;
    out.cachePath = request.cachePath;
    out.pullOnly = request.pullOnly;
    // Declared in this order so the session (statements on both connections) goes first.
    std::unique_ptr<GeoPackageCache> cache;
    std::unique_ptr<PgConnection> conn;
    std::unique_ptr<SyncSession> session;
    try {
        cache = GeoPackageCache::open(request.cachePath, false);
        conn = std::make_unique<PgConnection>(SyncState(*cache).serverUrl(), request.password, request.user);
        session = std::make_unique<SyncSession>(*cache, *conn);
        // The local password check (Argon2) runs while the sync waits for the server.
        ServerIdentityCheck identity(*cache, conn->currentUser(), request.password);
        if (request.pullOnly) {
            session->requireSameServer();
            out.report.pulled = session->pull(progress);
        } else {
            out.report = session->run(progress);
        }
        // The server accepted this password: the window asks for the same one from now on.
        identity.finish();
    } catch (const Cancelled &e) {
        out.cancelled = true;
        out.error = e.message();
    } catch (const Error &e) {
        out.error = e.message();
        out.passwordRefused = isPasswordRefusal(out.error);
    } catch (const std::exception &e) {
        out.error = QString::fromLocal8Bit(e.what());
    }
    // Also after a failure: each pushed edit and a finished pull were committed and must be shown.
    if (session) {
        const QSet<qint64> &changed = session->changedParcels();
        out.changedFids = QList<qint64>(changed.begin(), changed.end());
        out.reshaped = session->parcelsReshaped();
    }
    return out;
}

} // namespace zhili
