// The throwaway PostgreSQL + PostGIS cluster the sync tests run against (tests/common/pgcluster.h): it starts
// with PostGIS, logs in with scram passwords, survives a killed server, and leaves nothing behind.
#include "pgcluster.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <stdexcept>

using namespace zhili::test;

namespace {

// psql's error message, or empty when `sql` ran.
QString psqlError(const PgCluster &pg, const QString &sql, const QString &user = PgCluster::kSuperUser,
                  const QString &password = {})
{
    try {
        pg.psql(sql, user, password);
        return {};
    } catch (const std::runtime_error &e) {
        return QString::fromUtf8(e.what());
    }
}

// The processes whose command line or title contains `tag` (pgrep -f), one "pid command" per line.
QString processesWith(const QString &tag)
{
    QProcess p;
    p.start(QStringLiteral("pgrep"), {"-a", "-f", tag});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestPgCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urlEncodesUserAndPassword()
    {
        PgCluster pg; // not started: port 0
        QCOMPARE(
            pg.url("西湖 officer", "p@ss:w/rd%"),
            QStringLiteral("postgresql://%E8%A5%BF%E6%B9%96%20officer:p%40ss%3Aw%2Frd%25@127.0.0.1:0/zhili"));
        QVERIFY(pg.superUrl().startsWith("postgresql://zhili_super:" + pg.superPassword() + "@127.0.0.1:"));
    }

    void startsWithPostgisOnItsOwnPort()
    {
        ZHILI_REQUIRE_POSTGRES();
        PgCluster pg;
        QElapsedTimer timer;
        timer.start();
        pg.start();
        qInfo("cluster started in %lld ms (initdb, pg_ctl start, CREATE DATABASE, CREATE EXTENSION postgis)",
              timer.elapsed());
        QVERIFY(pg.isRunning());
        QVERIFY(pg.port() > 0);
        QVERIFY(pg.port() != 5432); // never the distribution's default cluster
        QCOMPARE(pg.psql("SELECT current_user || '|' || current_database()"),
                 QStringLiteral("zhili_super|zhili"));
        QVERIFY2(pg.psql("SELECT postgis_version()").startsWith("3."),
                 qPrintable(pg.psql("SELECT postgis_version()")));
        QCOMPARE(
            pg.psql("SELECT ST_AsText(ST_Transform(ST_SetSRID(ST_MakePoint(120, 30), 4326), 4549))").left(6),
            QStringLiteral("POINT("));
        QCOMPARE(pg.psql("SHOW listen_addresses"), QStringLiteral("127.0.0.1"));
        QCOMPARE(pg.psql("SHOW server_encoding"), QStringLiteral("UTF8"));
        QCOMPARE(pg.psql("SELECT '西湖区'::text"), QStringLiteral("西湖区"));
        QCOMPARE(pg.psql("SELECT 1, 'a' UNION ALL SELECT 2, 'b'"), QStringLiteral("1|a\n2|b"));
    }

    void rolesLogInWithScramPasswords()
    {
        ZHILI_REQUIRE_POSTGRES();
        PgCluster pg;
        pg.start();
        pg.psql("CREATE ROLE zhili_officer NOLOGIN;"
                "CREATE ROLE officer_xihu LOGIN PASSWORD 'xihu-pw' IN ROLE zhili_officer;");
        QCOMPARE(pg.psql("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'officer_xihu'"),
                 QStringLiteral("SCRAM-SHA-256$"));
        QCOMPARE(pg.psql("SELECT current_user", "officer_xihu", "xihu-pw"), QStringLiteral("officer_xihu"));
        QCOMPARE(pg.psql("SELECT pg_has_role('zhili_officer', 'MEMBER')", "officer_xihu", "xihu-pw"),
                 QStringLiteral("t"));
        QVERIFY2(
            psqlError(pg, "SELECT 1", "officer_xihu", "wrong").contains("password authentication failed"),
            qPrintable(psqlError(pg, "SELECT 1", "officer_xihu", "wrong")));
        QVERIFY(psqlError(pg, "SELECT 1", "zhili_super", "wrong").contains("password authentication failed"));
        // A group role cannot log in: without a password scram refuses it; with one, the server does.
        QVERIFY(psqlError(pg, "SELECT 1", "zhili_officer", "any").contains("password authentication failed"));
        pg.psql("ALTER ROLE zhili_officer PASSWORD 'group-pw'");
        QVERIFY(psqlError(pg, "SELECT 1", "zhili_officer", "group-pw").contains("not permitted to log in"));
        // A failed statement throws with psql's own message.
        QVERIFY(psqlError(pg, "SELEC 1").contains("syntax error"));
    }

    void killedServerRestartsWithItsData()
    {
        ZHILI_REQUIRE_POSTGRES();
        PgCluster pg;
        pg.start();
        const int port = pg.port();
        pg.psql("CREATE TABLE t (id int PRIMARY KEY, name text); INSERT INTO t VALUES (1, '萧山区');");
        pg.stopImmediately();
        QVERIFY(!pg.isRunning());
        QVERIFY(psqlError(pg, "SELECT 1").contains("not running"));
        QVERIFY(!QFileInfo::exists(pg.dataDir() + "/postmaster.pid"));
        QElapsedTimer timer;
        timer.start();
        pg.restart();
        qInfo("restart after an immediate stop (crash recovery) took %lld ms", timer.elapsed());
        QCOMPARE(pg.port(), port);
        QCOMPARE(pg.psql("SELECT name FROM t WHERE id = 1"), QStringLiteral("萧山区"));
        pg.stop();
        pg.restart();
        QCOMPARE(pg.psql("SELECT count(*) FROM t"), QStringLiteral("1"));
    }

    void connectionFailsWhileTheServerIsDown()
    {
        ZHILI_REQUIRE_POSTGRES();
        PgCluster pg;
        pg.start();
        const QString url = pg.superUrl();
        pg.stopImmediately();
        // A client of its own (as the sync code will be), not PgCluster::psql, which refuses up front.
        QProcess p;
        p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"), {"-X", "-At", "-c", "SELECT 1", url});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAllStandardError().contains("Connection refused"), "the port is closed");
        pg.restart();
        p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"), {"-X", "-At", "-c", "SELECT 1", url});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.readAllStandardOutput().trimmed(), QByteArray("1"));
    }

    void destructorLeavesNothing_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("running") << "running";
        QTest::newRow("killed") << "killed";
        QTest::newRow("stopped") << "stopped";
    }

