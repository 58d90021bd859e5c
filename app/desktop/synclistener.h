#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QSocketNotifier;

namespace zhili {

class PgConnection;

/// The live city view's ear: a connection to the city server that LISTENs on the change log's channel
/// (`zhili_changes`, payload = the change sequence) and says when the server has something new. A
/// QSocketNotifier wakes it as soon as a notification arrives; a timer (30 s) also announces, so a lost or
/// refused connection only slows the view down — and it reconnects then.
class SyncListener : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 30000;

    explicit SyncListener(QObject *parent = nullptr);
    ~SyncListener() override;

    /// Starts listening (connecting off the GUI thread); stop() or another start() ends the previous one.
    void start(const QString &url, const QString &user, const QString &password);
    void stop();
    bool isActive() const { return m_active; }
    /// True once the LISTEN connection works (false while polling only).
    bool isListening() const { return bool(m_conn); }
    void setPollInterval(int ms);

signals:
    /// The server changed something (or the fallback poll is due): pull.
    void changesAnnounced();
    /// Listening works / stopped working; `problem` says why not (empty when it works).
    void stateChanged(const QString &problem);

private:
    void connectServer();
    void onConnected();
    void onReadable();
    void dropConnection(const QString &problem);

    QString m_url;
    QString m_user;
    QString m_password;
    bool m_active = false;
    std::shared_ptr<PgConnection> m_conn;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_poll;
    QFutureWatcher<std::shared_ptr<PgConnection>> m_connecting;
    QString m_connectError;
};

} // namespace zhili
