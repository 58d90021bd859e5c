// Inputs that made a fuzz target (tests/fuzz) report a bug before the fix; the inputs are kept as seeds in
// tests/fuzz/corpus/<target>/crash-*.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "layout/scalebar.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <QtTest>

using namespace zhili;

class TestMapsFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // fuzz_cli_options: `snapshot --extent -1e300,-1e300,1e300,1e300` gives a scale of about 1:1.9e301, and
    // formatRatio() cast that to a 64-bit integer (undefined; on x86 the sheet read "1:-9 223 372 …").
    void formatRatioBeyond64Bits()
    {
        const QString r = ScaleBar::formatRatio(1.89e301);
        QCOMPARE(r, QStringLiteral("1:1.89e+301"));
        for (double d : {9.3e18, 1e19, 5e25, 1.7e308}) {
            const QString s = ScaleBar::formatRatio(d);
            QVERIFY2(s.startsWith(QStringLiteral("1:")) && !s.contains(QLatin1Char('-')), qPrintable(s));
            // The digits read back to the denominator within the 3 significant digits printed.
            const double back = s.mid(2).remove(QChar(0x2009)).toDouble();
            QVERIFY2(std::abs(back - d) <= d * 0.005, qPrintable(s));
        }
    }
    void formatRatioUsualScales()
    {
        // Three significant digits with thin-space thousands, as documented (1:24 873 → 1:24 900).
        QCOMPARE(ScaleBar::formatRatio(24873), QStringLiteral("1:24\u2009900"));
        QCOMPARE(ScaleBar::formatRatio(999), QStringLiteral("1:999"));
        // The largest value still printed in full digits.
        QCOMPARE(ScaleBar::formatRatio(8.99e18),
                 QStringLiteral("1:8\u2009990\u2009000\u2009000\u2009000\u2009000\u2009000"));
    }
    // The same input end to end through zhili-cli: tests/cli/tst_snapshotcli, hugeExtent().
    // Found while writing fuzz_wkb: the map's own WKB reader (ParcelStore, used whenever a cache is drawn)
    // recursed into a MultiPolygon's members without checking they are Polygons, one level per 9 bytes. A
    // parcel whose geometry nests 1 000 000 MultiPolygons (9 MB, e.g. in a crafted or damaged .gpkg)
    // overflowed the stack; now it is refused like any damaged geometry, naming the parcel.
    void nestedMultiPolygonsAreRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested.gpkg"));
        {
            auto cache = GeoPackageCache::create(path);
            QByteArray blob("GP\0\x01", 4); // version 0, little endian, no envelope
            char srs[4];
            qToLittleEndian<qint32>(cache->srsId(), srs);
            blob.append(srs, 4);
            const QByteArray level = QByteArray::fromHex("010600000001000000"); // LE MultiPolygon of 1
            blob.append(level.repeated(1000000));
            blob.append(QByteArray::fromHex("010300000000000000")); // LE Polygon, 0 rings
            auto st = cache->db().prepare(
                QStringLiteral("INSERT INTO parcels (geom, uuid, code, district, area_m2, area_mu, area_ha, "
                               "updated_at) VALUES (?, ?, 'N-1', '西湖区', 1, 0.0015, 0.0001, 'x')"));
            st.bindBlob(1, blob).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces)).run();
        }
        auto cache = GeoPackageCache::open(path, true);
        MapScene scene;
        try {
            scene.load(*cache);
            QFAIL("a geometry of nested MultiPolygons was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("fid")), qPrintable(e.message()));
        }
    }
};

QTEST_MAIN(TestMapsFuzzRegressions)
#include "tst_fuzzregressions.moc"
