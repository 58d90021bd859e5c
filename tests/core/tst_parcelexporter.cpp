// ParcelExporter: an export imported into a new cache gives back the same parcels, areas and tags (shapefile
// in GBK, zipped shapefile, GeoPackage, GeoJSON); CSV is UTF-8 with a BOM and guards formulas; errors name
// the file, field or value and leave no file behind, nor does a cancel; --where text binds its values.
#include "cache/geopackagecache.h"
#include "cache/parcelfiltertext.h"
#include "io/exportfield.h"
#include "io/parcelexporter.h"
#include "io/parcelimporter.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

// Parcels with every tag set, Chinese text GBK can hold, and one with a formula-like enterprise name.
QList<TestParcel> taggedParcels()
{
    QList<TestParcel> list = standardTestParcels();
    TestParcel p = assignedParcel("BJ-002", "滨江区", "iot", 12.5, 300, 800);
    p.assignment.chain = QStringLiteral("集成电路");
    p.assignment.status = QStringLiteral("production");
    p.assignment.enterprise = QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")");
    p.assignment.notes = QStringLiteral("北区, 二期");
    p.name = QStringLiteral("滨江二号地块");
    p.sourceAttrs = QStringLiteral("{\"DKBH\":\"BJ-002\",\"code\":\"orig\",\"面积\":1234.5}");
    list << p;
    return list;
}

struct Row {
    double areaM2;
    ParcelAssignment a;
    QString name, landUse;
};

QMap<QString, Row> rowsOf(GeoPackageCache &cache)
{
    QMap<QString, Row> rows;
    auto st = cache.db().prepare(QStringLiteral("SELECT ") + GeoPackageCache::parcelColumns() +
                                 QStringLiteral(" FROM parcels"));
    while (st.step()) {
        const Parcel p = GeoPackageCache::readParcel(st);
        rows.insert(p.district + QLatin1Char('/') + p.code, {p.areaM2, p.assignment, p.name, p.landUse});
    }
    return rows;
}

} // namespace

class TestParcelExporter : public QObject {
    Q_OBJECT
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

    QString exportTo(const QString &name, ExportOptions o = {})
    {
        o.out = m_dir.filePath(name);
        ParcelExporter::run(*m_cache, o);
        return o.out;
    }

    // Imports `file` into a fresh cache and compares every parcel with the source cache.
    void compareRoundTrip(const QString &file, double areaTolerance)
    {
        const QString cachePath = m_dir.freshPath(QStringLiteral("roundtrip%1.gpkg"));
        ImportOptions io;
        io.source = file;
        ParcelImporter::runOnFile(cachePath, io);
        auto back = GeoPackageCache::open(cachePath, true);
        const QMap<QString, Row> want = rowsOf(*m_cache), got = rowsOf(*back);
        QCOMPARE(got.keys(), want.keys());
        for (auto it = want.begin(); it != want.end(); ++it) {
            const Row &g = got.value(it.key());
            QVERIFY2(qAbs(g.areaM2 - it->areaM2) <= areaTolerance * it->areaM2, qPrintable(it.key()));
            QCOMPARE(g.a, it->a);
            QCOMPARE(g.name, it->name);
            QCOMPARE(g.landUse, it->landUse);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = makeTestCache(m_dir.filePath(QStringLiteral("src.gpkg")), taggedParcels());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("shp GBK") << "gbk.shp"
                                 << "GBK";
        QTest::newRow("shp UTF-8") << "utf8.shp"
                                   << "UTF-8";
        QTest::newRow("zip") << "set.zip"
                             << "GBK";
        QTest::newRow("gpkg") << "out.gpkg"
                              << "";
        QTest::newRow("geojson") << "out.geojson"
                                 << "";
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, encoding);
        ExportOptions o;
        o.encoding = encoding;
        compareRoundTrip(exportTo(name, o), 1e-9);
    }

