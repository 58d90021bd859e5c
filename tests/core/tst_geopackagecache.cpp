// The cache must be a GeoPackage that GDAL opens with the right CRS, and refuse files that are not caches.
#include "cache/cachesummary.h"
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/parceleditor.h"
#include "geometry/envelope.h"
#include "io/bulkloadtransaction.h"
#include "io/parcelimporter.h"
#include "testcache.h"
#include "testusers.h"
#include "totalscheck.h"
#include "util/error.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

// The totals the triggers keep against a fresh GROUP BY over every parcel.
void verifyTotals(SqliteDatabase &db)
{
    QCOMPARE(parcelTotalsMismatch(db), QString());
}

} // namespace

class TestGeoPackageCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsValidEmptyGeoPackage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gpkg"));
        {
            auto cache = GeoPackageCache::create(path);
            QCOMPARE(cache->srsId(), 4549);
            QCOMPARE(cache->parcelCount(), 0);
            QVERIFY(cache->parcelExtent().isNull());
            QCOMPARE(cache->ecosystems().size(), 5);
            QCOMPARE(cache->db().scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), 0x47504B47);
            QCOMPARE(cache->db().scalar(QStringLiteral("PRAGMA user_version")).toInt(), 10300);
        }
        QProcess ogr;
        ogr.start(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), path, QStringLiteral("parcels")});
        QVERIFY(ogr.waitForFinished(60000));
        const QString text = QString::fromUtf8(ogr.readAllStandardOutput());
        QVERIFY2(ogr.exitCode() == 0, qPrintable(text + ogr.readAllStandardError()));
        QVERIFY2(text.contains(QStringLiteral("Feature Count: 0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CGCS2000")), qPrintable(text));

        QProcess validator;
        validator.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
        QVERIFY(validator.waitForFinished(60000));
        const QString report =
            QString::fromUtf8(validator.readAllStandardOutput() + validator.readAllStandardError());
        QVERIFY2(validator.exitCode() == 0, qPrintable(report));
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gpkg"));
        GeoPackageCache::create(path);
        QVERIFY_THROWS_EXCEPTION(Error, GeoPackageCache::create(path));
    }

    void refusesNonCache()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            SqliteDatabase db(path, SqliteDatabase::Mode::ReadWriteCreate);
            db.exec(QStringLiteral("CREATE TABLE t (a)"));
        }
        try {
            GeoPackageCache::open(path);
            QFAIL("opened a non-cache");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("not a Zhili cache")), qPrintable(e.message()));
        }
    }

    // District names come from the districts table and, by a skip scan of the index, from the parcels:
    // the same set as DISTINCT, including a district that has parcels but no boundary row.
    void districtNamesMatchDistinct()
    {
        QTemporaryDir dir;
        auto cache = test::makeTestCache(dir.filePath(QStringLiteral("d.gpkg")));
        cache->db().exec(QStringLiteral("DELETE FROM districts WHERE name = '萧山区'"));
        cache->db().exec(QStringLiteral("INSERT INTO districts (name, boundary_source, uuid, updated_at) "
                                        "VALUES ('临安区', 'derived', 'u-la', '2026-01-01T00:00:00Z')"));
        QStringList expected;
        auto st = cache->db().prepare(QStringLiteral(
            "SELECT name FROM districts UNION SELECT DISTINCT district FROM parcels ORDER BY 1"));
        while (st.step())
            expected << st.text(0);
        QVERIFY(expected.contains(QStringLiteral("萧山区")) && expected.contains(QStringLiteral("临安区")));
        QCOMPARE(cache->districtNames(), expected);
    }

    // zhili_parcel_totals (what info and the district list read) stays equal to a scan of the parcels after
    // a bulk import, edits through the editor, and edits by another GIS through GDAL behind Zhili's back.
    void totalsFollowEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gpkg"));
        ImportOptions options;
        options.source = QStringLiteral(ZHILI_SOURCE_DIR "/resources/demo/hangzhou_demo_parcels.shp");
        ParcelImporter::runOnFile(path, options);
        {
            auto cache = GeoPackageCache::open(path);
            verifyTotals(cache->db());
            QVERIFY(cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_parcel_totals")).toInt() >
                    20);
            QList<qint64> fids;
            auto st = cache->db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE fid % 9 = 0"));
            while (st.step())
                fids << st.value(0).toLongLong();
            AssignmentPatch patch;
            patch.ecosystem = QStringLiteral("energy");
            patch.chain = QString();
            patch.landMu = 0.25;
            ParcelEditor(*cache).apply(testAdmin(), fids, patch);
            verifyTotals(cache->db());
        }
        QProcess ogr; // another GIS edits and deletes through GDAL's GeoPackage driver
        ogr.start(QStringLiteral("ogrinfo"),
                  {path, QStringLiteral("-sql"),
                   QStringLiteral("UPDATE parcels SET ecosystem = 'iot', finance_wan = finance_wan + 1.5, "
                                  "district = '西湖区' WHERE fid % 7 = 0")});
        QVERIFY(ogr.waitForFinished(60000));
        QCOMPARE(ogr.exitCode(), 0);
        ogr.start(QStringLiteral("ogrinfo"),
                  {path, QStringLiteral("-sql"), QStringLiteral("DELETE FROM parcels WHERE fid % 11 = 0")});
        QVERIFY(ogr.waitForFinished(60000));
        QCOMPARE(ogr.exitCode(), 0);
        auto cache = GeoPackageCache::open(path, true);
        verifyTotals(cache->db());
        QCOMPARE(
            cache->db().scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE fid % 11 = 0")).toInt(), 0);
        // The extent from the R-tree's root node equals a scan of every entry, deletions included.
        const Envelope extent = cache->parcelExtent();
        auto box = cache->db().prepare(
            QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_parcels_geom"));
        QVERIFY(box.step());
        QCOMPARE(extent.minX, box.real(0));
        QCOMPARE(extent.minY, box.real(1));
        QCOMPARE(extent.maxX, box.real(2));
        QCOMPARE(extent.maxY, box.real(3));
        QCOMPARE(cache->parcelCount(),
                 cache->db().scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong());
        // info's figures come from the totals and equal the scan.
        const CacheSummary summary = CacheSummary::compute(*cache);
        QCOMPARE(summary.total.parcels, cache->parcelCount());
        QVERIFY(
            std::abs(summary.total.financeWan -
                     cache->db().scalar(QStringLiteral("SELECT sum(finance_wan) FROM parcels")).toDouble()) <
            1e-6 * summary.total.financeWan);
    }

    // A bulk load into an empty table takes the totals from the rows handed over with addRow()
    // (Totals::FromRows, the import) or from one GROUP BY (Totals::Scan, the clone). The figures handed over
    // here differ from the rows on purpose, to tell the two apart.
    void bulkLoadTotalsFromRowsOrScan()
    {
        QTemporaryDir dir;
        for (const auto mode : {BulkLoadTransaction::Totals::FromRows, BulkLoadTransaction::Totals::Scan}) {
            auto cache = GeoPackageCache::create(dir.filePath(QStringLiteral("c%1.gpkg").arg(int(mode))));
            SqliteDatabase &db = cache->db();
            {
                BulkLoadTransaction tx(db, mode);
                QVERIFY(tx.emptyBefore());
                auto insert = db.prepare(QStringLiteral(
                    "INSERT INTO parcels (uuid, code, district, area_m2, area_mu, area_ha, "
                    "ecosystem, land_mu, updated_at) VALUES (?, ?, '西湖区', 6000, 9, 0.6, ?, 4, "
                    "'2026-01-01T00:00:00.000Z')"));
                insert.bindAll(1, QStringLiteral("u1"), QStringLiteral("A"), QStringLiteral("bio")).run();
                tx.addRow(db.lastInsertRowId(), Envelope(),
                          {QStringLiteral("西湖区"), QStringLiteral("bio"), 9, 5, 0, 0});
                insert.bindAll(1, QStringLiteral("u2"), QStringLiteral("B"), QVariant()).run();
                tx.addRow(db.lastInsertRowId(), Envelope(),
                          {QStringLiteral("西湖区"), QString(), 9, 4, 0, 0});
                tx.finishBulkLoad();
                tx.commit();
            }
            const bool fromRows = mode == BulkLoadTransaction::Totals::FromRows;
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT land_mu FROM zhili_parcel_totals WHERE ecosystem = 'bio'"))
                    .toDouble(),
                fromRows ? 5.0 : 4.0);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT parcels FROM zhili_parcel_totals WHERE district = '西湖区' "
                                         "AND ecosystem = ''"))
                    .toInt(),
                1);
            QCOMPARE(parcelTotalsMismatch(db).isEmpty(), !fromRows);
            // The insert trigger is back: a later row is added to the totals by it.
            db.exec(QStringLiteral("INSERT INTO parcels (uuid, code, district, area_m2, area_mu, area_ha, "
                                   "updated_at) VALUES ('u3', 'C', '滨江区', 1, 1, 1, 'x')"));
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT parcels FROM zhili_parcel_totals WHERE district = '滨江区'"))
                    .toInt(),
                1);
        }
    }

    // A write that finds the WAL moved on since its read began fails at once (SQLITE_BUSY_SNAPSHOT, an
    // extended code, without the busy handler): it must still say "busy … nothing was changed".
    void staleSnapshotWriteSaysBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gpkg"));
        makeTestCache(path, {TestParcel{QStringLiteral("A1"), QStringLiteral("西湖区")}});
        SqliteDatabase a(path, SqliteDatabase::Mode::ReadWrite);
        SqliteDatabase b(path, SqliteDatabase::Mode::ReadWrite);
        QCOMPARE(a.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        a.exec(QStringLiteral("CREATE TABLE t (x)"));
        b.exec(QStringLiteral("BEGIN; SELECT count(*) FROM t"));
        a.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        try {
            b.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            QFAIL("the stale write succeeded");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("busy")), qPrintable(e.message()));
        }
        b.exec(QStringLiteral("ROLLBACK"));
    }

    // Opening the cache a second time in one process (the style rewrite after an edit, the render thread)
    // must keep the first connection's locks: POSIX drops every lock a process holds on a file when any of
    // its descriptors of that file is closed. Without them another program closing its connection takes
    // itself for the last one and deletes the -wal under us, and our next commit is lost.
    void secondOpenKeepsTheFirstConnectionsLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.gpkg"));
        makeTestCache(path, {TestParcel{QStringLiteral("A1"), QStringLiteral("西湖区")}});
        auto first = GeoPackageCache::open(path);
        first->db().scalar(QStringLiteral("SELECT count(*) FROM parcels"));
        auto second = GeoPackageCache::open(path, true);
        auto third = GeoPackageCache::open(path, false);
        QProcess other;
        other.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"),
                     QStringLiteral("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                                    "c.execute('CREATE TABLE other (x)'); c.commit(); c.close()"),
                     path});
        QVERIFY(other.waitForFinished(60000));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")), "the other program deleted our -wal");
        first->db().exec(QStringLiteral("CREATE TABLE mine (x)"));
        third.reset();
        second.reset();
        first.reset();
        auto again = GeoPackageCache::open(path, true);
        QVERIFY(again->db().tableExists(QStringLiteral("other")));
        QVERIFY(again->db().tableExists(QStringLiteral("mine")));
    }

    void refusesGeographicCrs()
    {
        QVERIFY_THROWS_EXCEPTION(
            Error, GeoPackageCache::create(QDir::temp().filePath(QStringLiteral("x-zhili-geo.gpkg")), 4490));
    }
};

QTEST_GUILESS_MAIN(TestGeoPackageCache)
#include "tst_geopackagecache.moc"