    void destructorLeavesNothing()
    {
        ZHILI_REQUIRE_POSTGRES();
        QFETCH(QString, state);
        QString folder, tag;
        {
            PgCluster pg;
            pg.start();
            folder = QFileInfo(pg.dataDir()).path();
            tag = pg.processTag();
            QVERIFY(!tag.isEmpty());
            // The postmaster and its helpers (checkpointer, walwriter...) all carry the tag.
            QVERIFY2(processesWith(tag).count('\n') >= 3, qPrintable(processesWith(tag)));
            if (state == "killed")
                pg.stopImmediately();
            else if (state == "stopped")
                pg.stop();
        }
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
        QVERIFY2(processesWith(tag).isEmpty(), qPrintable(processesWith(tag)));
    }

    void destructorCleansUpAfterAFailedTest()
    {
        ZHILI_REQUIRE_POSTGRES();
        QString folder, tag;
        try {
            PgCluster pg;
            pg.start();
            folder = QFileInfo(pg.dataDir()).path();
            tag = pg.processTag();
            pg.psql("SELECT no_such_function()"); // throws, as a failing test would leave the scope
            QFAIL("psql did not throw");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("no_such_function"), e.what());
        }
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(processesWith(tag).isEmpty());
    }

    void watchdogCleansUpAfterAKilledTest()
    {
        ZHILI_REQUIRE_POSTGRES();
        // This test binary again, running only startThenGetKilled (below) in the child mode.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ZHILI_PGCLUSTER_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {"startThenGetKilled"});
        QVERIFY(child.waitForFinished(200000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        static const QRegularExpression re(QStringLiteral("cluster folder=(\\S+) tag=(\\S+)"));
        const QRegularExpressionMatch m = re.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out + child.readAllStandardError()));
        const QString folder = m.captured(1), tag = m.captured(2);
        // The watchdog polls once a second; stopping and removing take a little more.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(tag).isEmpty(), 10000);
    }

    // Only as the child of watchdogCleansUpAfterAKilledTest: starts a cluster and dies without any cleanup.
    void startThenGetKilled()
    {
        if (qEnvironmentVariable("ZHILI_PGCLUSTER_CHILD") != QLatin1String("1"))
            return;               // a normal run: nothing to do
        auto *pg = new PgCluster; // never destroyed: the process is killed first
        pg->start();
        std::printf("cluster folder=%s tag=%s\n", qPrintable(QFileInfo(pg->dataDir()).path()),
                    qPrintable(pg->processTag()));
        std::fflush(stdout);
        std::raise(SIGKILL);
    }
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pgcluster.moc"
