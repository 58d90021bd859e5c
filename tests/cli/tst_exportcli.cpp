// `zhili-cli export` end to end on real data (Hangzhou's districts as AMap published them, 2020): GDAL's own
// ogrinfo reads each export with the right feature count, CRS and decoded Chinese; each imports back into a
// new cache with the same parcels, areas and tags; errors name what is wrong and exit non-zero, leaving no
// file; messages come in Chinese with --lang zh.
#include "cache/sqlitedatabase.h"
#include "clirunner.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString hangzhou()
{
    return QStringLiteral(ZHILI_SHARED_DATA "/hangzhou-districts-amap-2020/杭州市.shp");
}

QString ogrinfo(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ogrinfo"), args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Per parcel (district/code): area and tags, rounded so a file round trip compares equal.
QStringList parcelRows(const QString &cachePath)
{
    SqliteDatabase db(cachePath, SqliteDatabase::Mode::ReadOnly);
    auto st = db.prepare(QStringLiteral(
        "SELECT district, code, round(area_m2, 3), ifnull(ecosystem, ''), ifnull(chain, ''), land_mu, "
        "energy_tce, finance_wan, ifnull(status, ''), ifnull(enterprise, '') FROM parcels ORDER BY 1, 2"));
    QStringList rows;
    while (st.step()) {
        QStringList cells;
        for (int i = 0; i < 10; ++i)
            cells << st.text(i);
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    CliRun exportTo(const QString &out, const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("export"), QStringLiteral("--cache"), m_cache,
                                  QStringLiteral("--out"), out} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(hangzhou()))
            QSKIP("the real-data fixtures (../shared/data/real) are not there");
        m_cache = path(QStringLiteral("hz.gpkg"));
        CliRun r =
            runCli({QStringLiteral("import"), hangzhou(), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--district-field"), QStringLiteral("name"), QStringLiteral("--id-field"),
                    QStringLiteral("adcode"), QStringLiteral("--crs"), QStringLiteral("EPSG:4490"),
                    QStringLiteral("--quiet")}); // no .prj: longitude/latitude
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Tags to carry through the files: two ecosystems, a chain, allocations, a status, an enterprise.
        for (const QStringList &a :
             {QStringList{QStringLiteral("330106"), QStringLiteral("西湖区"), QStringLiteral("--ecosystem"),
                          QStringLiteral("bio"), QStringLiteral("--chain"), QStringLiteral("创新药"),
                          QStringLiteral("--land-mu"), QStringLiteral("40"), QStringLiteral("--status"),
                          QStringLiteral("construction"), QStringLiteral("--enterprise"),
                          QStringLiteral("杭州某药业")},
              QStringList{QStringLiteral("330108"), QStringLiteral("滨江区"), QStringLiteral("--ecosystem"),
                          QStringLiteral("iot"), QStringLiteral("--energy-tce"), QStringLiteral("300"),
                          QStringLiteral("--finance-wan"), QStringLiteral("800")}}) {
            r = runCli(QStringList{QStringLiteral("assign"), QStringLiteral("--cache"), m_cache,
                                   QStringLiteral("--parcel"), a[0], QStringLiteral("--district"), a[1]} +
                       a.mid(2));
            QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        }
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("ogrSource");
        QTest::newRow("shp GBK") << "hz.shp"
                                 << "GBK"
                                 << "hz.shp";
        QTest::newRow("zip") << "hzzip.zip"
                             << "GBK"
                             << "/vsizip/%1";
        QTest::newRow("gpkg") << "hz-out.gpkg"
                              << ""
                              << "hz-out.gpkg";
        QTest::newRow("geojson") << "hz.geojson"
                                 << ""
                                 << "hz.geojson";
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, encoding);
        QFETCH(QString, ogrSource);
        QStringList extra;
        if (!encoding.isEmpty())
            extra << QStringLiteral("--encoding") << encoding;
        const CliRun r = exportTo(path(name), extra);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Exported 13 parcels")), qPrintable(r.out));

        if (QStandardPaths::findExecutable(QStringLiteral("ogrinfo")).isEmpty()) {
            qWarning("ogrinfo (gdal-bin) is missing: the export is not checked with GDAL's own reader");
        } else {
            const QString src =
                ogrSource.contains(QStringLiteral("%1")) ? ogrSource.arg(path(name)) : path(ogrSource);
            const QString info = ogrinfo({QStringLiteral("-ro"), QStringLiteral("-al"), src});
            QVERIFY2(info.contains(QStringLiteral("Feature Count: 13")), qPrintable(info.left(2000)));
            QVERIFY2(info.contains(QStringLiteral("ID[\"EPSG\",4549]")) ||
                         info.contains(QStringLiteral("CM 120E")),
                     qPrintable(info.left(2000)));
            QVERIFY(info.contains(QStringLiteral("西湖区")));
            QVERIFY(info.contains(QStringLiteral("生物医药")));
            QVERIFY(info.contains(QStringLiteral("杭州某药业")));
        }

        const QString back =
            path(QStringLiteral("back-") + QFileInfo(name).completeBaseName() + QStringLiteral(".gpkg"));
        const CliRun imp = runCli({QStringLiteral("import"), path(name), QStringLiteral("--cache"), back,
                                   QStringLiteral("--quiet")});
        QVERIFY2(imp.code == 0, qPrintable(imp.err));
        QCOMPARE(parcelRows(back), parcelRows(m_cache));
    }

    void whereAndDistrict()
    {
        CliRun r = exportTo(
            path(QStringLiteral("bio.csv")),
            {QStringLiteral("--where"), QStringLiteral("ecosystem=bio,iot"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("\"parcels\": 2")), qPrintable(r.out));
        r = exportTo(path(QStringLiteral("xh.csv")),
                     {QStringLiteral("--district"), QStringLiteral("西湖区")});
        QVERIFY2(r.out.contains(QStringLiteral("Exported 1 parcel to")), qPrintable(r.out + r.err));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("district") << QStringList{QStringLiteral("--district"), QStringLiteral("火星区")}
                                  << "unknown district \"火星区\"";
        QTest::newRow("crs") << QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:0")}
                             << "--crs \"EPSG:0\"";
        QTest::newRow("fields") << QStringList{QStringLiteral("--fields"), QStringLiteral("code,colour")}
                                << "unknown field \"colour\" in --fields";
        QTest::newRow("where") << QStringList{QStringLiteral("--where"),
                                              QStringLiteral("1=1; DROP TABLE parcels")}
                               << "--where";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = path(QStringLiteral("err/x.shp"));
        QDir().mkpath(path(QStringLiteral("err")));
        const CliRun r = exportTo(out, args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(QDir(path(QStringLiteral("err")))
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void unwritablePath()
    {
        const CliRun r = exportTo(path(QStringLiteral("no/such/folder/x.gpkg")));
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no/such/folder")), qPrintable(r.err));
    }

    void chineseMessages()
    {
        const CliRun r =
            exportTo(path(QStringLiteral("zh.shp")), {QStringLiteral("--district"), QStringLiteral("火星区"),
                                                      QStringLiteral("--lang"), QStringLiteral("zh")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("未知的行政区")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
