#include "desktop/syncdock.h"

#include "cache/geopackagecache.h"
#include "cache/syncconflictstore.h"
#include "cache/syncoutbox.h"
#include "cache/syncstate.h"
#include "desktop/localtimetext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zhili {

SyncStatus SyncStatus::read(GeoPackageCache *cache, const QString &user)
{
    SyncStatus s;
    s.open = cache != nullptr;
    if (!cache)
        return s;
    SyncState state(*cache);
    s.connected = state.isConnected();
    if (!s.connected)
        return s;
    s.server = state.serverUrl();
    s.user = user;
    s.lastSyncAt = state.lastSyncAt();
    s.pending = SyncOutbox(*cache).pendingCount();
    s.conflicts = SyncConflictStore(*cache).openCount();
    return s;
}

SyncDock::SyncDock(QWidget *parent) : QDockWidget(tr("Sync"), parent)
{
    setObjectName(QStringLiteral("syncDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_hint = new QLabel(body);
    m_hint->setObjectName(QStringLiteral("syncHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);
    m_panel = new QWidget(body);
    auto *panel = new QVBoxLayout(m_panel);
    panel->setContentsMargins(0, 0, 0, 0);
    panel->addLayout(createStatusRows());
    m_sync = new QPushButton(tr("Sync now"), m_panel);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setToolTip(tr("Pull the city's changes, then send the local edits (Ctrl+Shift+S)"));
    panel->addWidget(m_sync);
    createAutomationRows(panel);
    createProgressRows(panel);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    setWidget(body);

    connect(m_sync, &QPushButton::clicked, this, &SyncDock::syncRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SyncDock::cancelRequested);
    connect(m_conflictsButton, &QPushButton::clicked, this, &SyncDock::conflictsRequested);
    connect(m_auto, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emitInterval();
    });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        if (m_auto->isChecked())
            emitInterval();
    });
    connect(m_live, &QCheckBox::toggled, this, &SyncDock::autoPullChanged);
    setRunning(false);
    showStatus(SyncStatus());
}

QLabel *SyncDock::createLabel(const char *name)
{
    auto *l = new QLabel(m_panel);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QFormLayout *SyncDock::createStatusRows()
{
    auto *form = new QFormLayout;
    m_server = createLabel("syncServer");
    m_server->setWordWrap(true);
    m_user = createLabel("syncUser");
    m_lastSync = createLabel("syncLastSync");
    m_pending = createLabel("syncPending");
    m_conflicts = createLabel("syncConflicts");
    m_conflictsButton = new QPushButton(tr("Resolve…"), m_panel);
    m_conflictsButton->setObjectName(QStringLiteral("syncConflictsButton"));
    auto *conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflicts, 1);
    conflictRow->addWidget(m_conflictsButton);
    form->addRow(tr("City server:"), m_server);
    form->addRow(tr("Signed in as:"), m_user);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Local edits waiting:"), m_pending);
    form->addRow(tr("Open conflicts:"), conflictRow);
    return form;
}

void SyncDock::createAutomationRows(QVBoxLayout *panel)
{
    auto *autoRow = new QHBoxLayout;
    m_auto = new QCheckBox(tr("Sync automatically every"), m_panel);
    m_auto->setObjectName(QStringLiteral("syncAuto"));
    m_minutes = new QSpinBox(m_panel);
    m_minutes->setObjectName(QStringLiteral("syncMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min"));
    autoRow->addWidget(m_auto);
    autoRow->addWidget(m_minutes);
    autoRow->addStretch(1);
    panel->addLayout(autoRow);
    m_live = new QCheckBox(tr("Live city view: pull the city's changes as they happen"), m_panel);
    m_live->setObjectName(QStringLiteral("syncAutoPull"));
    m_live->setToolTip(tr("The map, legend, table and dashboard show other districts' synced edits within "
                          "seconds."));
    panel->addWidget(m_live);
    m_liveState = createLabel("syncLiveState");
    m_liveState->setWordWrap(true);
    panel->addWidget(m_liveState);
}

void SyncDock::createProgressRows(QVBoxLayout *panel)
{
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_panel);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_cancel = new QPushButton(tr("Cancel"), m_panel);
    m_cancel->setObjectName(QStringLiteral("syncCancel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    panel->addLayout(progressRow);
    m_message = createLabel("syncMessage");
    m_message->setWordWrap(true);
    panel->addWidget(m_message);
}

void SyncDock::showStatus(const SyncStatus &status)
{
    m_status = status;
    m_hint->setVisible(!status.connected);
    m_panel->setVisible(status.connected);
    if (!status.open)
        m_hint->setText(tr("No cache is open."));
    else if (!status.connected)
        m_hint->setText(tr("This cache is not connected to a city server, so it has nothing to sync. To work "
                           "with the city server, clone a cache from it:\n"
                           "zhili-cli clone --url postgresql://USER@HOST:PORT/DB --cache NEW.gpkg\n"
                           "and open the new cache."));
    m_server->setText(status.server);
    m_user->setText(status.user.isEmpty() ? tr("the user in the server URL") : status.user);
    m_lastSync->setText(status.lastSyncAt.isEmpty() ? tr("never") : localTimeText(status.lastSyncAt));
    m_pending->setText(QString::number(status.pending));
    m_conflicts->setText(QString::number(status.conflicts));
    // A conflict waits for a person: make it stand out.
    m_conflicts->setStyleSheet(status.conflicts > 0 ? QStringLiteral("color: #c62828; font-weight: bold")
                                                    : QString());
    updateEnabled();
}

void SyncDock::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    if (running)
        m_progress->setRange(0, 0); // busy until the session reports a total
    updateEnabled();
}

void SyncDock::showProgress(qint64 done, qint64 total, const QString &message)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    }
    if (!message.isEmpty())
        m_message->setText(message);
}

void SyncDock::showMessage(const QString &message)
{
    m_message->setText(message);
}

void SyncDock::showLiveState(const QString &state)
{
    m_liveState->setText(state);
}

int SyncDock::intervalMinutes() const
{
    return m_auto->isChecked() ? m_minutes->value() : 0;
}

void SyncDock::setIntervalMinutes(int minutes)
{
    if (minutes > 0)
        m_minutes->setValue(minutes);
    m_auto->setChecked(minutes > 0);
}

bool SyncDock::autoPull() const
{
    return m_live->isChecked();
}

void SyncDock::setAutoPull(bool on)
{
    m_live->setChecked(on);
}

void SyncDock::emitInterval()
{
    emit intervalChanged(intervalMinutes());
}

void SyncDock::updateEnabled()
{
    m_sync->setEnabled(m_status.connected && !m_running);
    m_conflictsButton->setEnabled(m_status.connected && m_status.conflicts > 0);
    m_minutes->setEnabled(m_auto->isChecked());
}

} // namespace zhili
