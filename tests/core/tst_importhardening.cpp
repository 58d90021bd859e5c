// What the hardening review broke through imports, each case as it was found:
// tags beyond the edit limits, infinite and out-of-CRS coordinates, megabyte names, look-alike and
// mis-decoded district names, pipes instead of files and refused opens that still
// changed the file. (Racing first imports, run as zhili-cli processes, are in tests/cli/tst_concurrency.)
#include "cache/geopackagecache.h"
#include "crs/crs.h"
#include "geometry/coordinatecheck.h"
#include "indicators/indicatorreport.h"
#include "io/importtarget.h"
#include "io/parcelimporter.h"
#include "model/namerules.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "testfiles.h"
#include "util/error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <sys/stat.h>

using namespace zhili;
using namespace zhili::test;

namespace {

ImportOptions options(const QString &source)
{
    ImportOptions o;
    o.source = source;
    o.crs = QStringLiteral("EPSG:4549");
    o.districtField = QStringLiteral("XZQ");
    return o;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestImportHardening : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Finding 3: tags in the file used to skip the edit limits.
    void importedTagsPassTheEditValidator()
    {
        TestDir dir;
        const QString longChain(5000, QLatin1Char('c')), longEnterprise(100000, QLatin1Char('e'));
        // 100 × 100 m = 15 亩.
        const QString file =
            dir.write(QStringLiteral("tags.geojson"),
                      featureCollection(
                          {{QStringLiteral("\"DKBH\":\"T1\",\"XZQ\":\"西湖区\",\"YDMJ\":999999,\"NH\":1e300,"
                                           "\"CYL\":\"%1\",\"QYMC\":\"%2\"")
                                .arg(longChain, longEnterprise),
                            squareGeoJson(515000, 3350000, 100)},
                           {QStringLiteral("\"DKBH\":\"T2\",\"XZQ\":\"西湖区\",\"YDMJ\":12.5,\"NH\":300"),
                            squareGeoJson(515200, 3350000, 100)}}));
        ImportOptions o = options(file);
        o.fieldMap = {{QStringLiteral("land_mu"), QStringLiteral("YDMJ")},
                      {QStringLiteral("energy_tce"), QStringLiteral("NH")},
                      {QStringLiteral("chain"), QStringLiteral("CYL")},
                      {QStringLiteral("enterprise"), QStringLiteral("QYMC")}};
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, o);
        QCOMPARE(r.inserted, 2); // the geometry goes in either way
        QCOMPARE(r.rejectedTags.size(), 4);
        for (const QString &field : {"land_mu", "energy_tce", "chain", "enterprise"})
            QVERIFY2(r.rejectedTags.join(QLatin1Char('\n')).contains(QStringLiteral("T1 (西湖区) ") + field),
                     qPrintable(r.rejectedTags.join(QLatin1Char('\n'))));
        auto cache = GeoPackageCache::open(cachePath, true);
        auto st = cache->db().prepare(QStringLiteral(
            "SELECT code, land_mu, energy_tce, coalesce(chain, ''), coalesce(enterprise, '') FROM parcels "
            "ORDER BY code"));
        QVERIFY(st.step());
        QCOMPARE(st.real(1), 0.0);
        QCOMPARE(st.real(2), 0.0);
        QCOMPARE(st.text(3), QString());
        QCOMPARE(st.text(4), QString());
        QVERIFY(st.step()); // T2's tags are within the limits and kept
        QCOMPARE(st.real(1), 12.5);
        QCOMPARE(st.real(2), 300.0);
    }

    // Finding 5: a polygon spanning ±1e300 imported with rc 0 and an infinite area.
    void farAndNonFiniteCoordinatesAreRefused_data()
    {
        QTest::addColumn<QString>("geometry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1e300") << QStringLiteral(
                                      "{\"type\":\"Polygon\",\"coordinates\":[[[-1e300,-1e300],[1e300,"
                                      "-1e300],[1e300,1e300],[-1e300,-1e300]]]}")
                               << QStringLiteral("FAR.*far outside");
        // A Gauss-Krüger zone prefix: 40 515 000 is EPSG:4528's easting, read here as EPSG:4549's.
        // (The layer-wide zone guard may see it first.)
        QTest::newRow("zone prefix") << squareGeoJson(40515000, 3350000, 100)
                                     << QStringLiteral("EPSG:4528|FAR.*zone prefix");
    }

