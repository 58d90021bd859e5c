#pragma once

#include "sync/syncsession.h"
#include "util/taskprogress.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

namespace zhili {

/// What one sync asked of the worker.
struct SyncRequest {
    QString cachePath;
    QString user;     ///< the server role to sign in as; empty = the user in the cache's URL
    QString password; ///< empty = the standard libpq ways
    bool pullOnly = false;
};

/// What came back: the counts, which parcels changed, or why it failed.
struct SyncOutcome {
    QString cachePath;
    bool pullOnly = false;
    SyncReport report;
    QList<qint64> changedFids;
    bool reshaped = false; ///< parcels added, removed or re-shaped: views reload rather than redraw
    bool cancelled = false;
    bool passwordRefused = false;
    QString error;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Runs a SyncSession off the GUI thread, the way the window runs imports and indicators: the worker opens
/// its own GeoPackageCache connection (a cache object is not shared between threads) and its own server
/// connection; progress comes back as a signal, cancel goes through TaskProgress. One sync at a time.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    /// False (and nothing starts) while a sync is running.
    bool start(const SyncRequest &request);
    bool isRunning() const;
    void cancel();
    /// Waits for a running sync (the window closing).
    void wait();

signals:
    void progress(qint64 done, qint64 total, const QString &message);
    void finished(const zhili::SyncOutcome &outcome);

private:
    static SyncOutcome run(const SyncRequest &request, const TaskProgress &progress);

    QFutureWatcher<SyncOutcome> m_watcher;
    TaskProgress m_progress;
};

} // namespace zhili
