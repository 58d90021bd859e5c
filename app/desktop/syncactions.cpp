#include "desktop/syncactions.h"

#include "cache/geopackagecache.h"
#include "cache/syncstate.h"
#include "desktop/cachesession.h"
#include "desktop/conflictdialog.h"
#include "desktop/identifypanel.h"
#include "desktop/mainwindow.h"
#include "desktop/parceleditordock.h"
#include "desktop/syncdock.h"
#include "desktop/synclistener.h"
#include "desktop/syncrunner.h"
#include "util/error.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace zhili {

SyncActions::SyncActions(MainWindow *window)
    : QObject(window), m_window(window), m_dock(new SyncDock(window)), m_runner(new SyncRunner(this)),
      m_listener(new SyncListener(this))
{
    CacheSession *session = window->session();
    window->addDock(m_dock, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(window->parcelEditor(), m_dock);
    window->identifyPanel()->raise(); // tabifying made the new tab current

    m_menu = new QMenu(tr("S&ync"), window);
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    window->menuBar()->insertMenu(window->menu(MainWindow::Menu::Help)->menuAction(), m_menu);
    m_syncAction = m_menu->addAction(tr("&Sync with the city server"), this, &SyncActions::syncNow);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_conflictsAction = m_menu->addAction(tr("Sync &conflicts…"), this, &SyncActions::showConflicts);
    m_conflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());

    m_dock->setIntervalMinutes(m_settings.syncIntervalMinutes());
    m_dock->setAutoPull(m_settings.syncAutoPull());
    setInterval(m_dock->intervalMinutes());
    connect(m_dock, &SyncDock::syncRequested, this, &SyncActions::syncNow);
    connect(m_dock, &SyncDock::cancelRequested, m_runner, &SyncRunner::cancel);
    connect(m_dock, &SyncDock::conflictsRequested, this, &SyncActions::showConflicts);
    connect(m_dock, &SyncDock::intervalChanged, this, &SyncActions::setInterval);
    connect(m_dock, &SyncDock::autoPullChanged, this, &SyncActions::setAutoPull);
    connect(&m_autoSync, &QTimer::timeout, this, [this] {
        if (!startSync(false, Trigger::Background))
            m_dock->showMessage(tr("Automatic sync skipped: sync once by hand to sign in."));
    });
    connect(m_runner, &SyncRunner::progress, m_dock, &SyncDock::showProgress);
    connect(m_runner, &SyncRunner::finished, this, &SyncActions::onFinished);
    connect(m_listener, &SyncListener::changesAnnounced, this, &SyncActions::pullNow);
    connect(m_listener, &SyncListener::stateChanged, this, [this](const QString &problem) {
        m_dock->showLiveState(problem.isEmpty() ? tr("Listening to the city server.")
                                                : tr("Not listening (%1); checking every %2 s instead.")
                                                      .arg(problem)
                                                      .arg(SyncListener::kDefaultPollMs / 1000));
    });

    connect(session, &CacheSession::opened, this, &SyncActions::onOpened);
    connect(session, &CacheSession::closed, this, [this] {
        m_listener->stop();
        refreshStatus();
    });
    connect(session, &CacheSession::userChanged, this, [this] {
        m_password.forget(); // the server user changes with the acting user
        refreshStatus();
        updateListener();
    });
    // Local edits (and their undo) fill the outbox: the pending count follows them.
    connect(session, &CacheSession::parcelsChanged, this, &SyncActions::refreshStatus);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &SyncActions::refreshStatus);
    refreshStatus();
}

SyncActions::~SyncActions()
{
    m_runner->cancel();
    m_runner->wait();
}

bool SyncActions::isRunning() const
{
    return m_runner->isRunning();
}

QString SyncActions::serverUser() const
{
    const auto &user = m_window->session()->user();
    return user ? user->name : QString();
}

void SyncActions::refreshStatus()
{
    CacheSession *session = m_window->session();
    SyncStatus status;
    try {
        status = SyncStatus::read(session->cache(), serverUser());
    } catch (const Error &e) {
        m_dock->showMessage(e.message());
    }
    m_dock->showStatus(status);
    m_syncAction->setEnabled(status.connected && !isRunning());
    m_conflictsAction->setEnabled(status.connected);
}

void SyncActions::onOpened()
{
    refreshStatus();
    updateListener();
}

void SyncActions::syncNow()
{
    startSync(false, Trigger::User);
}

void SyncActions::pullNow()
{
    if (isRunning()) {
        m_pullAgain = true; // the change may have come after this sync's pull
        return;
    }
    startSync(true, Trigger::Background);
}

bool SyncActions::startSync(bool pullOnly, Trigger trigger)
{
    CacheSession *session = m_window->session();
    if (!m_dock->status().connected || !session->cache() || isRunning())
        return false;
    std::optional<QString> password;
    try {
        password = trigger == Trigger::User ? m_password.get(m_window, serverUser(), m_dock->status().server)
                                            : m_password.known(serverUser());
    } catch (const Error &e) {
        QMessageBox::warning(m_window, tr("Sync"), e.message());
        return false;
    }
    if (!password)
        return false;
    m_trigger = trigger;
    m_pullAgain = false;
    m_runner->start(SyncRequest{session->path(), serverUser(), *password, pullOnly});
    m_dock->setRunning(true);
    m_dock->showMessage(pullOnly ? tr("Pulling the city's changes…") : tr("Syncing with the city server…"));
    m_syncAction->setEnabled(false);
    return true;
}

