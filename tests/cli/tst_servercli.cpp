// The city-server commands as whole zhili-cli processes (issue #11): server init/add-user, publish, clone,
// sync, conflicts and resolve against a throwaway PostgreSQL + PostGIS — their output, --json, exit codes and
// the messages people get when something is wrong.
#include "clirunner.h"
#include "pgcluster.h"

#include "cache/geopackagecache.h"
#include "cache/qgisstylestore.h"
#include "sync/serverschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili::test;

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestServerCli : public QObject {
    Q_OBJECT

    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString url(const QString &user) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/zhili").arg(user).arg(m_pg->port());
    }
    QMap<QString, QString> as(const QString &passwordFile) const
    {
        return {{QStringLiteral("ZHILI_PASSWORD_FILE"), path(passwordFile)}};
    }
    void writeFile(const QString &name, const QByteArray &text) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    static QStringList withJson(QStringList args, bool json)
    {
        if (json)
            args << QStringLiteral("--json");
        return args;
    }
    // The scenario's steps, each one zhili-cli run with the password in `passwordFile`.
    CliRun publish(bool json) const
    {
        return runCli(
            withJson({QStringLiteral("publish"), QStringLiteral("--cache"), path(QStringLiteral("demo.gpkg")),
                      QStringLiteral("--url"), url(QStringLiteral("boss"))},
                     json),
            as(QStringLiteral("user.pw")));
    }
    CliRun clone(const QString &cache, const QString &passwordFile, bool json = false) const
    {
        return runCli(withJson({QStringLiteral("clone"), QStringLiteral("--url"), url(QStringLiteral("xh")),
                                QStringLiteral("--cache"), path(cache)},
                               json),
                      as(passwordFile));
    }
    CliRun assignNotes(const QString &cache, const QString &code, const QString &notes,
                       const QString &passwordFile) const
    {
        return runCli({QStringLiteral("assign"), QStringLiteral("--cache"), path(cache),
                       QStringLiteral("--user"), QStringLiteral("xh"), QStringLiteral("--parcel"), code,
                       QStringLiteral("--district"), QStringLiteral("西湖区"), QStringLiteral("--notes"),
                       notes},
                      as(passwordFile));
    }
    CliRun resolveTheirs(const QString &cache, const QString &code, const QString &field) const
    {
        return runCli({QStringLiteral("resolve"), QStringLiteral("--cache"), path(cache),
                       QStringLiteral("--parcel"), code, QStringLiteral("--district"),
                       QStringLiteral("西湖区"), QStringLiteral("--field"), field, QStringLiteral("--take"),
                       QStringLiteral("theirs")},
                      as(QStringLiteral("user.pw")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZHILI_REQUIRE_POSTGRES();
        m_pg = std::make_unique<PgCluster>();
        m_pg->start();
        writeFile(QStringLiteral("super.pw"), m_pg->superPassword().toUtf8() + '\n');
        writeFile(QStringLiteral("user.pw"), "city-pass-42\n");
        QVERIFY(QFile::copy(QStringLiteral(ZHILI_DEMO_CACHE), path(QStringLiteral("demo.gpkg"))));
        QFile(path(QStringLiteral("demo.gpkg"))).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    void cleanupTestCase() { m_pg.reset(); }

    void setUpPublishCloneSyncResolve()
    {
        const auto super = as(QStringLiteral("super.pw"));
        CliRun r = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                           url(PgCluster::kSuperUser)},
                          super);
        QVERIFY2(
            r.code == 0 &&
                r.out.contains(QStringLiteral("schema %1 (was 0)").arg(zhili::ServerSchema::kCurrentVersion)),
            qPrintable(r.out + r.err));
        r = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                    url(PgCluster::kSuperUser)},
                   super);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("up to date")), qPrintable(r.out + r.err));
        // A password never comes from a pipe: without --password-file the command stops at once.
        r = runCli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("boss"),
                    QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--url"),
                    url(PgCluster::kSuperUser)},
                   super);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--password-file")), qPrintable(r.err));
        const QStringList addBoss{
            QStringLiteral("server"),   QStringLiteral("add-user"),        QStringLiteral("boss"),
            QStringLiteral("--role"),   QStringLiteral("admin"),           QStringLiteral("--url"),
            url(PgCluster::kSuperUser), QStringLiteral("--password-file"), path(QStringLiteral("user.pw"))};
        r = runCli(addBoss, super);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An officer of a district the server does not know yet is refused, naming it.
        QStringList addOfficer = addBoss;
        addOfficer[2] = QStringLiteral("xh");
        addOfficer[4] = QStringLiteral("officer");
        addOfficer << QStringLiteral("--district") << QStringLiteral("西湖区");
        r = runCli(addOfficer, super);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("西湖区")) && r.err.contains(QStringLiteral("publish")),
                 qPrintable(r.err));

        r = publish(true);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(jsonOf(r).value(QStringLiteral("parcels")).toInt(), 3000);
        // Publishing again adds nothing and says why.
        r = publish(false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already holds every district")), qPrintable(r.err));
        r = runCli(addOfficer, super);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Wrong password: a clear message, exit 1, no file left behind.
        writeFile(QStringLiteral("wrong.pw"), "nope\n");
        r = clone(QStringLiteral("xh.gpkg"), QStringLiteral("wrong.pw"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password authentication failed")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("xh.gpkg"))));
        for (const QString &name : {QStringLiteral("xh.gpkg"), QStringLiteral("xh2.gpkg")}) {
            r = clone(name, QStringLiteral("user.pw"), true);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(jsonOf(r).value(QStringLiteral("parcels")).toInt(), 3000);
        }
        {
            // The clone carries the styles QGIS reads, as an imported cache does.
            auto cloned = zhili::GeoPackageCache::open(path(QStringLiteral("xh.gpkg")), true);
            QCOMPARE(zhili::QgisStyleStore(cloned->db()).styles(QStringLiteral("parcels")).size(), 4);
        }
        r = clone(QStringLiteral("xh.gpkg"), QStringLiteral("user.pw"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("exists already")), qPrintable(r.err));

        // The same field edited in both caches: one conflict, listed with both values; resolved with
        // "theirs".
        const QString code = QStringLiteral("XH-2012-00070");
        for (const QString &name : {QStringLiteral("xh.gpkg"), QStringLiteral("xh2.gpkg")}) {
            r = assignNotes(name, code, name, QStringLiteral("user.pw"));
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // The clone took the server's password as xh's local one: the wrong one edits nothing.
        r = assignNotes(QStringLiteral("xh.gpkg"), code, QStringLiteral("forged"),
                        QStringLiteral("wrong.pw"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QJsonObject s1, s2;
        for (const QString &name : {QStringLiteral("xh.gpkg"), QStringLiteral("xh2.gpkg")}) {
            r = runCli(
                {QStringLiteral("sync"), QStringLiteral("--cache"), path(name), QStringLiteral("--json")},
                as(QStringLiteral("user.pw")));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            (name == QLatin1String("xh.gpkg") ? s1 : s2) = jsonOf(r);
        }
        QCOMPARE(s1.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(s1.value(QStringLiteral("conflicts")).toInt(), 0);
        QCOMPARE(s2.value(QStringLiteral("conflicts")).toInt(), 1);
        r = runCli({QStringLiteral("conflicts"), QStringLiteral("--cache"), path(QStringLiteral("xh2.gpkg")),
                    QStringLiteral("--json")});
        const QJsonArray conflicts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("mine")).toString(),
                 QStringLiteral("xh2.gpkg"));
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("xh.gpkg"));
        r = resolveTheirs(QStringLiteral("xh2.gpkg"), code, QStringLiteral("land_mu"));
        QCOMPARE(r.code, 1); // no conflict on that field
        r = resolveTheirs(QStringLiteral("xh2.gpkg"), code, QStringLiteral("notes"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli(
            {QStringLiteral("conflicts"), QStringLiteral("--cache"), path(QStringLiteral("xh2.gpkg"))});
        QVERIFY2(r.out.contains(QStringLiteral("no open conflicts")), qPrintable(r.out));

        // The styles QGIS reads are rewritten after a sync only when it moved an allocation (their classes):
        // notes alone leave them, a pulled land figure rewrites them.
        const auto styleTime = [&](const QString &name) {
            auto c = zhili::GeoPackageCache::open(path(name), true);
            return c->db().scalar(QStringLiteral("SELECT max(update_time) FROM layer_styles")).toString();
        };
        const auto syncXh2 = [&] {
            return runCli(
                {QStringLiteral("sync"), QStringLiteral("--cache"), path(QStringLiteral("xh2.gpkg"))},
                as(QStringLiteral("user.pw")));
        };
        QString before = styleTime(QStringLiteral("xh2.gpkg"));
        r = assignNotes(QStringLiteral("xh.gpkg"), code, QStringLiteral("notes only"),
                        QStringLiteral("user.pw"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("sync"), QStringLiteral("--cache"), path(QStringLiteral("xh.gpkg"))},
                   as(QStringLiteral("user.pw")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = syncXh2();
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("pulled 1")), qPrintable(r.out + r.err));
        QCOMPARE(styleTime(QStringLiteral("xh2.gpkg")), before);
        r = runCli({QStringLiteral("assign"), QStringLiteral("--cache"), path(QStringLiteral("xh.gpkg")),
                    QStringLiteral("--user"), QStringLiteral("xh"), QStringLiteral("--parcel"), code,
                    QStringLiteral("--district"), QStringLiteral("西湖区"), QStringLiteral("--land-mu"),
                    QStringLiteral("9.75")},
                   as(QStringLiteral("user.pw")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("sync"), QStringLiteral("--cache"), path(QStringLiteral("xh.gpkg"))},
                   as(QStringLiteral("user.pw")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTest::qWait(5); // the styles' timestamps are in milliseconds
        r = syncXh2();
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("pulled 1")), qPrintable(r.out + r.err));
        QVERIFY2(styleTime(QStringLiteral("xh2.gpkg")) > before, qPrintable(before));
    }

    void unconnectedCacheSaysWhatToDo()
    {
        const CliRun r =
            runCli({QStringLiteral("sync"), QStringLiteral("--cache"), path(QStringLiteral("demo.gpkg")),
                    QStringLiteral("--url"), url(QStringLiteral("boss"))},
                   as(QStringLiteral("user.pw")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not connected")) && r.err.contains(QStringLiteral("clone")),
                 qPrintable(r.err));
    }

    void unreachableServerIsNamed()
    {
        const CliRun r = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--url"),
                                 QStringLiteral("postgresql://x@127.0.0.1:1/zhili")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot connect")) &&
                     r.err.contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
