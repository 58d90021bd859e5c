#include "pgcluster.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QUrl>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/socket.h>
#include <unistd.h>

namespace zhili::test {

namespace {

QString binDir()
{
    const QString dir = qEnvironmentVariable("ZHILI_PG_BINDIR");
    return dir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : dir;
}

// The PostGIS extension as the Debian package installs it for PostgreSQL 15.
const QString kPostgisControl = QStringLiteral("/usr/share/postgresql/15/extension/postgis.control");
const QString kPostgisLibrary = QStringLiteral("/usr/lib/postgresql/15/lib/postgis-3.so");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The child processes must reach our cluster, not one the caller's PGHOST/PGPORT/PGSERVICE... point at.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return env;
}

// A port nobody listens on right now: the kernel's pick for a socket bound to port 0. Another process may
// take it before the server binds it; start() then retries with a new one.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        throw std::runtime_error("PgCluster: cannot create a socket to find a free port");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    if (port == 0)
        throw std::runtime_error("PgCluster: cannot find a free port on 127.0.0.1");
    return port;
}

QString randomPassword()
{
    static const QString chars = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString pw;
    for (int i = 0; i < 24; ++i)
        pw += chars.at(QRandomGenerator::global()->bounded(chars.size()));
    return pw;
}

QString lastLines(const QString &path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log)");
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(qMax(0, lines.size() - count)).join(QLatin1Char('\n'));
}

// Hands a path to the postgres OS user (root only), so the server can write there.
void giveToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw || ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("PgCluster: cannot hand " + path.toStdString() + " to the postgres user");
}

// Whether `pid` is still the postmaster of `dataDir`: its command line names the folder (an exited one, a
// zombie or a reused pid does not).
bool postmasterAlive(qint64 pid, const QString &dataDir)
{
    if (pid <= 0)
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(QFile::encodeName(dataDir));
}

} // namespace

struct PgToolRun {
    int code = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;
};

namespace {

PgToolRun runProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                     const QString &workDir, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workDir);
    p.start(program, args);
    PgToolRun run;
    if (!p.waitForStarted(30000)) {
        run.err = program + QStringLiteral(": ") + p.errorString();
        return run;
    }
    p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (finished && p.exitStatus() == QProcess::NormalExit)
        run.code = p.exitCode();
    else if (!finished)
        run.err += QStringLiteral("\n(timed out after %1 ms)").arg(timeoutMs);
    return run;
}

} // namespace

std::optional<QString> PgCluster::unavailableReason()
{
    const QString initdb = binDir() + QStringLiteral("/initdb");
    if (!QFileInfo(initdb).isExecutable())
        return QStringLiteral("PostgreSQL 15 is not installed (no %1; scripts/install-deps.sh installs it)")
            .arg(initdb);
    if (!QFileInfo::exists(kPostgisControl) || !QFileInfo::exists(kPostgisLibrary))
        return QStringLiteral("PostGIS 3 for PostgreSQL 15 is not installed (no %1 or %2; "
                              "scripts/install-deps.sh installs it)")
            .arg(kPostgisControl, kPostgisLibrary);
    if (runningAsRoot() && !::getpwnam("postgres"))
        return QStringLiteral("running as root, but there is no postgres OS user to run the server as");
    return std::nullopt;
}

bool PgCluster::requiredHere()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

PgCluster::PgCluster() : m_superPassword(randomPassword()) {}

PgCluster::~PgCluster()
{
    forceStop();
    // Removing also needs no rights as root; as another user everything is ours. Never throws.
    if (m_dir)
        m_dir->remove();
}

QString PgCluster::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgCluster::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString();
}

QString PgCluster::processTag() const
{
    return m_dir ? QFileInfo(m_dir->path()).fileName() : QString();
}

QString PgCluster::urlOf(const QString &userInfo, const QString &database) const
{
    // One arg() for all three: a percent-encoded password holds "%3A"-like sequences arg() would fill.
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(userInfo, QString::number(m_port), database);
}

QString PgCluster::url(const QString &user, const QString &password) const
{
    QString userInfo = QString::fromLatin1(QUrl::toPercentEncoding(user));
    if (!password.isEmpty())
        userInfo += QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(password));
    return urlOf(userInfo, kDatabase);
}

PgToolRun PgCluster::runServerTool(const QString &tool, const QStringList &args, int timeoutMs) const
{
    const QString program = binDir() + QLatin1Char('/') + tool;
    if (!runningAsRoot())
        return runProcess(program, args, cleanEnvironment(), m_dir->path(), {}, timeoutMs);
    return runProcess(QStringLiteral("runuser"), QStringList{"-u", "postgres", "--", program} + args,
                      cleanEnvironment(), m_dir->path(), {}, timeoutMs);
}

