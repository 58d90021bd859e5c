#pragma once

#include <QDockWidget>
#include <QString>

class QCheckBox;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QWidget;

namespace zhili {

class GeoPackageCache;

/// What the sync panel shows about the open cache.
struct SyncStatus {
    bool open = false;      ///< a cache is open
    bool connected = false; ///< ... and was cloned from a city server
    QString server;         ///< its URL without password
    QString user;           ///< who signs in (empty = the user in the URL)
    QString lastSyncAt;     ///< ISO UTC, empty = never
    int pending = 0;        ///< local edits waiting for the server
    int conflicts = 0;      ///< open conflicts

    /// Reads the sync state of `cache` (null = no cache open).
    static SyncStatus read(GeoPackageCache *cache, const QString &user);
};

/// The sync panel (同步): the city server, the last sync, pending local edits and open conflicts, a Sync
/// button, automatic sync every N minutes, the live city view switch, progress with cancel. It only shows
/// and asks; SyncActions does the work.
class SyncDock : public QDockWidget {
    Q_OBJECT
public:
    explicit SyncDock(QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
    const SyncStatus &status() const { return m_status; }
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void showProgress(qint64 done, qint64 total, const QString &message);
    /// The outcome of the last sync or pull, for people.
    void showMessage(const QString &message);
    /// How the live city view stands ("listening", "polling: why" …).
    void showLiveState(const QString &state);

    /// Minutes between automatic syncs; 0 = off.
    int intervalMinutes() const;
    void setIntervalMinutes(int minutes);
    bool autoPull() const;
    void setAutoPull(bool on);

signals:
    void syncRequested();
    void cancelRequested();
    void conflictsRequested();
    void intervalChanged(int minutes);
    void autoPullChanged(bool on);

private:
    QLabel *createLabel(const char *name);
    QFormLayout *createStatusRows();
    void createAutomationRows(QVBoxLayout *panel);
    void createProgressRows(QVBoxLayout *panel);
    void emitInterval();
    void updateEnabled();

    SyncStatus m_status;
    bool m_running = false;
    QLabel *m_hint;
    QWidget *m_panel;
    QLabel *m_server;
    QLabel *m_user;
    QLabel *m_lastSync;
    QLabel *m_pending;
    QLabel *m_conflicts;
    QPushButton *m_conflictsButton;
    QPushButton *m_sync;
    QCheckBox *m_auto;
    QSpinBox *m_minutes;
    QCheckBox *m_live;
    QLabel *m_liveState;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace zhili
