// The cache must be a GeoPackage that GDAL opens with the right CRS, and refuse files that are not caches.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "testcache.h"
#include "util/error.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

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

    void refusesGeographicCrs()
    {
        QVERIFY_THROWS_EXCEPTION(
            Error, GeoPackageCache::create(QDir::temp().filePath(QStringLiteral("x-zhili-geo.gpkg")), 4490));
    }
};

QTEST_GUILESS_MAIN(TestGeoPackageCache)
#include "tst_geopackagecache.moc"