void PgCluster::start()
{
    if (m_dir)
        throw std::logic_error("PgCluster::start() called twice; use restart()");
    // As root the folder must be reachable by postgres: /tmp rather than whatever TMPDIR says.
    const QString base = runningAsRoot() ? QStringLiteral("/tmp") : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/zhili-pg-XXXXXX"));
    if (!m_dir->isValid())
        throw std::runtime_error("PgCluster: cannot create a temporary folder in " + base.toStdString());
    initDataDir();
    startWatchdog();
    // The free port may be taken between our pick and the server's bind: try a few.
    for (int attempt = 1;; ++attempt) {
        m_port = freeLoopbackPort();
        try {
            startServer(QStringLiteral("start"));
            break;
        } catch (const std::runtime_error &) {
            if (attempt == 3 || !lastLines(logPath(), 5).contains(QLatin1String("could not bind")))
                throw;
        }
    }
    createDatabase();
}

void PgCluster::initDataDir()
{
    const QString pwfile = m_dir->filePath(QStringLiteral("superpw"));
    QFile f(pwfile);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_superPassword.toUtf8() + '\n') < 0)
        throw std::runtime_error("PgCluster: cannot write " + pwfile.toStdString());
    f.close();
    if (!QDir(m_dir->path()).mkdir(QStringLiteral("sock")))
        throw std::runtime_error("PgCluster: cannot create the socket folder");
    if (runningAsRoot()) {
        for (const QString &path : {m_dir->path(), pwfile, m_dir->filePath(QStringLiteral("sock"))})
            giveToPostgres(path);
    }
    // --no-sync: a throwaway cluster need not survive a power cut; it saves seconds per test.
    const PgToolRun run =
        runServerTool(QStringLiteral("initdb"),
                      {"-D", dataDir(), "-U", kSuperUser, "--auth=scram-sha-256", "--pwfile=" + pwfile, "-E",
                       "UTF8", "--no-locale", "--no-sync", "--no-instructions"},
                      180000);
    QFile::remove(pwfile);
    if (run.code != 0)
        fail(QStringLiteral("initdb failed"), run.out + run.err);
}

void PgCluster::startServer(const QString &context)
{
    // cluster_name puts the folder's name into every server process title (see processTag()).
    // fsync and full_page_writes off: durability across an OS crash is not under test, and `-m immediate`
    // keeps everything the server wrote (the kernel still holds it). synchronous_commit stays ON: with it
    // off, a commit returns before its WAL is written, so `-m immediate` would lose commits the client saw
    // succeed and the killed-server sync tests would test nothing. With fsync off it costs only a write() per
    // commit.
    const QString options =
        QStringLiteral("-p %1 -k '%2' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                       "-c cluster_name=%3")
            .arg(QString::number(m_port), m_dir->filePath(QStringLiteral("sock")), processTag());
    const PgToolRun run =
        runServerTool(QStringLiteral("pg_ctl"),
                      {"-D", dataDir(), "-o", options, "-l", logPath(), "-w", "-t", "120", "start"}, 150000);
    if (run.code != 0)
        fail(QStringLiteral("pg_ctl %1 on port %2 failed").arg(context).arg(m_port), run.out + run.err);
    m_running = true;
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly))
        m_postmasterPid = pidFile.readLine().trimmed().toLongLong();
}

void PgCluster::createDatabase()
{
    try {
        runPsql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(kDatabase), kSuperUser,
                m_superPassword);
        runPsql(kDatabase, QStringLiteral("CREATE EXTENSION postgis"), kSuperUser, m_superPassword);
    } catch (const std::runtime_error &e) {
        fail(QStringLiteral("creating database %1 with PostGIS failed").arg(kDatabase),
             QString::fromUtf8(e.what()));
    }
}

