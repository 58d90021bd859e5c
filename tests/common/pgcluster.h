#pragma once

// A throwaway PostgreSQL 15 + PostGIS 3 cluster for one test: its own temporary folder, its own loopback port
// (never the distribution's default cluster on 5432), database `zhili` with PostGIS, superuser `zhili_super`
// with a random password and scram-sha-256 authentication, like a city server.
//
// Running as root (CI does): PostgreSQL refuses to run as root, so every server binary runs as the `postgres`
// OS user through `runuser -u postgres --`, and the temporary folder (always under /tmp, which postgres can
// traverse) is handed to that user. Running as another user: the binaries run as that user, who owns
// everything; no `postgres` OS user is needed.
//
// Cleanup: the destructor always stops the server (fast, then immediate, then SIGKILL to the postmaster) and
// removes the folder, also when a test function failed. When the test process itself is killed (a CTest
// timeout), a small watchdog shell started with the cluster notices within a second, stops the server
// immediately and removes the folder, so a killed test leaves no running server behind.
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace zhili::test {

struct PgToolRun; // what one child process did (pgcluster.cpp)

class PgCluster {
public:
    static inline const QString kSuperUser = QStringLiteral("zhili_super");
    static inline const QString kDatabase = QStringLiteral("zhili");

    /// Why no cluster can be started here (PostgreSQL 15 or PostGIS missing...); nullopt when one can.
    /// ZHILI_PG_BINDIR overrides the binaries' folder (default /usr/lib/postgresql/15/bin).
    static std::optional<QString> unavailableReason();
    /// Whether a missing PostgreSQL is a failure rather than a skip: on CI (CI=true), which installs it.
    static bool requiredHere();

    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// initdb, start on a free loopback port, create database `zhili` with PostGIS. Throws std::runtime_error
    /// (with the end of the server log) when anything fails.
    void start();
    /// Stops the server the way `pg_ctl stop -m fast` does (clean shutdown).
    void stop();
    /// Stops it with `pg_ctl stop -m immediate`: no shutdown checkpoint, as if the server had been killed.
    void stopImmediately();
    /// Starts the stopped server again on the same data and port; returns when it accepts connections.
    void restart();
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    QString superPassword() const { return m_superPassword; }
    /// `postgresql://user:password@127.0.0.1:PORT/zhili`, user and password percent-encoded.
    QString url(const QString &user, const QString &password) const;
    QString superUrl() const { return url(kSuperUser, m_superPassword); }
    QString dataDir() const;
    QString logPath() const;
    /// A word in the command line or title of every process of this server (for `pgrep -f`).
    QString processTag() const;

    /// Runs `sql` with `psql -X -A -t -q -v ON_ERROR_STOP=1` over TCP as `user` (the superuser's password
    /// when `user` is the superuser and `password` is empty) and returns its output trimmed: one line per
    /// row, columns separated by '|'. Throws std::runtime_error with psql's message when it fails.
    QString psql(const QString &sql, const QString &user = kSuperUser, const QString &password = {}) const;

private:
    PgToolRun runServerTool(const QString &tool, const QStringList &args, int timeoutMs) const;
    QString runPsql(const QString &database, const QString &sql, const QString &user,
                    const QString &password) const;
    QString urlOf(const QString &userInfo, const QString &database) const;
    void initDataDir();
    void startServer(const QString &context);
    void createDatabase();
    void startWatchdog() const;
    void stopWith(const char *mode);
    void forceStop() noexcept;
    [[noreturn]] void fail(const QString &what, const QString &detail) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_superPassword;
    int m_port = 0;
    qint64 m_postmasterPid = 0;
    bool m_running = false;
};

} // namespace zhili::test

/// In a test function (with <QtTest> included): skips the test when no cluster can be started here, fails it
/// on CI, where PostgreSQL is installed and a missing one is a broken setup rather than a reason to skip.
#define ZHILI_REQUIRE_POSTGRES()                                                                             \
    do {                                                                                                     \
        if (const auto zhiliPgReason = zhili::test::PgCluster::unavailableReason()) {                        \
            if (zhili::test::PgCluster::requiredHere())                                                      \
                QFAIL(qPrintable(QStringLiteral("CI=true requires PostgreSQL: ") + *zhiliPgReason));         \
            QSKIP(qPrintable(*zhiliPgReason));                                                               \
        }                                                                                                    \
    } while (false)
