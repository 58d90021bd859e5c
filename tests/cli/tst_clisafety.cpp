// The two most dangerous findings of the hardening review, as a user meets them through zhili-cli:
// - a command must never write its output over its own cache (or any SQLite file without --force);
// - imports obey the role rules of edits (officers: their own district; boundaries: admins), and
//   refusals change nothing and are audited with the user's role.
#include "cache/cacheschema.h"
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "testcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace zhili;
using namespace zhili::test;

namespace {

// One parcel per (code, district, geometry, land_mu) in a GeoJSON file.
QByteArray parcelsJson(const QList<std::tuple<QString, QString, QString, double>> &features)
{
    QList<QPair<QString, QString>> items;
    for (const auto &[code, district, geometry, land] : features)
        items << qMakePair(
            QStringLiteral("\"DKBH\":\"%1\",\"XZQ\":\"%2\",\"YDMJ\":%3").arg(code, district).arg(land),
            geometry);
    return featureCollection(items);
}

QMap<QString, QString> as(const QString &user)
{
    return {{QStringLiteral("ZHILI_USER"), user}};
}

} // namespace

class TestCliSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A cache with the standard parcels and an admin, a planner and an officer of 西湖区.
    QString makeCache(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto cache = makeTestCache(path);
        cache->db().exec(QStringLiteral(
            "INSERT INTO zhili_users VALUES ('admin', 'admin', NULL, '2025-01-01'),"
            "('planner', 'planner', NULL, '2025-01-01'), ('xh', 'officer', '西湖区', '2025-01-01')"));
        return path;
    }

    static QByteArray parcelsHash(const QString &cachePath)
    {
        auto c = GeoPackageCache::open(cachePath, true);
        return tableHash(c->db(), QStringLiteral("parcels")) +
               tableHash(c->db(), QStringLiteral("districts"));
    }

    static QList<QStringList> importAuditRows(const QString &cachePath)
    {
        auto c = GeoPackageCache::open(cachePath, true);
        auto st = c->db().prepare(QStringLiteral(
            "SELECT user, role, accepted, target_kind, coalesce(message, '') FROM zhili_audit WHERE action = "
            "'import' ORDER BY id"));
        QList<QStringList> rows;
        while (st.step())
            rows << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
        return rows;
    }

    // The two file-format bytes of the SQLite header: 1 = rollback journal, 2 = WAL.
    static QByteArray journalBytes(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.read(20).mid(18, 2);
    }

    static QStringList sideFiles(const QString &path)
    {
        QStringList found;
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFileInfo::exists(path + QLatin1String(suffix)))
                found << path + QLatin1String(suffix);
        return found;
    }

    // Puts a cache in WAL mode at rest, the way the last writer leaves it: header 2/2, no -wal/-shm.
    static void leaveInWalMode(const QString &path)
    {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }

