// ParcelImporter against real files: counts and areas compared with GDAL's own tools (ogrinfo, python3-gdal),
// reprojection with cs2cs, Chinese text decoded, broken inputs refused with the cache left byte-for-byte as
// it was.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/districtimporter.h"
#include "io/parcelimporter.h"
#include "io/sourceinspector.h"
#include "shareddata.h"
#include "testcache.h"
#include "testerrors.h"
#include "testfiles.h"
#include "totalscheck.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString real(const QString &rel)
{
    return QStringLiteral(ZHILI_SHARED_DATA "/") + rel;
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// "Feature Count: N" as ogrinfo reports it.
qint64 ogrFeatureCount(const QString &dataset, const QString &layer)
{
    const QString out =
        run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"), dataset, layer});
    const auto m = QRegularExpression(QStringLiteral("Feature Count: (\\d+)")).match(out);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// Total area in the cache CRS (EPSG:4549 unless told) computed by GDAL itself (python3-gdal), independent
// of our geometry code.
double gdalArea(const QString &dataset, const QString &layer, const QString &srcCrs, const QString &encoding,
                int epsg = 4549)
{
    const QString script = QStringLiteral(R"PY(
import sys
from osgeo import gdal, ogr, osr
gdal.UseExceptions()
ds = gdal.OpenEx(sys.argv[1], gdal.OF_VECTOR, open_options=(['ENCODING=' + sys.argv[4]] if sys.argv[4] else []))
lyr = ds.GetLayerByName(sys.argv[2])
src = osr.SpatialReference()
if sys.argv[3]:
    src.SetFromUserInput(sys.argv[3])
else:
    src = lyr.GetSpatialRef().Clone()
src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
dst = osr.SpatialReference(); dst.ImportFromEPSG(int(sys.argv[5])); dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
ct = osr.CoordinateTransformation(src, dst)
total = 0.0
for f in lyr:
    g = f.GetGeometryRef()
    if g is None or g.IsEmpty():
        continue
    g = g.Clone(); g.FlattenTo2D(); g.Transform(ct)
    total += g.GetArea()
print('%.6f' % total)
)PY");
    int rc = 0;
    const QString out =
        run(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), script, dataset, layer, srcCrs, encoding, QString::number(epsg)}, &rc);
    bool ok = false;
    const double v = out.trimmed().split(QLatin1Char('\n')).last().toDouble(&ok);
    return rc == 0 && ok ? v : -1;
}

// Copies a shapefile's parts (all extensions) under a new base name into dir.
QString copyShapefile(const QString &shp, const QString &dir, const QString &base,
                      const QStringList &skip = {})
{
    const QFileInfo fi(shp);
    for (const QFileInfo &part :
         QDir(fi.absolutePath()).entryInfoList({fi.completeBaseName() + QStringLiteral(".*")}, QDir::Files)) {
        const QString ext = part.fileName().mid(fi.completeBaseName().size() + 1);
        if (skip.contains(ext, Qt::CaseInsensitive))
            continue;
        QFile::copy(part.absoluteFilePath(), dir + QLatin1Char('/') + base + QLatin1Char('.') + ext);
        QFile(dir + QLatin1Char('/') + base + QLatin1Char('.') + ext)
            .setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    return dir + QLatin1Char('/') + base + QStringLiteral(".shp");
}

// features: (code, geometry JSON or "null"), each a 西湖区 parcel named 地块<code>.
QByteArray geoJson(const QList<QPair<QString, QString>> &features)
{
    QList<QPair<QString, QString>> withProps;
    for (const auto &[code, geometry] : features)
        withProps << qMakePair(
            QStringLiteral("\"DKBH\":\"%1\",\"DKMC\":\"地块%1\",\"XZQ\":\"西湖区\"").arg(code), geometry);
    return featureCollection(withProps);
}

ImportOptions opts(const QString &source, const QStringList &args)
{
    ImportOptions o;
    o.source = source;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString k = args[i], v = args[i + 1];
        if (k == QLatin1String("--district"))
            o.district = v;
        else if (k == QLatin1String("--district-field"))
            o.districtField = v;
        else if (k == QLatin1String("--crs"))
            o.crs = v;
        else if (k == QLatin1String("--layer"))
            o.layer = v;
        else if (k == QLatin1String("--encoding"))
            o.encoding = v;
        else if (k == QLatin1String("--id-field"))
            o.idField = v;
        else if (k == QLatin1String("--cache-epsg"))
            o.cacheEpsg = v.toInt();
        else if (k == QLatin1String("--map")) {
            const int eq = v.indexOf(QLatin1Char('='));
            o.fieldMap.insert(v.left(eq), v.mid(eq + 1));
        }
    }
    return o;
}

} // namespace

class TestParcelImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { ZHILI_REQUIRE_SHARED_DATA(); }

    void importsRealPolygons_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("ogrDataset"); // what ogrinfo / python open
        QTest::addColumn<QString>("ogrLayer");
        QTest::addColumn<QString>("pyCrs"); // source CRS for the independent area ("" = the file's)
        QTest::addColumn<QString>("pyEncoding");
        QTest::addColumn<QString>("sql"); // must return a row when the Chinese text decoded right
        const QString pyshp = real(QStringLiteral("pyshp-test-shapefiles/"));
        QTest::newRow("china cities 375")
            << real(QStringLiteral("china-cities-cgcs2000-2025/市.shp")) << QStringList{"--district", "全国"}
            << real(QStringLiteral("china-cities-cgcs2000-2025/市.shp")) << "市"
            << ""
            << ""
            << "SELECT 1 FROM parcels WHERE source_attrs LIKE '%\"市名\":\"杭州市\"%' AND source_attrs LIKE "
               "'%浙江省%'";
        QTest::newRow("hangzhou districts 13")
            << real(QStringLiteral("hangzhou-districts-amap-2020/杭州市.shp"))
            << QStringList{"--district-field", "name", "--crs", "EPSG:4490"}
            << real(QStringLiteral("hangzhou-districts-amap-2020/杭州市.shp")) << "杭州市"
            << "EPSG:4490"
            << ""
            << "SELECT 1 FROM parcels WHERE district = '西湖区' AND name = '西湖区'";
        QTest::newRow("osm landuse 98")
            << real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp"))
            << QStringList{"--district", "OSM"}
            << real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")) << "landuse"
            << ""
            << ""
            << "SELECT 1 FROM parcels WHERE land_use = 'industrial'";
        QTest::newRow("osm landusages 107 (LDID trap)")
            << real(QStringLiteral("hangzhou-osm-landuse-2016/hangzhou_china.osm-landusages.shp"))
            << QStringList{"--district", "OSM2"}
            << real(QStringLiteral("hangzhou-osm-landuse-2016/hangzhou_china.osm-landusages.shp"))
            << "hangzhou_china.osm-landusages"
            << ""
            << "UTF-8"
            << "SELECT 1 FROM parcels WHERE name = '天堂软件园'";
        QTest::newRow("china 4m provinces GBK no prj")
            << real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp"))
            << QStringList{"--district", "全国", "--crs", "EPSG:4214"}
            << real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp")) << "bou2_4p"
            << "EPSG:4214"
            << "CP936"
            << "SELECT 1 FROM parcels WHERE name = '浙江省'";
        QTest::newRow("blockgroups no prj")
            << pyshp + "blockgroups.shp"
            << QStringList{"--district", "BG", "--crs", "EPSG:4326", "--cache-epsg", "3857"}
            << pyshp + "blockgroups.shp"
            << "blockgroups"
            << "EPSG:4326"
            << ""
            << "SELECT 1";
        QTest::newRow("REL.zip sub-folder PolygonZ")
            << pyshp + "REL.zip" << QStringList{"--district", "REL"} << "/vsizip/" + pyshp + "REL.zip/REL"
            << "releaseArea20090407"
            << ""
            << ""
            << "SELECT 1";
        QTest::newRow("multi-shapefile zip")
            << pyshp + "blockgroups_multishapefile.zip"
            << QStringList{"--district", "BG2",       "--layer",      "blockgroups2",
                           "--crs",      "EPSG:4326", "--cache-epsg", "3857"}
            << "/vsizip/" + pyshp + "blockgroups_multishapefile.zip"
            << "blockgroups2"
            << "EPSG:4326"
            << ""
            << "SELECT 1";
    }
    void importsRealPolygons()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, args);
        QFETCH(QString, ogrDataset);
        QFETCH(QString, ogrLayer);
        QFETCH(QString, pyCrs);
        QFETCH(QString, pyEncoding);
        QFETCH(QString, sql);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, args));
        const qint64 expected = ogrFeatureCount(ogrDataset, ogrLayer);
        QVERIFY(expected > 0);
        QCOMPARE(r.featuresRead, expected);
        QCOMPARE(r.inserted + qint64(r.skippedEmpty.size()), expected);
        QVERIFY(r.cacheCreated);

        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->parcelCount(), r.inserted);
        QVERIFY2(cache->db().scalar(sql).isValid(), qPrintable(QStringLiteral("no row for: ") + sql));
        const double ours = cache->db().scalar(QStringLiteral("SELECT sum(area_m2) FROM parcels")).toDouble();
        const double gdal = gdalArea(ogrDataset, ogrLayer, pyCrs, pyEncoding, opts(source, args).cacheEpsg);
        QVERIFY2(gdal > 0, "python3-gdal area failed");
        QVERIFY2(std::abs(ours - gdal) / gdal < 0.001,
                 qPrintable(QStringLiteral("ours %1 gdal %2").arg(ours).arg(gdal)));
        // 亩 and 公顷 follow from m²
        const double mu = cache->db().scalar(QStringLiteral("SELECT sum(area_mu) FROM parcels")).toDouble();
        const double ha = cache->db().scalar(QStringLiteral("SELECT sum(area_ha) FROM parcels")).toDouble();
        QVERIFY(std::abs(mu - ours * 15 / 10000) < 1e-6 * mu + 1e-9);
        QVERIFY(std::abs(ha - ours / 10000) < 1e-6 * ha + 1e-9);
        // every stored geometry is a MULTIPOLYGON blob in the cache CRS
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE hex(substr(geom,1,2)) <> "
                                            "'4750' OR hex(substr(geom,42,4)) <> '06000000'"))
                     .toInt(),
                 0);
        QCOMPARE(scalarOf(*cache, QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")), r.inserted);
        // one import row and one audit row
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_imports")).toInt(), 1);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'import'"))
                     .toInt(),
                 1);
        // derived district boundaries
        QVERIFY(
            cache->db()
                .scalar(QStringLiteral("SELECT count(*) FROM districts WHERE boundary_source = 'derived'"))
                .toInt() >= 1);
    }

    // US block groups in a Hangzhou Gauss-Krüger cache would land 118° from its central meridian, where the
    // projection folds over (northings of 13 000 km): refused, with the feature named.
    void refusesDataFarOutsideTheCacheCrs()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const QString e = errorOf([&] {
            ParcelImporter::runOnFile(cachePath,
                                      opts(real(QStringLiteral("pyshp-test-shapefiles/blockgroups.shp")),
                                           {"--district", "BG", "--crs", "EPSG:4326"}));
        });
        QVERIFY2(e.contains(QStringLiteral("far outside")) && e.contains(QStringLiteral("feature 0")),
                 qPrintable(e));
        QVERIFY(!QFileInfo::exists(cachePath));
    }

    void refusesNonPolygons_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("points") << real(QStringLiteral("china-4m-provinces-gbk-noprj/XianCh_point.shp"))
                                << "Point";
        QTest::newRow("lines") << real(QStringLiteral("pyshp-test-shapefiles/corrupt_too_long.shp"))
                               << "Line String";
    }
    void refusesNonPolygons()
    {
        QFETCH(QString, source);
        QFETCH(QString, keyword);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const QString e = errorOf([&] {
            ParcelImporter::runOnFile(cachePath, opts(source, {"--district", "X", "--crs", "EPSG:4326"}));
        });
        QVERIFY2(e.contains(keyword) && e.contains(QLatin1String("not polygons")), qPrintable(e));
        QVERIFY2(e.contains(QFileInfo(source).fileName()), qPrintable(e));
        QVERIFY2(!QFile::exists(cachePath), "a cache created for a failed import must be removed again");
    }

    // Broken inputs, each derived at test time from a real file: a clear error, and an existing cache
    // untouched.
    void brokenInputsLeaveCacheUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("truncated shp") << "truncated" << QStringList{"--crs", "EPSG:4214"} << "truncated";
        QTest::newRow("missing shx") << "noshx" << QStringList{"--crs", "EPSG:4214"} << ".shx";
        QTest::newRow("missing dbf") << "nodbf" << QStringList{"--crs", "EPSG:4214"} << ".dbf";
        QTest::newRow("missing prj") << "noprj" << QStringList{} << "--crs";
        QTest::newRow("fewer dbf records") << "shortdbf" << QStringList{"--crs", "EPSG:4214"} << "records";
        QTest::newRow("cpg UTF-8 on GBK")
            << "cpgutf8" << QStringList{"--crs", "EPSG:4214"} << "--encoding GBK";
        QTest::newRow("latin1 undeclared") << "latin1" << QStringList{"--crs", "EPSG:4326"} << "--encoding";
        QTest::newRow("empty zip") << "emptyzip" << QStringList{} << "no shapefile";
        QTest::newRow("zip without dbf") << "zipnodbf" << QStringList{"--crs", "EPSG:4214"} << "has no .dbf";
        QTest::newRow("CRS contradiction")
            << "gbk" << QStringList{"--crs", "EPSG:4549"} << "longitude/latitude";
        QTest::newRow("zone-prefixed CRS on CM data")
            << "gbk" << QStringList{"--crs", "EPSG:4528"} << "longitude/latitude";
        QTest::newRow("duplicate codes")
            << "gbk" << QStringList{"--crs", "EPSG:4214", "--id-field", "NAME"} << "浙江省";
        QTest::newRow("bad number") << "gbk" << QStringList{"--crs", "EPSG:4214", "--map", "land_mu=NAME"}
                                    << "non-negative number";
        QTest::newRow("unknown field")
            << "gbk" << QStringList{"--crs", "EPSG:4214", "--map", "chain=NOPE"} << "NOPE";
        QTest::newRow("several layers") << "multizip" << QStringList{"--crs", "EPSG:4326"} << "--layer";
    }
    void brokenInputsLeaveCacheUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, args);
        QFETCH(QString, keyword);
        QTemporaryDir dir;
        const QString d = dir.path();
        const QString bou = real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp"));
        QString source;
        if (kind == QLatin1String("truncated")) {
            source = copyShapefile(bou, d, QStringLiteral("t"));
            QVERIFY(QFile::resize(source, 700000));
        } else if (kind == QLatin1String("noshx")) {
            source = copyShapefile(bou, d, QStringLiteral("t"), {QStringLiteral("shx")});
        } else if (kind == QLatin1String("nodbf")) {
            source = copyShapefile(bou, d, QStringLiteral("t"), {QStringLiteral("dbf")});
        } else if (kind == QLatin1String("noprj")) {
            source = copyShapefile(real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")), d,
                                   QStringLiteral("t"), {QStringLiteral("prj")});
        } else if (kind == QLatin1String("shortdbf")) {
            source = copyShapefile(bou, d, QStringLiteral("t"));
            // Rewrite the DBF with 5 records fewer (header count and data), like a file cut by a bad copy.
            QFile f(d + QStringLiteral("/t.dbf"));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray b = f.readAll();
            const quint32 n =
                quint8(b[4]) | quint8(b[5]) << 8 | quint8(b[6]) << 16 | quint32(quint8(b[7])) << 24;
            const int headerLen = quint8(b[8]) | quint8(b[9]) << 8, recLen = quint8(b[10]) | quint8(b[11])
                                                                                                 << 8;
            const quint32 m = n - 5;
            for (int i = 0; i < 4; ++i)
                b[4 + i] = char((m >> (8 * i)) & 0xff);
            b = b.left(headerLen + qint64(recLen) * m) + '\x1a';
            f.resize(0);
            f.seek(0);
            f.write(b);
        } else if (kind == QLatin1String("cpgutf8")) {
            source = copyShapefile(bou, d, QStringLiteral("t"));
            writeTestFile(d + QStringLiteral("/t.cpg"), "UTF-8");
        } else if (kind == QLatin1String("latin1")) {
            source = copyShapefile(real(QStringLiteral("pyshp-test-shapefiles/latin1.shp")), d,
                                   QStringLiteral("t"));
            run(QStringLiteral("ogrinfo"), {QStringLiteral("--config"), QStringLiteral("SHAPE_RESTORE_SHX"),
                                            QStringLiteral("YES"), QStringLiteral("-so"), source});
            QVERIFY(QFile::exists(d + QStringLiteral("/t.shx")));
        } else if (kind == QLatin1String("emptyzip")) {
            source = real(QStringLiteral("pyshp-test-shapefiles/empty_zipfile.zip"));
        } else if (kind == QLatin1String("zipnodbf")) {
            const QString shp = copyShapefile(bou, d, QStringLiteral("t"), {QStringLiteral("dbf")});
            source = d + QStringLiteral("/t.zip");
            int rc = 0;
            run(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"),
                 QStringLiteral("import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                "    [z.write(f, f.split('/')[-1]) for f in sys.argv[2:]]"),
                 source, shp, d + QStringLiteral("/t.shx")},
                &rc);
            QCOMPARE(rc, 0);
        } else if (kind == QLatin1String("multizip")) {
            source = real(QStringLiteral("pyshp-test-shapefiles/blockgroups_multishapefile.zip"));
        } else {
            source = bou;
        }

        const QString cachePath = d + QStringLiteral("/cache.gpkg");
        ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")), {"--district", "base"}));
        const QByteArray before = fileHash(cachePath);
        QVERIFY(!before.isEmpty());
        args << QStringLiteral("--district") << QStringLiteral("X");
        const QString e = errorOf([&] { ParcelImporter::runOnFile(cachePath, opts(source, args)); });
        QVERIFY2(e.contains(keyword), qPrintable(e));
        QCOMPARE(fileHash(cachePath), before);
        QVERIFY(!QFile::exists(cachePath + QStringLiteral("-wal")) ||
                QFileInfo(cachePath + QStringLiteral("-wal")).size() == 0);
    }

    void latin1WithEncodingOverride()
    {
        QTemporaryDir dir;
        const QString source = copyShapefile(real(QStringLiteral("pyshp-test-shapefiles/latin1.shp")),
                                             dir.path(), QStringLiteral("t"));
        run(QStringLiteral("ogrinfo"), {QStringLiteral("--config"), QStringLiteral("SHAPE_RESTORE_SHX"),
                                        QStringLiteral("YES"), QStringLiteral("-so"), source});
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(
            cachePath, opts(source, {"--district", "X", "--crs", "EPSG:4326", "--encoding", "ISO-8859-1",
                                     "--cache-epsg", "3857"})); // South American data: a world-wide cache CRS
        QCOMPARE(r.inserted, 1);
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT name FROM parcels")).toString(),
                 QStringLiteral("Ñandú"));
    }

    void gbkWithCpg()
    {
        QTemporaryDir dir;
        const QString source = copyShapefile(real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp")),
                                             dir.path(), QStringLiteral("t"));
        writeTestFile(dir.filePath(QStringLiteral("t.cpg")), "GBK");
        const ImportReport r =
            ParcelImporter::runOnFile(dir.filePath(QStringLiteral("c.gpkg")),
                                      opts(source, {"--district", "全国", "--crs", "EPSG:4490"}));
        QCOMPARE(r.encoding, QStringLiteral("CP936"));
        QVERIFY2(r.encodingReason.contains(QLatin1String(".cpg")), qPrintable(r.encodingReason));
        auto cache = GeoPackageCache::open(dir.filePath(QStringLiteral("c.gpkg")), true);
        // 浙江省 has 179 records in this file (SOURCE.txt); count them with ogrinfo rather than trusting
        // that.
        const QString out = run(QStringLiteral("ogrinfo"),
                                {QStringLiteral("-ro"), QStringLiteral("-q"), QStringLiteral("-oo"),
                                 QStringLiteral("ENCODING=CP936"), source, QStringLiteral("t"),
                                 QStringLiteral("-where"), QStringLiteral("NAME = '浙江省'")});
        const qint64 expected = out.count(QStringLiteral("OGRFeature("));
        QVERIFY(expected > 0);
        QCOMPARE(scalarOf(*cache, QStringLiteral("SELECT count(*) FROM parcels WHERE name = '浙江省'")),
                 expected);
    }

    // Reprojection: vertices against cs2cs (EPSG:4490 lat/lon → EPSG:4549 northing/easting).
    void reprojectionMatchesCs2cs()
    {
        QTemporaryDir dir;
        const QList<QPair<double, double>> lonlat = {{120.15, 30.25}, {119.5, 29.6}, {120.7, 30.4}};
        QList<QPair<QString, QString>> features;
        for (int i = 0; i < lonlat.size(); ++i)
            features << qMakePair(QStringLiteral("P%1").arg(i),
                                  squareGeoJson(lonlat[i].first, lonlat[i].second, 0.001));
        const QString source = writeTestFile(dir.filePath(QStringLiteral("p.geojson")), geoJson(features));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, {"--crs", "EPSG:4490"}));
        QCOMPARE(r.inserted, 3);
        auto cache = GeoPackageCache::open(cachePath, true);
        for (int i = 0; i < lonlat.size(); ++i) {
            int rc = 0;
            const QString out = run(QStringLiteral("cs2cs"),
                                    {QStringLiteral("-f"), QStringLiteral("%.4f"),
                                     QStringLiteral("EPSG:4490"), QStringLiteral("EPSG:4549")},
                                    &rc,
                                    QStringLiteral("%1 %2\n")
                                        .arg(lonlat[i].second, 0, 'f', 6)
                                        .arg(lonlat[i].first, 0, 'f', 6)
                                        .toUtf8());
            QCOMPARE(rc, 0);
            const QStringList parts = out.simplified().split(QLatin1Char(' '));
            QVERIFY2(parts.size() >= 2, qPrintable(out));
            const double northing = parts[0].toDouble(), easting = parts[1].toDouble();
            auto st = cache->db().prepare(QStringLiteral("SELECT geom FROM parcels WHERE code = ?"));
            st.bind(1, QStringLiteral("P%1").arg(i));
            QVERIFY(st.step());
            int size = 0;
            const unsigned char *data = st.blobData(0, &size);
            const GpkgBlob blob = GpkgBlob::parse(data, size);
            QCOMPARE(blob.srsId, 4549);
            const PolygonGeometry g = PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize);
            QVERIFY2(std::abs(g.coords[0] - easting) < 0.01 && std::abs(g.coords[1] - northing) < 0.01,
                     qPrintable(QStringLiteral("ours %1 %2, cs2cs E %3 N %4")
                                    .arg(g.coords[0], 0, 'f', 4)
                                    .arg(g.coords[1], 0, 'f', 4)
                                    .arg(easting, 0, 'f', 4)
                                    .arg(northing, 0, 'f', 4)));
        }
        QCOMPARE(r.fieldMapping.value(QStringLiteral("code")), QStringLiteral("DKBH"));
        QCOMPARE(r.fieldMapping.value(QStringLiteral("district")), QStringLiteral("XZQ"));
    }

    // Eastings with the zone prefix (40 5xx xxx) are EPSG:4528, not EPSG:4549; the guard says so.
    void gaussKruegerZoneGuard()
    {
        QTemporaryDir dir;
        const QString poly =
            QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[40515000,3340000],[40515100,3340000],"
                           "[40515100,3340100],[40515000,3340100],[40515000,3340000]]]}");
        const QString source = writeTestFile(dir.filePath(QStringLiteral("gk.geojson")),
                                             geoJson({{QStringLiteral("G1"), poly}}));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const QString refusal = errorOf([&] {
            ParcelImporter::runOnFile(cachePath, opts(source, {"--crs", "EPSG:4549"}));
        });
        QVERIFY2(refusal.contains(QLatin1String("EPSG:4528")), qPrintable(refusal));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, {"--crs", "EPSG:4528"}));
        QCOMPARE(r.inserted, 1);
        auto cache = GeoPackageCache::open(cachePath, true);
        // Same meridian (120E): only the 40 000 000 m prefix goes; the 100 m x 100 m square keeps its area.
        auto st = cache->db().prepare(QStringLiteral("SELECT geom FROM parcels"));
        QVERIFY(st.step());
        int size = 0;
        const unsigned char *data = st.blobData(0, &size);
        const Envelope e = GpkgBlob::parse(data, size).envelope; // the R-tree holds float32: read the blob
        QVERIFY2(std::abs(e.minX - 515000) < 0.01 && std::abs(e.minY - 3340000) < 0.01,
                 qPrintable(QString::number(e.minX, 'f', 3)));
        QVERIFY(std::abs(cache->db().scalar(QStringLiteral("SELECT area_m2 FROM parcels")).toDouble() -
                         10000) < 0.01);
    }

    void invalidAndEmptyGeometries()
    {
        QTemporaryDir dir;
        const QString bowtie =
            QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[120.1,30.2],[120.101,30.201],"
                           "[120.101,30.2],[120.1,30.201],[120.1,30.2]]]}");
        const QString source =
            writeTestFile(dir.filePath(QStringLiteral("p.geojson")),
                          geoJson({{QStringLiteral("A"), squareGeoJson(120.1, 30.2, 0.001)},
                                   {QStringLiteral("B"), bowtie},
                                   {QStringLiteral("C"), QStringLiteral("null")}}));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, {}));
        QCOMPARE(r.featuresRead, 3);
        QCOMPARE(r.inserted, 2);
        QCOMPARE(r.skippedEmpty, QList<qint64>{2});
        QCOMPARE(r.repairedCount(), 1);
        QCOMPARE(r.geometryIssues.first().code, QStringLiteral("B"));
        auto cache = GeoPackageCache::open(cachePath, true);
        QVERIFY(cache->db()
                    .scalar(QStringLiteral("SELECT geom_note FROM parcels WHERE code = 'B'"))
                    .toString()
                    .startsWith(QLatin1String("repaired")));
        // The repaired bow-tie is two triangles: half the square's area, both computed by GDAL here.
        const double a =
            cache->db().scalar(QStringLiteral("SELECT area_m2 FROM parcels WHERE code = 'A'")).toDouble();
        const double b =
            cache->db().scalar(QStringLiteral("SELECT area_m2 FROM parcels WHERE code = 'B'")).toDouble();
        QVERIFY2(std::abs(b - a / 2) / a < 0.001, qPrintable(QStringLiteral("%1 vs %2").arg(b).arg(a)));
        // The report in the cache says so too.
        const QJsonObject rep =
            QJsonDocument::fromJson(
                cache->db().scalar(QStringLiteral("SELECT report FROM zhili_imports")).toString().toUtf8())
                .object();
        QCOMPARE(rep.value(QStringLiteral("repaired")).toInt(), 1);
    }

    void reimportKeepsAssignments()
    {
        QTemporaryDir dir;
        const QString v1 =
            writeTestFile(dir.filePath(QStringLiteral("v1.geojson")),
                          geoJson({{QStringLiteral("A"), squareGeoJson(120.10, 30.2, 0.001)},
                                   {QStringLiteral("B"), squareGeoJson(120.12, 30.2, 0.001)},
                                   {QStringLiteral("C"), squareGeoJson(120.14, 30.2, 0.001)}}));
        const QString v2 =
            writeTestFile(dir.filePath(QStringLiteral("v2.geojson")),
                          geoJson({{QStringLiteral("A"), squareGeoJson(120.10, 30.2, 0.002)},
                                   {QStringLiteral("B"), squareGeoJson(120.12, 30.2, 0.001)},
                                   {QStringLiteral("D"), squareGeoJson(120.16, 30.2, 0.001)}}));
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        ParcelImporter::runOnFile(cachePath, opts(v1, {}));
        QString uuidA;
        {
            auto cache = GeoPackageCache::open(cachePath);
            cache->db().exec(
                QStringLiteral("UPDATE parcels SET ecosystem = 'bio', chain = '创新药', land_mu = 12.5, "
                               "energy_tce = 300, finance_wan = 800, status = 'production', enterprise = "
                               "'杭州某药业', notes = 'keep' WHERE code IN ('A', 'B')"));
            uuidA =
                cache->db().scalar(QStringLiteral("SELECT uuid FROM parcels WHERE code = 'A'")).toString();
        }
        // Same file again: nothing changes, revisions stay.
        ImportReport same = ParcelImporter::runOnFile(cachePath, opts(v1, {}));
        QCOMPARE(same.unchanged, 3);
        QCOMPARE(same.inserted + same.updated, 0);

        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(v2, {}));
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.unchanged, 1);
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.missingCodes.value(QStringLiteral("西湖区")), QStringList{QStringLiteral("C")});
        auto cache = GeoPackageCache::open(cachePath, true);
        const Parcel a = cache->requireParcel(QStringLiteral("A"), QStringLiteral("西湖区"));
        QCOMPARE(a.uuid, uuidA);
        QCOMPARE(a.revision, 2);
        QCOMPARE(a.assignment.ecosystem, QStringLiteral("bio"));
        QCOMPARE(a.assignment.chain, QStringLiteral("创新药"));
        QCOMPARE(a.assignment.landMu, 12.5);
        QCOMPARE(a.assignment.energyTce, 300.0);
        QCOMPARE(a.assignment.financeWan, 800.0);
        QCOMPARE(a.assignment.status, QStringLiteral("production"));
        QCOMPARE(a.assignment.enterprise, QStringLiteral("杭州某药业"));
        QCOMPARE(a.assignment.notes, QStringLiteral("keep"));
        const Parcel b = cache->requireParcel(QStringLiteral("B"), QStringLiteral("西湖区"));
        QCOMPARE(b.revision, 1);
        QCOMPARE(b.assignment.ecosystem, QStringLiteral("bio"));
        // A's square doubled its side: four times the area (planar, so the ratio is exact to rounding).
        const double areaB = b.areaM2;
        QVERIFY(std::abs(a.areaM2 / areaB - 4.0) < 0.01);
        QCOMPARE(cache->parcelCount(), 4); // C kept, not deleted
        cache.reset();

        // With removeMissing (--remove-missing) the parcels gone from the file go, and the index follows.
        ImportOptions remove = opts(v2, {});
        remove.removeMissing = true;
        const ImportReport removed = ParcelImporter::runOnFile(cachePath, remove);
        QCOMPARE(removed.missingCodes.value(QStringLiteral("西湖区")), QStringList{QStringLiteral("C")});
        QVERIFY(removed.missingRemoved);
        QVERIFY(removed.toText().contains(QStringLiteral("(removed)")));
        cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->parcelCount(), 3);
        QVERIFY(cache->parcelsByCode(QStringLiteral("C")).isEmpty());
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")).toInt(), 3);
        QCOMPARE(parcelTotalsMismatch(cache->db()), QString());
    }

    void mappedAssignmentsAndUnknownValues()
    {
        QTemporaryDir dir;
        QByteArray json =
            "{\"type\":\"FeatureCollection\",\"features\":["
            "{\"type\":\"Feature\",\"properties\":{\"DKBH\":\"A\",\"XZQ\":\"滨江区\",\"STQ\":"
            "\"生物医药产业生态圈\",\"YDZB\":12.5,\"ZT\":\"已投产\",\"QYMC\":\"某公司\"},\"geometry\":" +
            squareGeoJson(120.2, 30.2, 0.001).toUtf8() +
            "},{\"type\":\"Feature\",\"properties\":{\"DKBH\":\"B\",\"XZQ\":\"滨江区\",\"STQ\":\"元宇宙\","
            "\"YDZB\":null,\"ZT\":\"不知道\",\"QYMC\":null},\"geometry\":" +
            squareGeoJson(120.21, 30.2, 0.001).toUtf8() + "}]}";
        const QString source = writeTestFile(dir.filePath(QStringLiteral("m.geojson")), json);
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, {}));
        QCOMPARE(r.fieldMapping.value(QStringLiteral("ecosystem")), QStringLiteral("STQ"));
        QCOMPARE(r.fieldMapping.value(QStringLiteral("land_mu")), QStringLiteral("YDZB"));
        // Unknown ecosystem/status values are warnings (stored unassigned), not errors.
        QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(),
                            [](const QString &w) { return w.contains(QStringLiteral("元宇宙")); }));
        QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(),
                            [](const QString &w) { return w.contains(QStringLiteral("不知道")); }));
        auto cache = GeoPackageCache::open(cachePath, true);
        const Parcel a = cache->requireParcel(QStringLiteral("A"));
        QCOMPARE(a.assignment.ecosystem, QStringLiteral("bio"));
        QCOMPARE(a.assignment.landMu, 12.5);
        QCOMPARE(a.assignment.status, QStringLiteral("production"));
        QCOMPARE(a.assignment.enterprise, QStringLiteral("某公司"));
        const Parcel b = cache->requireParcel(QStringLiteral("B"));
        QVERIFY(b.assignment.ecosystem.isEmpty());
        QVERIFY(b.assignment.status.isEmpty());
    }

    void cancelRollsBack()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")), {"--district", "base"}));
        const QByteArray before = fileHash(cachePath);
        qint64 calls = 0;
        QVERIFY_THROWS_EXCEPTION(
            Cancelled,
            ParcelImporter::runOnFile(cachePath,
                                      opts(real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp")),
                                           {"--district", "全国", "--crs", "EPSG:4214"}),
                                      [&](qint64 done, qint64) {
                                          ++calls;
                                          return done < 500;
                                      }));
        QVERIFY(calls >= 2);
        QCOMPARE(fileHash(cachePath), before);
    }

    // An import into an empty cache packs the spatial index in one go (RtreeBulkLoader) instead of inserting
    // box by box: SQLite's own checker must accept it, it must hold exactly the boxes the GeoPackage trigger
    // would have written, and later single inserts (a second import) must keep it consistent.
    void bulkLoadedSpatialIndex()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("china-cities-cgcs2000-2025/市.shp")), {"--district", "全国"}));
        QVERIFY(r.inserted > 200); // several levels of 51-cell nodes
        auto check = [&](qint64 expected) {
            auto cache = GeoPackageCache::open(cachePath);
            SqliteDatabase &db = cache->db();
            QCOMPARE(db.scalar(QStringLiteral("SELECT rtreecheck('rtree_parcels_geom')")).toString(),
                     QStringLiteral("ok"));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")).toLongLong(),
                     expected);
            QVERIFY(db.scalar(QStringLiteral("SELECT max(depth) FROM (SELECT rtreedepth(data) AS depth FROM "
                                             "rtree_parcels_geom_node WHERE nodeno = 1)"))
                        .toInt() >= 1);
            db.exec(
                QStringLiteral("CREATE VIRTUAL TABLE temp.expected USING rtree(id, minx, maxx, miny, maxy)"));
            db.exec(QStringLiteral("INSERT INTO temp.expected SELECT fid, ST_MinX(geom), ST_MaxX(geom), "
                                   "ST_MinY(geom), ST_MaxY(geom) FROM parcels"));
            const QString diff = QStringLiteral("SELECT count(*) FROM (SELECT id, minx, maxx, miny, maxy "
                                                "FROM %1 EXCEPT SELECT id, minx, maxx, "
                                                "miny, maxy FROM %2)");
            QCOMPARE(
                db.scalar(diff.arg(QStringLiteral("rtree_parcels_geom"), QStringLiteral("temp.expected")))
                    .toLongLong(),
                0);
            QCOMPARE(
                db.scalar(diff.arg(QStringLiteral("temp.expected"), QStringLiteral("rtree_parcels_geom")))
                    .toLongLong(),
                0);
            // A window query through the index finds the same parcels as a scan of the geometries.
            const QString window =
                QStringLiteral("%1 >= 300000 AND %2 <= 700000 AND %3 >= 3000000 AND %4 <= 3600000");
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom WHERE ") +
                               window.arg(QStringLiteral("minx"), QStringLiteral("maxx"),
                                          QStringLiteral("miny"), QStringLiteral("maxy")))
                         .toLongLong(),
                     db.scalar(QStringLiteral("SELECT count(*) FROM temp.expected WHERE ") +
                               window.arg(QStringLiteral("minx"), QStringLiteral("maxx"),
                                          QStringLiteral("miny"), QStringLiteral("maxy")))
                         .toLongLong());
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        };
        check(r.inserted);
        // A second district goes through the ordinary per-row trigger into the packed tree.
        const ImportReport r2 = ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("china-cities-cgcs2000-2025/市.shp")), {"--district", "第二"}));
        QCOMPARE(r2.inserted, r.inserted);
        check(r.inserted + r2.inserted);
        // The first district's hull came from the points gathered while reading (empty cache), the second's
        // from reading the geometries back from the table: the same parcels give the same boundary.
        auto cache = GeoPackageCache::open(cachePath, true);
        const QByteArray first = cache->db()
                                     .scalar(QStringLiteral("SELECT geom FROM districts WHERE name = '全国'"))
                                     .toByteArray();
        QVERIFY(first.size() > 100);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT geom FROM districts WHERE name = '第二'"))
                     .toByteArray(),
                 first);
    }

    // An import into an empty cache sums the per-district totals from the rows it writes (no trigger per
    // row, no scan at the end): they equal a GROUP BY over the parcels, and the insert trigger is back for
    // the next import, which adds to them.
    void totalsAfterImportEqualAScan_data()
    {
        QTest::addColumn<QString>("source"); // "" = the synthetic generator's tagged parcels
        QTest::addColumn<QStringList>("args");
        QTest::newRow("hangzhou districts 13")
            << real(QStringLiteral("hangzhou-districts-amap-2020/杭州市.shp"))
            << QStringList{"--district-field", "name", "--crs", "EPSG:4490"};
        QTest::newRow("china 4m provinces GBK")
            << real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp"))
            << QStringList{"--district", "全国", "--crs", "EPSG:4214"};
        QTest::newRow("synthetic 3000, tagged") << QString() << QStringList();
    }
    void totalsAfterImportEqualAScan()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        if (source.isEmpty()) {
            int rc = 0;
            const QString out =
                run(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(ZHILI_SOURCE_DIR "/scripts/generate_parcels.py"),
                     QStringLiteral("--count"), QStringLiteral("3000"), QStringLiteral("--out"), dir.path(),
                     QStringLiteral("--name"), QStringLiteral("syn"), QStringLiteral("--quiet")},
                    &rc);
            QVERIFY2(rc == 0, qPrintable(out));
            source = dir.filePath(QStringLiteral("syn_parcels.shp"));
        }
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(cachePath, opts(source, args));
        const QString parcelsKept = QStringLiteral("SELECT sum(parcels) FROM zhili_parcel_totals");
        {
            auto cache = GeoPackageCache::open(cachePath, true);
            QCOMPARE(parcelTotalsMismatch(cache->db()), QString());
            QCOMPARE(scalarOf(*cache, parcelsKept), r.inserted);
            QCOMPARE(scalarOf(*cache, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                     "'trigger' AND name = 'zhili_parcel_totals_insert'")),
                     1);
            if (QTest::currentDataTag() == QLatin1String("synthetic 3000, tagged")) {
                // Several districts, ecosystems and allocations, so every column is summed.
                QVERIFY(scalarOf(*cache, QStringLiteral("SELECT count(DISTINCT district) FROM "
                                                        "zhili_parcel_totals")) > 5);
                QVERIFY(scalarOf(*cache, QStringLiteral("SELECT count(DISTINCT ecosystem) FROM "
                                                        "zhili_parcel_totals")) > 3);
                QVERIFY(scalarOf(*cache,
                                 QStringLiteral("SELECT count(*) FROM zhili_parcel_totals WHERE "
                                                "land_mu > 0 AND energy_tce > 0 AND finance_wan > 0")) > 0);
            }
        }
        const ImportReport more = ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("hangzhou-osm-landuse-2016/landuse.shp")), {"--district", "OSM"}));
        QVERIFY(more.inserted > 0);
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(parcelTotalsMismatch(cache->db()), QString());
        QCOMPARE(scalarOf(*cache, parcelsKept), r.inserted + more.inserted);
    }

    void cacheOpensInGdal()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        const ImportReport r = ParcelImporter::runOnFile(
            cachePath,
            opts(real(QStringLiteral("china-cities-cgcs2000-2025/市.shp")), {"--district", "全国"}));
        const QString info = run(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-so"),
                                                             cachePath, QStringLiteral("parcels")});
        QVERIFY2(info.contains(QStringLiteral("Feature Count: %1").arg(r.inserted)), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("CGCS2000 / 3-degree Gauss-Kruger CM 120E")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Multi Polygon")), qPrintable(info));
        int rc = 0;
        const QString report =
            run(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), cachePath}, &rc);
        QVERIFY2(rc == 0, qPrintable(report));
    }

    void districtBoundariesImported()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("c.gpkg"));
        ImportOptions o =
            opts(real(QStringLiteral("hangzhou-districts-amap-2020/杭州市.shp")), {"--crs", "EPSG:4490"});
        const ImportReport r = DistrictImporter::runOnFile(cachePath, o);
        QCOMPARE(r.inserted, ogrFeatureCount(o.source, QStringLiteral("杭州市")));
        // A later parcel import into 西湖区 must not replace the imported boundary with a derived one.
        const QString parcels =
            writeTestFile(dir.filePath(QStringLiteral("p.geojson")),
                          geoJson({{QStringLiteral("A"), squareGeoJson(120.1, 30.25, 0.001)}}));
        const ImportReport p = ParcelImporter::runOnFile(cachePath, opts(parcels, {}));
        QVERIFY(p.derivedBoundaries.isEmpty());
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT boundary_source FROM districts WHERE name = '西湖区'"))
                     .toString(),
                 QStringLiteral("imported"));
        QCOMPARE(scalarOf(*cache, QStringLiteral("SELECT count(*) FROM rtree_districts_geom")), r.inserted);
    }

    void inspectorPreview()
    {
        const SourceInfo info = SourceInspector::inspect(
            real(QStringLiteral("pyshp-test-shapefiles/blockgroups_multishapefile.zip")));
        QCOMPARE(info.layers.size(), 2);
        const SourceInfo gbk =
            SourceInspector::inspect(real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp")));
        QCOMPARE(gbk.layers.size(), 1);
        const SourceLayerInfo &l = gbk.layers.first();
        QCOMPARE(l.featureCount,
                 ogrFeatureCount(real(QStringLiteral("china-4m-provinces-gbk-noprj/bou2_4p.shp")),
                                 QStringLiteral("bou2_4p")));
        QVERIFY(l.isPolygon);
        QCOMPARE(l.encoding, QStringLiteral("GB18030"));
        QVERIFY(l.crsAuthId.isEmpty());
        QVERIFY2(l.crsNote.contains(QLatin1String("--crs")), qPrintable(l.crsNote));
        QCOMPARE(l.proposedMapping.value(QStringLiteral("name")), QStringLiteral("NAME"));
        bool decoded = false;
        for (const SourceField &f : l.fields)
            for (const QString &s : f.samples)
                decoded = decoded || s.endsWith(QStringLiteral("省"));
        QVERIFY(decoded);
        const SourceInfo pts =
            SourceInspector::inspect(real(QStringLiteral("china-4m-provinces-gbk-noprj/XianCh_point.shp")));
        QVERIFY(!pts.layers.first().isPolygon);
    }
};

QTEST_GUILESS_MAIN(TestParcelImporter)
#include "tst_parcelimporter.moc"