void PgCluster::startWatchdog() const
{
    // Waits for this test process to end; if the folder is still there then (the process was killed before
    // the destructor ran), stops the server and removes the folder. The paths go in the environment, not the
    // command line, so `pgrep -f processTag()` finds only the server's own processes.
    const QString script =
        QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                       "[ -n \"$ZHILI_PG_DIR\" ] && [ -d \"$ZHILI_PG_DIR\" ] || exit 0; "
                       "[ -f \"$ZHILI_PG_DIR/data/postmaster.pid\" ] && "
                       "$ZHILI_PG_RUNAS \"$ZHILI_PG_CTL\" -D \"$ZHILI_PG_DIR/data\" -m immediate -w stop; "
                       "rm -rf \"$ZHILI_PG_DIR\"");
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("ZHILI_PG_DIR"), m_dir->path());
    env.insert(QStringLiteral("ZHILI_PG_CTL"), binDir() + QStringLiteral("/pg_ctl"));
    env.insert(QStringLiteral("ZHILI_PG_RUNAS"),
               runningAsRoot() ? QStringLiteral("runuser -u postgres --") : "");
    QProcess watchdog;
    watchdog.setProcessEnvironment(env);
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    // Not CTest's pipes: CTest would wait for the watchdog to close them.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments(
        {"-c", script, "zhili-pg-watchdog", QString::number(QCoreApplication::applicationPid())});
    if (!watchdog.startDetached())
        qWarning("PgCluster: no watchdog (%s); a killed test would leave its server running",
                 qPrintable(watchdog.errorString()));
}

void PgCluster::stop()
{
    stopWith("fast");
}

void PgCluster::stopImmediately()
{
    stopWith("immediate");
}

void PgCluster::stopWith(const char *mode)
{
    if (!m_dir)
        throw std::logic_error("PgCluster: stop before start()");
    const PgToolRun run = runServerTool(QStringLiteral("pg_ctl"),
                                        {"-D", dataDir(), "-m", mode, "-w", "-t", "60", "stop"}, 90000);
    if (run.code != 0)
        fail(QStringLiteral("pg_ctl stop -m %1 failed").arg(QLatin1String(mode)), run.out + run.err);
    m_running = false;
}

void PgCluster::restart()
{
    if (!m_dir)
        throw std::logic_error("PgCluster: restart before start()");
    startServer(QStringLiteral("restart"));
}

void PgCluster::forceStop() noexcept
{
    if (!m_dir)
        return;
    if (m_running || QFileInfo::exists(dataDir() + QStringLiteral("/postmaster.pid"))) {
        for (const char *mode : {"fast", "immediate"}) {
            try {
                stopWith(mode);
                break;
            } catch (...) {
                // next, harder way
            }
        }
    }
    m_running = false;
    // A stopped postmaster may take a moment to exit; one that pg_ctl could not stop is killed.
    QDeadlineTimer deadline(3000);
    while (postmasterAlive(m_postmasterPid, dataDir()) && !deadline.hasExpired())
        QThread::msleep(20);
    if (!postmasterAlive(m_postmasterPid, dataDir()))
        return;
    qWarning("PgCluster: pg_ctl could not stop the server; killing postmaster %lld", m_postmasterPid);
    ::kill(static_cast<pid_t>(m_postmasterPid), SIGKILL);
    // Its backends notice the postmaster's death and exit on their own.
    deadline.setRemainingTime(10000);
    while (postmasterAlive(m_postmasterPid, dataDir()) && !deadline.hasExpired())
        QThread::msleep(50);
}

QString PgCluster::psql(const QString &sql, const QString &user, const QString &password) const
{
    if (!m_running)
        throw std::runtime_error("PgCluster::psql: the server is not running");
    const QString pw = password.isEmpty() && user == kSuperUser ? m_superPassword : password;
    return runPsql(kDatabase, sql, user, pw);
}

QString PgCluster::runPsql(const QString &database, const QString &sql, const QString &user,
                           const QString &password) const
{
    // The password goes in the environment, never on a command line other users could read.
    QProcessEnvironment env = cleanEnvironment();
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    const QString target = urlOf(QString::fromLatin1(QUrl::toPercentEncoding(user)), database);
    // SQL on stdin rather than -c: each statement runs on its own (CREATE DATABASE refuses a transaction).
    const PgToolRun run = runProcess(binDir() + QStringLiteral("/psql"),
                                     {"-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-d", target}, env,
                                     m_dir->path(), sql.toUtf8(), 120000);
    if (run.code != 0)
        throw std::runtime_error(
            QStringLiteral("psql as %1 failed: %2").arg(user, run.err.trimmed()).toStdString());
    return run.out.trimmed();
}

void PgCluster::fail(const QString &what, const QString &detail) const
{
    throw std::runtime_error(QStringLiteral("PgCluster: %1: %2\nServer log %3, last lines:\n%4")
                                 .arg(what, detail.trimmed(), logPath(), lastLines(logPath(), 20))
                                 .toStdString());
}

} // namespace zhili::test