private Q_SLOTS:
    // Finding 1: `report --output c.gpkg` used to overwrite the cache with CSV text and exit 0.
    void reportRefusesToOverwriteItsCache()
    {
        const QString cache = makeCache(QStringLiteral("report.gpkg"));
        const QByteArray before = fileHash(cache);
        for (const QString &target : {cache, cache + QStringLiteral("-wal"),
                                      QDir(m_dir.path()).filePath(QStringLiteral("./x/../report.gpkg"))}) {
            const CliRun r =
                runCli({QStringLiteral("report"), QStringLiteral("--cache"), cache, QStringLiteral("--year"),
                        QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--output"), target, QStringLiteral("--force")});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("cache this command works on")), qPrintable(r.err));
            QCOMPARE(fileHash(cache), before);
        }
        // A symbolic link to the cache is the cache too.
        const QString link = m_dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(cache, link));
        const CliRun viaLink =
            runCli({QStringLiteral("report"), QStringLiteral("--cache"), cache, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--output"), link});
        QCOMPARE(viaLink.code, 1);
        QCOMPARE(fileHash(cache), before);
        QVERIFY(GeoPackageCache::open(cache, true)->parcelCount() > 0);
    }

    // Any other SQLite file needs --force; a normal file is written; the output is complete or absent.
    void otherDatabasesNeedForce()
    {
        const QString cache = makeCache(QStringLiteral("force.gpkg"));
        const QString other = makeCache(QStringLiteral("other.gpkg"));
        const QByteArray otherBefore = fileHash(other);
        const QStringList args{
            QStringLiteral("report"), QStringLiteral("--cache"), cache,
            QStringLiteral("--year"), QStringLiteral("2025"),    QStringLiteral("--format"),
            QStringLiteral("csv"),    QStringLiteral("--output")};
        const CliRun refused = runCli(args + QStringList{other});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QCOMPARE(fileHash(other), otherBefore);

        const CliRun forced = runCli(args + QStringList{other, QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QFile f(other);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.read(16).startsWith("SQLite format 3"));

        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QCOMPARE(runCli(args + QStringList{csv}).code, 0);
        QVERIFY(QFileInfo(csv).size() > 0);
    }

    // Outputs that cannot be written are refused before anything happens, with the folder named.
    void unwritableOutputsFail()
    {
        const QString cache = makeCache(QStringLiteral("outputs.gpkg"));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/r.csv"));
        const CliRun r =
            runCli({QStringLiteral("report"), QStringLiteral("--cache"), cache, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--output"), missing});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-folder")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
        // A device cannot take a report (it used to say "wrote" for /dev/full and exit 0).
        const CliRun full =
            runCli({QStringLiteral("report"), QStringLiteral("--cache"), cache, QStringLiteral("--year"),
                    QStringLiteral("2025"), QStringLiteral("--output"), QStringLiteral("/dev/full")});
        QCOMPARE(full.code, 1);
        QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() &&
                !QFileInfo(QStringLiteral("/dev/full")).isFile());
        // render and indicator-map: a cache named like an image is still the cache.
        const QString pngCache = m_dir.filePath(QStringLiteral("map.png"));
        QVERIFY(QFile::copy(cache, pngCache));
        const QByteArray before = fileHash(pngCache);
        QCOMPARE(
            runCli({QStringLiteral("render"), QStringLiteral("--cache"), pngCache, QStringLiteral("--out"),
                    pngCache, QStringLiteral("--size"), QStringLiteral("200x100")})
                .code,
            1);
        QCOMPARE(runCli({QStringLiteral("indicator-map"), QStringLiteral("--cache"), pngCache,
                         QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--layer"),
                         QStringLiteral("classes"), QStringLiteral("--out"), pngCache})
                     .code,
                 1);
        QCOMPARE(fileHash(pngCache), before);
        // render writes PNG only: a .jpg name is refused instead of getting PNG bytes.
        const QString jpg = m_dir.filePath(QStringLiteral("map.jpg"));
        QCOMPARE(runCli({QStringLiteral("render"), QStringLiteral("--cache"), cache, QStringLiteral("--out"),
                         jpg, QStringLiteral("--size"), QStringLiteral("200x100")})
                     .code,
                 2);
        QVERIFY(!QFileInfo::exists(jpg));
    }

    // Finding 2: an officer of one district imported parcels into another and shrank its parcel.
    void officerCannotImportIntoAnotherDistrict()
    {
        const QString cache = makeCache(QStringLiteral("rights.gpkg"));
        const QByteArray before = parcelsHash(cache);
        const QString file = writeTestFile(m_dir.filePath(QStringLiteral("xs.geojson")),
                                           parcelsJson({{QStringLiteral("XH-NEW"), QStringLiteral("西湖区"),
                                                         squareGeoJson(515000, 3349000, 50), 1},
                                                        {QStringLiteral("XS-001"), QStringLiteral("萧山区"),
                                                         squareGeoJson(515600, 3350000, 1), 55}}));
        const QStringList args{QStringLiteral("import"),  file,
                               QStringLiteral("--cache"), cache,
                               QStringLiteral("--crs"),   QStringLiteral("EPSG:4549"),
                               QStringLiteral("--quiet")};
        const CliRun byField =
            runCli(args + QStringList{QStringLiteral("--district-field"), QStringLiteral("XZQ")},
                   as(QStringLiteral("xh")));
        QCOMPARE(byField.code, 1);
        QVERIFY2(byField.err.contains(QStringLiteral("萧山区")), qPrintable(byField.err));
        QCOMPARE(parcelsHash(cache), before); // not even the 西湖区 row of the same file went in

        const CliRun byOption =
            runCli(args + QStringList{QStringLiteral("--district"), QStringLiteral("萧山区")},
                   as(QStringLiteral("xh")));
        QCOMPARE(byOption.code, 1);
        QCOMPARE(parcelsHash(cache), before);

        // Unknown users and planners import nothing either.
        const QStringList own = args + QStringList{QStringLiteral("--district"), QStringLiteral("西湖区")};
        QCOMPARE(runCli(own, as(QStringLiteral("nobody"))).code, 1);
        QCOMPARE(runCli(own, as(QStringLiteral("planner"))).code, 1);
        QCOMPARE(parcelsHash(cache), before);

        // Each refusal is audited with the user's role (the unknown user has none to record).
        const QList<QStringList> refused = importAuditRows(cache);
        QCOMPARE(refused.size(), 3);
        QCOMPARE(refused[0].mid(0, 3), (QStringList{QStringLiteral("xh"), QStringLiteral("officer"), "0"}));
        QCOMPARE(refused[1].mid(0, 3), (QStringList{QStringLiteral("xh"), QStringLiteral("officer"), "0"}));
        QCOMPARE(refused[2].mid(0, 3),
                 (QStringList{QStringLiteral("planner"), QStringLiteral("planner"), "0"}));

        // Their own district goes in, and the accepted import row names the role too.
        const CliRun ok = runCli(own, as(QStringLiteral("xh")));
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(parcelsHash(cache) != before);
        const QList<QStringList> rows = importAuditRows(cache);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[3].mid(0, 4), (QStringList{QStringLiteral("xh"), QStringLiteral("officer"), "1",
                                                 QStringLiteral("layer")}));
        auto c = GeoPackageCache::open(cache, true);
        QCOMPARE(c->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE district = '萧山区' AND "
                                            "area_m2 < 10"))
                     .toInt(),
                 0);
    }

    // import-districts replaces every boundary: administrators only.
    void onlyAdminsImportDistrictBoundaries()
    {
        const QString cache = makeCache(QStringLiteral("boundaries.gpkg"));
        const QByteArray before = parcelsHash(cache);
        const QString file = writeTestFile(
            m_dir.filePath(QStringLiteral("districts.geojson")),
            QStringLiteral(
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                "{\"NAME\":\"西湖区\"},\"geometry\":%1}]}")
                .arg(squareGeoJson(514000, 3348000, 5000))
                .toUtf8());
        const QStringList args{QStringLiteral("import-districts"),
                               file,
                               QStringLiteral("--cache"),
                               cache,
                               QStringLiteral("--crs"),
                               QStringLiteral("EPSG:4549"),
                               QStringLiteral("--quiet")};
        for (const QString &user : {QStringLiteral("xh"), QStringLiteral("planner")}) {
            const CliRun r = runCli(args, as(user));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("administrators")), qPrintable(r.err));
        }
        QCOMPARE(parcelsHash(cache), before);
        QList<QStringList> rows = importAuditRows(cache);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].mid(0, 4), (QStringList{QStringLiteral("xh"), QStringLiteral("officer"), "0",
                                                 QStringLiteral("districts")}));
        const CliRun ok = runCli(args, as(QStringLiteral("admin")));
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(parcelsHash(cache) != before);
        rows = importAuditRows(cache);
        QCOMPARE(rows.last().mid(0, 3), (QStringList{QStringLiteral("admin"), QStringLiteral("admin"), "1"}));
    }

    // Finding 10: a read-only command used to create -wal/-shm files owned by whoever ran it; in a shared
    // folder the owner's next edit then failed with "attempt to write a readonly database".
    void readersLeaveNoFilesBehind()
    {
        const QString cache = makeCache(QStringLiteral("shared.gpkg"));
        leaveInWalMode(cache);
        QCOMPARE(journalBytes(cache), QByteArray("\x02\x02", 2));
        QCOMPARE(sideFiles(cache), QStringList());
        const QByteArray before = fileHash(cache);
        const QString png = m_dir.filePath(QStringLiteral("shared.png"));
        const QList<QStringList> readers{{QStringLiteral("info"), QStringLiteral("--cache"), cache},
                                         {QStringLiteral("show"), QStringLiteral("--cache"), cache,
                                          QStringLiteral("--parcel"), QStringLiteral("XH-001")},
                                         {QStringLiteral("report"), QStringLiteral("--cache"), cache,
                                          QStringLiteral("--year"), QStringLiteral("2025")},
                                         {QStringLiteral("render"), QStringLiteral("--cache"), cache,
                                          QStringLiteral("--out"), png, QStringLiteral("--size"),
                                          QStringLiteral("200x150")}};
        for (const QStringList &args : readers) {
            const CliRun r = runCli(args);
            QVERIFY2(r.code == 0, qPrintable(args.first() + QLatin1String(": ") + r.err));
            QVERIFY2(sideFiles(cache).isEmpty(), qPrintable(args.first() + QLatin1String(" left ") +
                                                            sideFiles(cache).join(QLatin1Char(' '))));
            QCOMPARE(fileHash(cache), before);
        }
    }

    // The finding itself, with two real users: root reads a cache that belongs to `nobody`, and nobody's
    // next edit still works. Needs root (CI) and a zhili-cli that `nobody` may run.
    void anotherUsersReadDoesNotBlockTheOwner()
    {
        if (::geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("needs root and runuser to act as a second user");
        auto asNobody = [](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ZHILI_USER"), QStringLiteral("admin"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                           QStringLiteral("--"), QStringLiteral(ZHILI_CLI)} +
                                                   args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        if (asNobody({QStringLiteral("--version")}).first != 0)
            QSKIP("user nobody cannot run this build's zhili-cli (its folder is private)");
        QTemporaryDir shared(QStringLiteral("/tmp/zhili-shared-XXXXXX"));
        QVERIFY(shared.isValid());
        const QString cache = QDir(shared.path()).filePath(QStringLiteral("owned.gpkg"));
        QVERIFY(QFile::copy(makeCache(QStringLiteral("owned-src.gpkg")), cache));
        leaveInWalMode(cache);
        // The folder is shared (everyone may create files), the cache belongs to nobody.
        QVERIFY(::chmod(shared.path().toLocal8Bit().constData(), 01777) == 0);
        struct passwd *pw = ::getpwnam("nobody");
        QVERIFY(pw);
        QVERIFY(::chown(cache.toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) == 0);

        const CliRun read = runCli({QStringLiteral("info"), QStringLiteral("--cache"), cache});
        QVERIFY2(read.code == 0, qPrintable(read.err));
        const auto edit =
            asNobody({QStringLiteral("assign"), QStringLiteral("--cache"), cache, QStringLiteral("--parcel"),
                      QStringLiteral("XH-001"), QStringLiteral("--energy-tce"), QStringLiteral("5")});
        QVERIFY2(edit.first == 0, qPrintable(edit.second));

        // A -wal with content and no -shm (a writer was killed) in root's cache: nobody cannot replay it,
        // so the read is refused as "needs recovery" and leaves no -shm that would block root.
        const QString rootCache = QDir(shared.path()).filePath(QStringLiteral("root.gpkg"));
        QVERIFY(QFile::copy(makeCache(QStringLiteral("root-src.gpkg")), rootCache));
        QVERIFY(QFile::setPermissions(rootCache, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ReadGroup | QFileDevice::ReadOther));
        {
            SqliteDatabase db(rootCache, SqliteDatabase::Mode::ReadWrite);
            CacheSchema::registerSqlFunctions(db);
            db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            db.exec(QStringLiteral("UPDATE parcels SET finance_wan = 42"));
            QVERIFY(QFile::copy(rootCache + QStringLiteral("-wal"), rootCache + QStringLiteral(".keep")));
        }
        QVERIFY(QFile::rename(rootCache + QStringLiteral(".keep"), rootCache + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(rootCache + QStringLiteral("-shm")));
        const auto refused = asNobody({QStringLiteral("info"), QStringLiteral("--cache"), rootCache});
        QCOMPARE(refused.first, 1);
        QVERIFY2(refused.second.contains(QStringLiteral("recovery")), qPrintable(refused.second));
        QVERIFY(!QFileInfo::exists(rootCache + QStringLiteral("-shm")));
        const CliRun owner = runCli({QStringLiteral("info"), QStringLiteral("--cache"), rootCache});
        QVERIFY2(owner.code == 0, qPrintable(owner.err));
        QCOMPARE(GeoPackageCache::open(rootCache, true)
                     ->requireParcel(QStringLiteral("XH-001"))
                     .assignment.financeWan,
                 42.0);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