    void gbkShapefileHasLdidAndCpg()
    {
        ExportOptions o;
        o.encoding = QStringLiteral("GBK");
        const QString shp = exportTo(QStringLiteral("ldid.shp"), o);
        QFile dbf(QString(shp).replace(QStringLiteral(".shp"), QStringLiteral(".dbf")));
        QVERIFY(dbf.open(QIODevice::ReadOnly));
        const QByteArray bytes = dbf.readAll();
        QCOMPARE(quint8(bytes.at(29)), quint8(77));                      // LDID 77 = code page 936
        QVERIFY(bytes.contains(QByteArray("\xCE\xF7\xBA\xFE\xC7\xF8"))); // 西湖区 in GBK
        QFile cpg(QString(shp).replace(QStringLiteral(".shp"), QStringLiteral(".cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll(), QByteArray("936"));
        QVERIFY(QFile::exists(QString(shp).replace(QStringLiteral(".shp"), QStringLiteral(".prj"))));
    }

    void shortNamesFitTheDbf()
    {
        QSet<QString> names;
        for (const ExportField &f : ExportFields::all()) {
            QVERIFY2(f.shortName.toLatin1().size() <= 10, qPrintable(f.shortName));
            QVERIFY(!names.contains(f.shortName));
            names.insert(f.shortName);
        }
        QVERIFY(names.contains(QStringLiteral("ECO")) && names.contains(QStringLiteral("ECO_NAME")) &&
                names.contains(QStringLiteral("LAND_MU")));
    }

    void reprojectedRoundTrip()
    {
        ExportOptions o;
        o.crs = QStringLiteral("EPSG:4490");
        // Degrees there and back: the areas agree to well under a square metre in a hectare.
        compareRoundTrip(exportTo(QStringLiteral("wgs.geojson"), o), 1e-6);
    }

    void csvIsSpreadsheetSafe()
    {
        ExportOptions o;
        o.fields = {QStringLiteral("code"),  QStringLiteral("ECO_NAME"), QStringLiteral("enterprise"),
                    QStringLiteral("notes"), QStringLiteral("area_mu"),  QStringLiteral("wkt")};
        const QString path = exportTo(QStringLiteral("out.csv"), o);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + taggedParcels().size());
        QCOMPARE(lines[0], QStringLiteral("code,ecosystem_name,enterprise,notes,area_mu,wkt"));
        QVERIFY(text.contains(QStringLiteral("XH-001,生物医药,杭州某药业,,45,\"MULTIPOLYGON (((")));
        // The formula is text with a leading quote, and the quotes inside are doubled.
        QVERIFY2(text.contains(QStringLiteral(
                     "BJ-002,智能物联,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",\"北区, 二期\",")),
                 qPrintable(text));
    }

    void sourceAttributesOnRequest()
    {
        ExportOptions o;
        o.fields = {QStringLiteral("code"), QStringLiteral("source")};
        QFile f(exportTo(QStringLiteral("src.csv"), o));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(f.readLine().mid(3)).trimmed(); // after the BOM
        // "code" of the source meets Zhili's column: it becomes SRC_code.
        QCOMPARE(header, QStringLiteral("code,DKBH,SRC_code,面积"));
    }

    void districtAndWhere()
    {
        ExportOptions o;
        o.district = QStringLiteral("西湖区");
        o.filter = ParcelFilterText::parse(QStringLiteral("ecosystem=生物医药; area_mu>=40"));
        o.out = m_dir.filePath(QStringLiteral("xh.gpkg"));
        const ExportReport r = ParcelExporter::run(*m_cache, o);
        QCOMPARE(r.parcels, qint64(1));
        o.filter = ParcelFilterText::parse(QStringLiteral("text=x' OR 1=1 --"));
        o.out = m_dir.filePath(QStringLiteral("none.gpkg"));
        QCOMPARE(ParcelExporter::run(*m_cache, o).parcels, qint64(0)); // bound, not spliced
    }

    void selection()
    {
        ExportOptions o;
        o.fids = QSet<qint64>{testParcelFid(*m_cache, QStringLiteral("XH-001")),
                              testParcelFid(*m_cache, QStringLiteral("BJ-001"))};
        o.out = m_dir.filePath(QStringLiteral("sel.geojson"));
        QCOMPARE(ParcelExporter::run(*m_cache, o).parcels, qint64(2));
    }

    void whereText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("key") << "colour=red"
                             << "unknown key \"colour\"";
        QTest::newRow("ecosystem") << "ecosystem=steel"
                                   << "unknown ecosystem \"steel\"";
        QTest::newRow("status") << "status=sleeping"
                                << "unknown status \"sleeping\"";
        QTest::newRow("area") << "area_mu>=lots"
                              << "wants a number";
        QTest::newRow("shape") << "district"
                               << "is not key=value";
    }
    void whereText()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const QString e = errorOf([&] { ParcelFilterText::parse(text); });
        QVERIFY2(e.contains(error), qPrintable(e));
    }