    void farAndNonFiniteCoordinatesAreRefused()
    {
        QFETCH(QString, geometry);
        QFETCH(QString, expected);
        TestDir dir;
        const QString file =
            dir.write(QStringLiteral("far.geojson"),
                      featureCollection({{QStringLiteral("\"DKBH\":\"OK1\",\"XZQ\":\"西湖区\""),
                                          squareGeoJson(515000, 3350000, 100)},
                                         {QStringLiteral("\"DKBH\":\"FAR\",\"XZQ\":\"西湖区\""), geometry}}));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const QString e = errorOf([&] { ParcelImporter::runOnFile(cachePath, options(file)); });
        QVERIFY2(e.contains(QRegularExpression(expected)), qPrintable(e));
        QVERIFY(!QFileInfo::exists(cachePath));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("far.geojson")}); // no temporary left
    }

    void coordinateCheck()
    {
        const Envelope plausible = Crs::fromEpsg(4549).plausibleExtent();
        QVERIFY(!plausible.isNull());
        QVERIFY(plausible.contains(515000, 3350000));   // Hangzhou
        QVERIFY(plausible.contains(-3544490, 5645400)); // lon 73°E, lat 40°N: distorted but drawable
        QVERIFY(!plausible.contains(40515000, 3350000));
        const CoordinateCheck check(plausible);
        QCOMPARE(check.firstBadVertex({515000, 3350000, 515100, 3350000}), -1);
        QCOMPARE(check.firstBadVertex({515000, 3350000, qQNaN(), 3350000}), 1);
        QCOMPARE(CoordinateCheck::firstNonFiniteVertex({1, 2, 3, qInf()}), 1);
        QCOMPARE(Crs::fromEpsg(4490).plausibleExtent(), (Envelope{-180, -90, 180, 90}));
    }

    // Finding 6: a 1 MB district name made every render take gigabytes; look-alike names made new districts.
    void districtNamesAreCleanedAndBounded()
    {
        TestDir dir;
        const QString huge(1 << 20, QChar(0x533a));
        const QString file =
            dir.write(QStringLiteral("huge.geojson"),
                      featureCollection({{QStringLiteral("\"DKBH\":\"H1\",\"XZQ\":\"%1\"").arg(huge),
                                          squareGeoJson(515000, 3350000, 100)}}));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const QString e = errorOf([&] { ParcelImporter::runOnFile(cachePath, options(file)); });
        QVERIFY2(e.contains(QStringLiteral("at most 64")), qPrintable(e.left(500)));
        QVERIFY(e.size() < 2000); // the name is not echoed whole
        QVERIFY(!QFileInfo::exists(cachePath));

        // "上城区" with a zero-width space, and with a full-width space around it, is still 上城区.
        const QString lookAlike =
            dir.write(QStringLiteral("zw.geojson"),
                      featureCollection({{QStringLiteral("\"DKBH\":\"A1\",\"XZQ\":\"上城区\""),
                                          squareGeoJson(515000, 3350000, 100)},
                                         {QStringLiteral("\"DKBH\":\"A2\",\"XZQ\":\"上城区\u200b\""),
                                          squareGeoJson(515200, 3350000, 100)},
                                         {QStringLiteral("\"DKBH\":\"A3\",\"XZQ\":\"\u3000上城区\""),
                                          squareGeoJson(515400, 3350000, 100)}}));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, options(lookAlike));
        QCOMPARE(r.inserted, 3);
        QCOMPARE(GeoPackageCache::open(cachePath, true)->districtNames(),
                 QStringList{QStringLiteral("上城区")});
    }

    void nameRules()
    {
        QCOMPARE(NameRules::cleaned(QStringLiteral(" SC-2017-0001 ")), QStringLiteral("SC-2017-0001"));
        QCOMPARE(NameRules::cleaned(QStringLiteral("ＳＣ－１２３")), QStringLiteral("SC-123"));
        QCOMPARE(NameRules::cleaned(QStringLiteral("a\u200d\u200bb\nc")), QStringLiteral("ab c"));
        QCOMPARE(NameRules::forMessage(QStringLiteral("a\nb") + QString(100, QLatin1Char('x')), 10),
                 QStringLiteral("a\\x0abxxxxxxx… (103 characters)"));
        QVERIFY(NameRules::looksMisdecoded(QString::fromLatin1("\xce\xf7\xba\xfe\xc7\xf8")));
        QVERIFY(!NameRules::looksMisdecoded(QStringLiteral("西湖区")));
        QVERIFY(!NameRules::looksMisdecoded(QStringLiteral("Xihu")));
    }

    // Finding 15: the GBK demo read as ISO-8859-1 added districts in mojibake without a word.
    void misdecodedDistrictNamesAreWarnedAbout()
    {
        TestDir dir;
        const QString file =
            dir.write(QStringLiteral("moji.geojson"),
                      featureCollection({{QStringLiteral("\"DKBH\":\"M1\",\"XZQ\":\"%1\"")
                                              .arg(QString::fromLatin1("\xce\xf7\xba\xfe\xc7\xf8")),
                                          squareGeoJson(515000, 3350000, 100)}}));
        const ImportReport r =
            ParcelImporter::runOnFile(dir.filePath(QStringLiteral("c.gpkg")), options(file));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("mis-decoded")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    // Finding 15: the mojibake copies had allocations but no ecosystem, and the report saw no double count.
    void allocationsWithoutEcosystemCountAsDoubles()
    {
        TestDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        for (const QString &district :
             {QStringLiteral("西湖区"), QString::fromLatin1("\xce\xf7\xba\xfe\xc7\xf8")}) {
            const QString file =
                dir.write(QStringLiteral("copy.geojson"),
                          featureCollection(
                              {{QStringLiteral("\"DKBH\":\"D1\",\"XZQ\":\"%1\",\"YDMJ\":10").arg(district),
                                squareGeoJson(515000, 3350000, 100)}}));
            ImportOptions o = options(file);
            o.fieldMap = {{QStringLiteral("land_mu"), QStringLiteral("YDMJ")}};
            ParcelImporter::runOnFile(cachePath, o);
        }
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->parcelCount(), 2);
        const IndicatorReport report = IndicatorReport::compute(*cache, 2025);
        int overlaps = 0;
        for (const DoubleCount &d : report.doubleCounts)
            overlaps += d.kind == QLatin1String("overlap") ? 1 : 0;
        QCOMPARE(overlaps, 1);
    }

    // Records sharing a code in one district: refused by default, merged or numbered on request.
    void duplicateCodes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<double>("d1Area");
        QTest::newRow("refuse") << int(DuplicateCodes::Refuse) << QStringList() << 0.0;
        QTest::newRow("merge") << int(DuplicateCodes::Merge) << QStringList{"D1", "D2"} << 20000.0;
        QTest::newRow("number") << int(DuplicateCodes::Number) << QStringList{"D1-1", "D1-2", "D2"} << 0.0;
    }

    void duplicateCodes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, codes);
        QFETCH(double, d1Area);
        TestDir dir;
        const QString file = dir.write(
            QStringLiteral("dup.geojson"),
            featureCollection(
                {{QStringLiteral("\"DKBH\":\"D1\",\"XZQ\":\"西湖区\",\"DKMC\":\"甲\""),
                  squareGeoJson(515000, 3350000, 100)},
                 {QStringLiteral("\"DKBH\":\"D2\",\"XZQ\":\"西湖区\""), squareGeoJson(515200, 3350000, 100)},
                 {QStringLiteral("\"DKBH\":\"D1\",\"XZQ\":\"西湖区\",\"DKMC\":\"乙\""),
                  squareGeoJson(516000, 3350000, 100)}}));
        ImportOptions o = options(file);
        o.duplicates = DuplicateCodes(mode);
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        if (codes.isEmpty()) {
            const QString e = errorOf([&] { ParcelImporter::runOnFile(cachePath, o); });
            QVERIFY2(e.contains(QStringLiteral("D1")) && e.contains(QStringLiteral("--duplicates")),
                     qPrintable(e));
            QVERIFY(!QFileInfo::exists(cachePath));
            return;
        }
        const ImportReport r = ParcelImporter::runOnFile(cachePath, o);
        QCOMPARE(r.duplicateCodes.size(), 1);
        QVERIFY2(r.duplicateCodes.first().contains(QStringLiteral("D1")),
                 qPrintable(r.duplicateCodes.first()));
        auto cache = GeoPackageCache::open(cachePath, true);
        QStringList stored;
        auto st =
            cache->db().prepare(QStringLiteral("SELECT code, area_m2, name FROM parcels ORDER BY code"));
        while (st.step()) {
            stored << st.text(0);
            if (st.text(0) == QLatin1String("D1")) {
                QCOMPARE(st.real(1), d1Area);               // two 100 × 100 m parts
                QCOMPARE(st.text(2), QStringLiteral("甲")); // the first record's attributes
            }
        }
        QCOMPARE(stored, codes);
        // The merged parcel is one multipolygon of two parts, found by the spatial index at both places.
        if (mode == int(DuplicateCodes::Merge))
            QCOMPARE(
                cache->db()
                    .scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom WHERE minx <= 516050 AND "
                                           "maxx >= 516050 AND miny <= 3350050 AND maxy >= 3350050"))
                    .toInt(),
                1);
    }

    // Finding 7: importing a FIFO blocked for ever.
    void pipesAreRefusedAtOnce()
    {
        TestDir dir;
        const QString fifo = dir.filePath(QStringLiteral("p.geojson"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer t;
        t.start();
        const QString e = errorOf(
            [&] { ParcelImporter::runOnFile(dir.filePath(QStringLiteral("c.gpkg")), options(fifo)); });
        QVERIFY2(e.contains(QStringLiteral("not a regular file")), qPrintable(e));
        QVERIFY(t.elapsed() < 10000);
    }

    // Finding 11: a refused open switched an ogr2ogr GeoPackage to WAL and made a 0-byte file a database.
    void refusedOpensChangeNothing()
    {
        TestDir dir;
        const QString empty = dir.write(QStringLiteral("empty.gpkg"), {});
        for (bool readOnly : {false, true}) {
            const QString e = errorOf([&] { GeoPackageCache::open(empty, readOnly); });
            QVERIFY2(e.contains(QStringLiteral("empty file")), qPrintable(e));
        }
        QCOMPARE(QFileInfo(empty).size(), 0);

        const QString json = dir.write(
            QStringLiteral("o.geojson"),
            featureCollection({{QStringLiteral("\"DKBH\":\"O1\""), squareGeoJson(515000, 3350000, 100)}}));
        const QString foreign = dir.filePath(QStringLiteral("foreign.gpkg"));
        QCOMPARE(QProcess::execute(QStringLiteral("ogr2ogr"),
                                   {QStringLiteral("-f"), QStringLiteral("GPKG"), foreign, json}),
                 0);
        const QByteArray before = fileHash(foreign);
        const QString e = errorOf([&] { GeoPackageCache::open(foreign); });
        QVERIFY2(e.contains(QStringLiteral("not a Zhili cache")), qPrintable(e));
        QCOMPARE(fileHash(foreign), before); // header bytes 18-19 (journal mode) untouched
        QVERIFY(!QFileInfo::exists(foreign + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestImportHardening)
#include "tst_importhardening.moc"
