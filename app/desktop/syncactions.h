#pragma once

#include "desktop/appsettings.h"
#include "desktop/syncpassword.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;

namespace zhili {

class MainWindow;
class SyncDock;
class SyncListener;
class SyncRunner;
struct SyncOutcome;

/// The window's side of the city server: the Sync menu and panel, syncs on a worker (asked for, every N
/// minutes, or when the live city view hears of a change), the password prompt, the conflict dialog, and
/// the refresh after a sync — through the session, exactly as after a local edit (or by reopening the
/// cache when parcels were added, removed or reshaped, as after an import).
class SyncActions : public QObject {
    Q_OBJECT
public:
    explicit SyncActions(MainWindow *window);
    ~SyncActions() override;

    SyncDock *dock() const { return m_dock; }
    SyncPassword &password() { return m_password; }
    SyncListener *listener() const { return m_listener; }
    QAction *syncAction() const { return m_syncAction; }
    bool isRunning() const;

public slots:
    /// Pull, then push (asks for the password once per session).
    void syncNow();
    /// Pull only, without prompting: the live city view's answer to a change.
    void pullNow();
    void showConflicts();
    void refreshStatus();

signals:
    /// A sync or pull ended (after the views were refreshed).
    void syncFinished(bool ok);

private:
    enum class Trigger { User, Background };
    bool startSync(bool pullOnly, Trigger trigger);
    void onFinished(const SyncOutcome &outcome);
    void applyChanges(const SyncOutcome &outcome);
    void reportOutcome(const SyncOutcome &outcome);
    void setAutoPull(bool on);
    void setInterval(int minutes);
    void updateListener();
    void onOpened();
    QString serverUser() const;

    MainWindow *m_window;
    AppSettings m_settings;
    SyncPassword m_password;
    SyncDock *m_dock;
    SyncRunner *m_runner;
    SyncListener *m_listener;
    QTimer m_autoSync;
    QMenu *m_menu = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_conflictsAction = nullptr;
    Trigger m_trigger = Trigger::User;
    bool m_pullAgain = false;
};

} // namespace zhili