    void whereTextParses()
    {
        const ParcelFilter f = ParcelFilterText::parse(QStringLiteral(
            "district=西湖区,滨江区; ecosystem=bio,none; status=已投产; land_use=M1; area_mu<=9.5; "
            "text=药业"));
        QCOMPARE(f.districts, (QStringList{QStringLiteral("西湖区"), QStringLiteral("滨江区")}));
        QCOMPARE(f.ecosystems, (QStringList{QStringLiteral("bio"), QString()}));
        QCOMPARE(f.statuses, QStringList{QStringLiteral("production")});
        QCOMPARE(f.landUses, QStringList{QStringLiteral("M1")});
        QCOMPARE(*f.maxAreaMu, 9.5);
        QCOMPARE(f.text, QStringLiteral("药业"));
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("crs");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("error");
        QTest::newRow("district") << "a.shp"
                                  << "火星区"
                                  << ""
                                  << ""
                                  << ""
                                  << "unknown district \"火星区\"";
        QTest::newRow("crs") << "a.shp"
                             << ""
                             << "EPSG:999999"
                             << ""
                             << ""
                             << "--crs \"EPSG:999999\"";
        QTest::newRow("field") << "a.shp"
                               << ""
                               << ""
                               << "code,colour"
                               << ""
                               << "unknown field \"colour\"";
        QTest::newRow("suffix") << "a.xlsx"
                                << ""
                                << ""
                                << ""
                                << ""
                                << "unknown export format";
        QTest::newRow("csv gbk") << "a.csv"
                                 << ""
                                 << ""
                                 << ""
                                 << "GBK"
                                 << "always UTF-8";
        QTest::newRow("encoding") << "a.shp"
                                  << ""
                                  << ""
                                  << ""
                                  << "KOI8-R"
                                  << "unknown --encoding";
        QTest::newRow("wkt") << "a.gpkg"
                             << ""
                             << ""
                             << "wkt"
                             << ""
                             << "--fields wkt is for CSV";
        QTest::newRow("folder") << "missing/a.shp"
                                << ""
                                << ""
                                << ""
                                << ""
                                << "missing or not writable";
    }
    void errorsNameWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QString, district);
        QFETCH(QString, crs);
        QFETCH(QString, fields);
        QFETCH(QString, encoding);
        QFETCH(QString, error);
        const QString dir = m_dir.freshPath(QStringLiteral("err%1"));
        QVERIFY(QDir().mkpath(dir));
        ExportOptions o;
        o.out = dir + QLatin1Char('/') + name;
        o.district = district;
        o.crs = crs;
        o.fields = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
        o.encoding = encoding;
        const QString e = errorOf([&] { ParcelExporter::run(*m_cache, o); });
        QVERIFY2(e.contains(error), qPrintable(e));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void cancelLeavesNoFile()
    {
        const QString dir = m_dir.freshPath(QStringLiteral("cancel%1"));
        QVERIFY(QDir().mkpath(dir));
        ExportOptions o;
        o.out = dir + QStringLiteral("/c.shp");
        TaskProgress progress([](qint64 done, qint64) { return done == 0; });
        bool cancelled = false;
        try {
            // The first report after the start cancels (the end, for a small cache).
            ParcelExporter::run(*m_cache, o, progress);
        } catch (const Cancelled &) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void replacesAnOlderExport()
    {
        ExportOptions o;
        o.encoding = QStringLiteral("GBK");
        const QString shp = exportTo(QStringLiteral("again.shp"), o);
        o.encoding = QStringLiteral("UTF-8");
        exportTo(QStringLiteral("again.shp"), o);
        QFile cpg(QString(shp).replace(QStringLiteral(".shp"), QStringLiteral(".cpg")));
        QVERIFY(cpg.open(QIODevice::ReadOnly));
        QCOMPARE(cpg.readAll().trimmed(), QByteArray("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestParcelExporter)
#include "tst_parcelexporter.moc"