void SyncActions::onFinished(const SyncOutcome &outcome)
{
    m_dock->setRunning(false);
    if (outcome.cachePath == m_window->session()->path())
        applyChanges(outcome);
    if (outcome.passwordRefused)
        m_password.forget();
    refreshStatus();
    reportOutcome(outcome);
    emit syncFinished(outcome.ok());
    if (outcome.ok() && m_dock->autoPull() && !m_listener->isActive())
        updateListener(); // the live view waited for this sync's password
    if (m_pullAgain && outcome.ok())
        pullNow();
}

void SyncActions::applyChanges(const SyncOutcome &outcome)
{
    if (outcome.changedFids.isEmpty())
        return;
    if (outcome.reshaped) {
        // Parcels came or went: the packed map store is rebuilt the way an import's result is shown.
        m_window->openCacheWithDialog(outcome.cachePath);
        return;
    }
    // The same path as a local edit: map, legend, table, identify, dashboard and overlays follow.
    m_window->session()->notifyParcelsChanged(outcome.changedFids);
}

void SyncActions::reportOutcome(const SyncOutcome &outcome)
{
    const QString at = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    if (outcome.cancelled) {
        m_dock->showMessage(tr("Sync cancelled at %1. What was already exchanged is kept; the next sync "
                               "finishes the job.")
                                .arg(at));
        return;
    }
    if (!outcome.ok()) {
        const QString text =
            outcome.passwordRefused
                ? tr("The city server refused the password of %1. Sync again to enter it "
                     "again.\n\n%2")
                      .arg(serverUser().isEmpty() ? m_dock->status().server : serverUser(), outcome.error)
                : tr("The sync did not finish. Nothing is lost: local edits wait in the "
                     "outbox until a sync works.\n\n%1")
                      .arg(outcome.error);
        m_dock->showMessage(tr("Sync failed at %1.").arg(at));
        if (m_trigger == Trigger::User) {
            auto *box =
                new QMessageBox(QMessageBox::Critical, tr("Sync failed"), text, QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open(); // not exec(): the window (and the tests) stay responsive
        } else {
            m_window->statusBar()->showMessage(tr("Sync failed: %1").arg(outcome.error), 15000);
        }
        return;
    }
    const SyncReport &r = outcome.report;
    if (outcome.pullOnly) {
        if (r.pulled > 0)
            m_dock->showMessage(
                tr("%1: %n parcel(s) changed by the city server.", nullptr, r.pulled).arg(at));
        return;
    }
    m_dock->showMessage(tr("Synced at %1: pulled %2, pushed %3, conflicts %4.")
                            .arg(at)
                            .arg(r.pulled)
                            .arg(r.pushed)
                            .arg(r.conflicts));
    if (r.steeringConflicts > 0 && m_trigger == Trigger::User)
        m_window->statusBar()->showMessage(
            tr("The city server kept its own value for %n target, key-district or quota field(s) changed "
               "there too; yours are in the audit log.",
               nullptr, r.steeringConflicts),
            15000);
    if (r.conflicts > 0 && m_trigger == Trigger::User)
        m_window->statusBar()->showMessage(
            tr("%n new sync conflict(s): see Sync ▸ Sync conflicts…", nullptr, r.conflicts), 15000);
}

void SyncActions::showConflicts()
{
    CacheSession *session = m_window->session();
    if (!session->cache())
        return;
    ConflictDialog dialog(*session->cache(), session->editor(), session->user(), m_window);
    connect(&dialog, &ConflictDialog::parcelsChanged, session, &CacheSession::notifyParcelsChanged);
    connect(&dialog, &ConflictDialog::conflictsResolved, this, &SyncActions::refreshStatus);
    bool reshaped = false;
    connect(&dialog, &ConflictDialog::parcelsReshaped, this, [&reshaped] { reshaped = true; });
    const QString path = session->cache()->path();
    dialog.exec();
    if (reshaped) // a shape came back or a parcel went: shown the way a sync that reshaped is
        m_window->openCacheWithDialog(path);
}

void SyncActions::setInterval(int minutes)
{
    m_settings.setSyncIntervalMinutes(minutes);
    if (minutes > 0)
        m_autoSync.start(minutes * 60 * 1000);
    else
        m_autoSync.stop();
}

void SyncActions::setAutoPull(bool on)
{
    m_settings.setSyncAutoPull(on);
    // Ticking the box is the moment to ask for the password, not when a change arrives.
    if (on && m_dock->status().connected && !m_password.known(serverUser())) {
        try {
            if (!m_password.get(m_window, serverUser(), m_dock->status().server)) {
                m_dock->setAutoPull(false);
                return;
            }
        } catch (const Error &e) {
            QMessageBox::warning(m_window, tr("Sync"), e.message());
            m_dock->setAutoPull(false);
            return;
        }
    }
    updateListener();
}

void SyncActions::updateListener()
{
    const SyncStatus &status = m_dock->status();
    const std::optional<QString> password = m_password.known(serverUser());
    if (!m_dock->autoPull() || !status.connected || !password) {
        m_listener->stop();
        m_dock->showLiveState(m_dock->autoPull() && status.connected
                                  ? tr("Live city view waits for the password: sync once.")
                                  : QString());
        return;
    }
    m_listener->start(status.server, serverUser(), *password);
    m_dock->showLiveState(tr("Connecting to the city server…"));
}

} // namespace zhili
