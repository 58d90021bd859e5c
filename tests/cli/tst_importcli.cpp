// `zhili-cli import` end to end: exit codes, JSON report, one-line errors, and an import killed (SIGKILL) or
// interrupted (SIGINT) half-way leaves the previous cache intact.
#include "cache/sqlitedatabase.h"
#include "clirunner.h"
#include "shareddata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace zhili;
using namespace zhili::test;

namespace {

QString real(const QString &rel)
{
    return QStringLiteral(ZHILI_SHARED_DATA "/") + rel;
}

// Hash over the parcels' content (what a user would lose), read through SQLite.
QByteArray parcelsHash(const QString &cachePath, qint64 *count, QString *integrity)
{
    SqliteDatabase db(cachePath, SqliteDatabase::Mode::ReadWrite);
    *integrity = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    *count = db.scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
    auto st =
        db.prepare(QStringLiteral("SELECT fid, uuid, code, district, hex(geom), area_m2, ecosystem, revision "
                                  "FROM parcels ORDER BY fid"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (st.step())
        for (int i = 0; i < 8; ++i)
            h.addData(st.text(i).toUtf8() + '|');
    return h.result().toHex();
}

qint64 ogrFeatureCount(const QString &dataset)
{
    QProcess p;
    p.start(QStringLiteral("ogrinfo"),
            {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"), dataset});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(QStringLiteral("Feature Count: (\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_big; // a generated shapefile big enough to interrupt

private Q_SLOTS:
    void initTestCase() { ZHILI_REQUIRE_SHARED_DATA(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no file") << QStringList{"import", "--cache", "x.gpkg"};
        QTest::newRow("no cache") << QStringList{
            "import", real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp"))};
        QTest::newRow("district and field")
            << QStringList{"import",           real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")),
                           "--cache",          "x.gpkg",
                           "--district",       "A",
                           "--district-field", "B"};
        QTest::newRow("bad map") << QStringList{
            "import",     real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")),
            "--cache",    "x.gpkg",
            "--district", "A",
            "--map",      "ecosystem"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(QStringLiteral("x.gpkg")));
    }

    void importJson()
    {
        const QString cache = m_dir.filePath(QStringLiteral("json.gpkg"));
        const QString src = real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp"));
        const CliRun r =
            runCli({QStringLiteral("import"), src, QStringLiteral("--cache"), cache,
                    QStringLiteral("--district"), QStringLiteral("拱墅区"), QStringLiteral("--json"),
                    QStringLiteral("--user"), QStringLiteral("tester")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("inserted")).toInteger(), ogrFeatureCount(src));
        QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
        QVERIFY(o.value(QStringLiteral("source_crs")).toString().contains(QLatin1String("EPSG:4326")));
        QCOMPARE(
            o.value(QStringLiteral("field_mapping")).toObject().value(QStringLiteral("land_use")).toString(),
            QStringLiteral("type"));
        // info sees the district; the audit row names the user
        const CliRun info = runCli({QStringLiteral("info"), QStringLiteral("--cache"), cache});
        QVERIFY2(info.code == 0 && info.out.contains(QStringLiteral("拱墅区")),
                 qPrintable(info.out + info.err));
        SqliteDatabase db(cache, SqliteDatabase::Mode::ReadOnly);
        QCOMPARE(db.scalar(QStringLiteral("SELECT user FROM zhili_audit WHERE action = 'import'")).toString(),
                 QStringLiteral("tester"));
    }

    /// Every parcel is in the detail pages and in the overview pages, committed with the rows, and a
    /// full-extent render reads the overview alone while a zoomed one reads detail pages.
    void checkRenderStore(const QString &cache)
    {
        {
            SqliteDatabase db(cache, SqliteDatabase::Mode::ReadOnly);
            const qint64 parcels = db.scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
            QVERIFY(parcels > 0);
            for (int level : {0, 1})
                QCOMPARE(
                    db.scalar(QStringLiteral("SELECT sum(parcels) FROM zhili_render_pages WHERE level = %1")
                                  .arg(level))
                        .toLongLong(),
                    parcels);
        }
        const QString png = m_dir.filePath(QStringLiteral("store.png"));
        const QStringList render = {
            QStringLiteral("render"), QStringLiteral("--cache"), cache, QStringLiteral("--out"), png,
            QStringLiteral("--force")};
        const QMap<QString, QString> timing = {{QStringLiteral("ZHILI_LOAD_TIMING"), QStringLiteral("1")}};
        const CliRun full = runCli(render, timing);
        QVERIFY2(full.code == 0, qPrintable(full.err));
        QVERIFY2(full.err.contains(QLatin1String("ParcelStoreCache::read overview")), qPrintable(full.err));
        QVERIFY2(!full.err.contains(QLatin1String("ParcelStoreCache::read detail")), qPrintable(full.err));
        QVERIFY2(!full.err.contains(QLatin1String("ParcelStore::load")), qPrintable(full.err));
        // A whole-city slide sheet too (PNG at 96 DPI): its map frame is coarse enough.
        const CliRun sheet =
            runCli({QStringLiteral("snapshot"), QStringLiteral("--cache"), cache, QStringLiteral("--page"),
                    QStringLiteral("slide-16x9"), QStringLiteral("--out"),
                    m_dir.filePath(QStringLiteral("sheet.png")), QStringLiteral("--force")},
                   timing);
        QVERIFY2(sheet.code == 0, qPrintable(sheet.err));
        QVERIFY2(sheet.err.contains(QLatin1String("ParcelStoreCache::read overview")), qPrintable(sheet.err));
        QVERIFY2(!sheet.err.contains(QLatin1String("ParcelStoreCache::read detail")), qPrintable(sheet.err));
        // Twice as many pixels across: a pixel then spans less than two tolerances, the detail is read.
        const CliRun large =
            runCli(render + QStringList{QStringLiteral("--size"), QStringLiteral("3840x2160")}, timing);
        QVERIFY2(large.code == 0, qPrintable(large.err));
        QVERIFY2(large.err.contains(QLatin1String("ParcelStoreCache::read detail")), qPrintable(large.err));
    }

    void importWritesTheRenderStore()
    {
        const QString cache = m_dir.filePath(QStringLiteral("store.gpkg"));
        // The second import (another district) rewrites both levels in its transaction: never a stale
        // overview.
        for (const QString &district : {QStringLiteral("拱墅区"), QStringLiteral("西湖区")}) {
            const CliRun r = runCli({QStringLiteral("import"),
                                     real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")),
                                     QStringLiteral("--cache"), cache, QStringLiteral("--district"), district,
                                     QStringLiteral("--quiet")});
            QVERIFY2(r.code == 0, qPrintable(district + QLatin1Char(' ') + r.err));
            checkRenderStore(cache);
        }
    }

    void quietAndErrors()
    {
        const QString cache = m_dir.filePath(QStringLiteral("quiet.gpkg"));
        CliRun r =
            runCli({QStringLiteral("import"), real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")),
                    QStringLiteral("--cache"), cache, QStringLiteral("--district"), QStringLiteral("A"),
                    QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        const QByteArray before = fileHash(cache);
        const QString points = real(QStringLiteral("china-4m-provinces-gbk-noprj/XianCh_point.shp"));
        r = runCli({QStringLiteral("import"), points, QStringLiteral("--cache"), cache,
                    QStringLiteral("--district"), QStringLiteral("A"), QStringLiteral("--crs"),
                    QStringLiteral("EPSG:4214"), QStringLiteral("--quiet")});
        QCOMPARE(r.code, 1);
        const QStringList lines =
            r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("zhili-cli import"));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(points) && lines.first().contains(QLatin1String("Point")),
                 qPrintable(r.err));
        QCOMPARE(fileHash(cache), before);
        // No cache is left behind by a failed first import.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.gpkg"));
        r = runCli({QStringLiteral("import"), real(QStringLiteral("pyshp-test-shapefiles/empty_zipfile.zip")),
                    QStringLiteral("--cache"), fresh, QStringLiteral("--district"), QStringLiteral("A")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("empty_zipfile.zip")), qPrintable(r.err));
        QVERIFY(!QFile::exists(fresh));
    }

    void interrupted_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGKILL") << int(SIGKILL);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void interrupted()
    {
        QFETCH(int, signal);
        if (m_big.isEmpty()) {
            const QString out = m_dir.filePath(QStringLiteral("big"));
            QProcess gen;
            gen.start(QStringLiteral("/usr/bin/python3"),
                      {QStringLiteral(ZHILI_SOURCE_DIR "/scripts/generate_parcels.py"),
                       QStringLiteral("--count"), QStringLiteral("40000"), QStringLiteral("--out"), out,
                       QStringLiteral("--name"), QStringLiteral("big"), QStringLiteral("--quiet")});
            QVERIFY(gen.waitForFinished(120000));
            QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
            m_big = out + QStringLiteral("/big_parcels.shp");
            QVERIFY(QFile::exists(m_big));
        }
        const QString cache = m_dir.filePath(QStringLiteral("kill%1.gpkg").arg(signal));
        CliRun r =
            runCli({QStringLiteral("import"), real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")),
                    QStringLiteral("--cache"), cache, QStringLiteral("--district"), QStringLiteral("base"),
                    QStringLiteral("--quiet")});
        QCOMPARE(r.code, 0);
        qint64 countBefore = 0;
        QString integrity;
        const QByteArray before = parcelsHash(cache, &countBefore, &integrity);
        const QByteArray fileBefore = fileHash(cache);

        QProcess p;
        p.start(QStringLiteral(ZHILI_CLI), {QStringLiteral("import"), m_big, QStringLiteral("--cache"), cache,
                                            QStringLiteral("--quiet")});
        QVERIFY(p.waitForStarted());
        QVERIFY2(!p.waitForFinished(500),
                 "the import finished before it could be interrupted"); // still importing after 0.5 s
        // and has opened the cache (its -wal file appears), so its SIGINT handler is in place: on a loaded
        // machine or under ASan the start-up alone can take longer than 0.5 s, and a SIGINT before the
        // handler ends the process by the signal.
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(cache + QStringLiteral("-wal")) && waited.elapsed() < 60000)
            QVERIFY2(!p.waitForFinished(20), "the import finished before it could be interrupted");
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(60000));
        if (signal == SIGINT) {
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QVERIFY(p.exitCode() != 0);
            QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("cancelled")),
                     "no cancel message");
            QCOMPARE(fileHash(cache), fileBefore); // closed cleanly after the rollback
        } else {
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }
        qint64 countAfter = 0;
        const QByteArray after = parcelsHash(cache, &countAfter, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QCOMPARE(countAfter, countBefore);
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
