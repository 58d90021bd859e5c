// The synthetic-data generator (scripts/generate_parcels.py) must be deterministic and write what it
// promises: the requested count, GBK text declared by a .cpg, a Hangzhou extent in EPSG:4549, exactly K
// invalid polygons and no overlapping parcels. Everything is checked with GDAL's own tools (ogrinfo, cs2cs,
// GEOS through python3-gdal), never with the generator's own numbers.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString generatorPath()
{
    return QStringLiteral(ZHILI_SOURCE_DIR "/scripts/generate_parcels.py");
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void generate(const QString &dir, const QStringList &extra)
{
    QStringList args{generatorPath(), QStringLiteral("--out"), dir, QStringLiteral("--quiet")};
    args += extra;
    const Run r = run(kPython, args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString ogrinfoSql(const QString &file, const QString &sql, bool sqliteDialect = false)
{
    QStringList args{QStringLiteral("-q"), QStringLiteral("-ro")};
    if (sqliteDialect)
        args << QStringLiteral("-dialect") << QStringLiteral("SQLite");
    args << QStringLiteral("-sql") << sql << file;
    const Run r = run(QStringLiteral("ogrinfo"), args);
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QStringLiteral("ERROR: ") + QString::fromUtf8(r.err);
}

// First integer value printed by ogrinfo for `field`, or -1.
long long ogrInt(const QString &text, const QString &field)
{
    const QRegularExpression re(
        QStringLiteral("%1 \\([^)]*\\) = (-?\\d+)").arg(QRegularExpression::escape(field)));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(kPython) ||
            run(kPython, {QStringLiteral("-c"), QStringLiteral("import osgeo.ogr")}).exitCode)
            QSKIP("python3-gdal is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(QFile::exists(generatorPath()));
    }

    void sameSeedGivesIdenticalFiles()
    {
        QTemporaryDir a, b, c;
        const QStringList opts{
            QStringLiteral("--count"),     QStringLiteral("700"),       QStringLiteral("--seed"),
            QStringLiteral("42"),          QStringLiteral("--name"),    QStringLiteral("t"),
            QStringLiteral("--districts"), QStringLiteral("--invalid"), QStringLiteral("1")};
        generate(a.path(), opts);
        generate(b.path(), opts);
        QStringList otherSeed = opts;
        otherSeed[3] = QStringLiteral("43");
        generate(c.path(), otherSeed);
        const QStringList files = QDir(a.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, QDir(b.path()).entryList(QDir::Files, QDir::Name));
        for (const QString &ext : {"shp", "shx", "dbf", "prj", "cpg"}) {
            QVERIFY2(files.contains(QStringLiteral("t_parcels.") + ext), qPrintable(files.join(',')));
            QVERIFY2(files.contains(QStringLiteral("t_districts.") + ext), qPrintable(files.join(',')));
        }
        for (const QString &f : files) {
            const QByteArray x = fileBytes(a.filePath(f));
            QVERIFY2(!x.isEmpty(), qPrintable(f));
            QVERIFY2(x == fileBytes(b.filePath(f)),
                     qPrintable(f + QStringLiteral(" differs between two runs")));
        }
        // The seed matters (otherwise the identity above would prove little).
        QVERIFY(fileBytes(a.filePath(QStringLiteral("t_parcels.shp"))) !=
                fileBytes(c.filePath(QStringLiteral("t_parcels.shp"))));
    }

    void geoPackageIsDeterministicAndValid()
    {
        QTemporaryDir a, b;
        const QStringList opts{QStringLiteral("--count"),    QStringLiteral("300"),
                               QStringLiteral("--seed"),     QStringLiteral("5"),
                               QStringLiteral("--name"),     QStringLiteral("g"),
                               QStringLiteral("--format"),   QStringLiteral("gpkg"),
                               QStringLiteral("--encoding"), QStringLiteral("UTF-8")};
        generate(a.path(), opts);
        generate(b.path(), opts);
        const QString path = a.filePath(QStringLiteral("g_parcels.gpkg"));
        QVERIFY(fileBytes(path) == fileBytes(b.filePath(QStringLiteral("g_parcels.gpkg"))));
        const Run v =
            run(kPython, {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
        QVERIFY2(v.exitCode == 0, (v.out + v.err).constData());
        const QString n = ogrinfoSql(path, QStringLiteral("SELECT COUNT(*) AS n FROM g_parcels"));
        QCOMPARE(ogrInt(n, QStringLiteral("n")), 300);
    }

    void countEncodingAndCrs()
    {
        QTemporaryDir dir;
        generate(dir.path(), {QStringLiteral("--count"), QStringLiteral("1234"), QStringLiteral("--seed"),
                              QStringLiteral("9"), QStringLiteral("--name"), QStringLiteral("h"),
                              QStringLiteral("--districts")});
        const QString shp = dir.filePath(QStringLiteral("h_parcels.shp"));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("h_parcels.cpg"))), QByteArray("GBK"));

        // Count and CRS as ogrinfo reports them.
        const Run info = run(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), QStringLiteral("-ro"), shp,
                                                         QStringLiteral("h_parcels")});
        QVERIFY2(info.exitCode == 0, info.err.constData());
        const QString text = QString::fromUtf8(info.out);
        QVERIFY2(text.contains(QStringLiteral("Feature Count: 1234")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 120E")), qPrintable(text));

        // The DBF really holds GBK bytes: iconv's GBK encoding of a district name is in it, its UTF-8 is not.
        QProcess iconv;
        iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-t"), QStringLiteral("GBK")});
        iconv.write(QStringLiteral("萧山区").toUtf8());
        iconv.closeWriteChannel();
        QVERIFY(iconv.waitForFinished(10000));
        const QByteArray gbk = iconv.readAllStandardOutput();
        QCOMPARE(gbk.size(), 6);
        const QByteArray dbf = fileBytes(dir.filePath(QStringLiteral("h_parcels.dbf")));
        QVERIFY(dbf.contains(gbk));
        QVERIFY(!dbf.contains(QStringLiteral("萧山区").toUtf8()));

        // GDAL decodes it through the .cpg: the 13 districts, and the Chinese ecosystem names.
        const QString districts = ogrinfoSql(shp, QStringLiteral("SELECT DISTINCT XZQMC FROM h_parcels"));
        for (const char *name : {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区",
                                 "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"})
            QVERIFY2(districts.contains(QStringLiteral("XZQMC (String) = ") + QString::fromUtf8(name)),
                     qPrintable(districts));
        const QString eco = ogrinfoSql(shp, QStringLiteral("SELECT DISTINCT STQ FROM h_parcels"));
        for (const char *name : {"智能物联", "生物医药", "高端装备", "新材料", "绿色能源"})
            QVERIFY2(eco.contains(QString::fromUtf8(name)), qPrintable(eco));
        // Forcing the encoding explicitly gives the same text.
        const Run forced = run(QStringLiteral("ogrinfo"),
                               {QStringLiteral("-q"), QStringLiteral("-ro"), QStringLiteral("-oo"),
                                QStringLiteral("ENCODING=CP936"), QStringLiteral("-sql"),
                                QStringLiteral("SELECT XZQMC FROM h_parcels WHERE FID = 0"), shp});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QVERIFY2(QString::fromUtf8(forced.out).contains(QStringLiteral("XZQMC (String) = 上城区")),
                 forced.out.constData());

        // About 35 % unassigned (empty STQ); every chain given with an ecosystem.
        const long long unassigned = ogrInt(
            ogrinfoSql(shp,
                       QStringLiteral("SELECT COUNT(*) AS n FROM h_parcels WHERE STQ IS NULL OR STQ = ''")),
            QStringLiteral("n"));
        QVERIFY2(unassigned > 1234 * 0.25 && unassigned < 1234 * 0.45,
                 qPrintable(QString::number(unassigned)));
        QCOMPARE(ogrInt(ogrinfoSql(shp, QStringLiteral(
                                            "SELECT COUNT(*) AS n FROM h_parcels WHERE "
                                            "(STQ IS NULL OR STQ = '') AND CYL IS NOT NULL AND CYL <> ''")),
                        QStringLiteral("n")),
                 0);
        // Codes unique.
        QCOMPARE(ogrInt(ogrinfoSql(shp, QStringLiteral("SELECT COUNT(DISTINCT DKBH) AS n FROM h_parcels")),
                        QStringLiteral("n")),
                 1234);

        // Extent corners converted back to CGCS2000 lon/lat by cs2cs lie over Hangzhou.
        const QRegularExpression ext(
            QStringLiteral("Extent: \\(([\\d.]+), ([\\d.]+)\\) - \\(([\\d.]+), ([\\d.]+)\\)"));
        const auto m = ext.match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        // EPSG:4549 is northing, easting and EPSG:4490 latitude, longitude in cs2cs (authority axis order).
        QProcess cs2cs;
        cs2cs.start(QStringLiteral("cs2cs"), {QStringLiteral("-f"), QStringLiteral("%.6f"),
                                              QStringLiteral("EPSG:4549"), QStringLiteral("EPSG:4490")});
        cs2cs.write(QStringLiteral("%1 %2\n%3 %4\n")
                        .arg(m.captured(2), m.captured(1), m.captured(4), m.captured(3))
                        .toUtf8());
        cs2cs.closeWriteChannel();
        QVERIFY(cs2cs.waitForFinished(10000));
        const QStringList lines =
            QString::fromUtf8(cs2cs.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            const QStringList v = line.simplified().split(' '); // EPSG:4490 is latitude, longitude
            const double lat = v.value(0).toDouble(), lon = v.value(1).toDouble();
            QVERIFY2(lat > 29.15 && lat < 30.65 && lon > 118.3 && lon < 120.8, qPrintable(line));
        }
    }

    void invalidOnDemandAndNoOverlaps()
    {
        QTemporaryDir dir;
        generate(dir.path(), {QStringLiteral("--count"), QStringLiteral("1500"), QStringLiteral("--seed"),
                              QStringLiteral("3"), QStringLiteral("--name"), QStringLiteral("v"),
                              QStringLiteral("--invalid"), QStringLiteral("3")});
        const QString shp = dir.filePath(QStringLiteral("v_parcels.shp"));
        // GEOS (through GDAL's SQLite dialect) counts exactly the requested invalid polygons.
        const QString invalid = ogrinfoSql(
            shp, QStringLiteral("SELECT COUNT(*) AS n FROM v_parcels WHERE NOT ST_IsValid(geometry)"), true);
        QCOMPARE(ogrInt(invalid, QStringLiteral("n")), 3);
        // Holes and multipart parcels exist.
        const QString shapes = ogrinfoSql(
            shp,
            QStringLiteral(
                "SELECT SUM(ST_NumInteriorRing(ST_GeometryN(CastToMulti(geometry), 1)) > 0) AS holes, "
                "SUM(ST_NumGeometries(geometry) > 1) AS multi FROM v_parcels"),
            true);
        QVERIFY2(ogrInt(shapes, QStringLiteral("holes")) > 0, qPrintable(shapes));
        QVERIFY2(ogrInt(shapes, QStringLiteral("multi")) > 0, qPrintable(shapes));

        // Pairwise overlap of all valid parcels (sweep on x), land allocation within the parcel area, areas
        // in a realistic range: checked with GEOS through python3-gdal.
        const QString check = QStringLiteral(R"PY(
import sys
from osgeo import ogr
ds = ogr.Open(sys.argv[1]); lyr = ds.GetLayer()
gs = []; over = 0; mus = []
for f in lyr:
    g = f.GetGeometryRef().Clone()
    if not g.IsValid(): continue
    a = g.GetArea() / (10000.0 / 15.0); mus.append(a)
    if f.GetField('YDZB') is not None and f.GetField('YDZB') > a + 1e-9: over += 1
    gs.append((g.GetEnvelope(), g))
gs.sort(key=lambda t: t[0][0])
ov = 0
for i in range(len(gs)):
    e, g = gs[i]
    for j in range(i + 1, len(gs)):
        e2, g2 = gs[j]
        if e2[0] > e[1]: break
        if e2[2] > e[3] or e2[3] < e[2]: continue
        if g.Intersection(g2).GetArea() > 1e-6: ov += 1
mus.sort()
print(len(gs), ov, over, mus[len(mus) // 2])
)PY");
        const Run r = run(kPython, {QStringLiteral("-c"), check, shp});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList v = QString::fromUtf8(r.out).simplified().split(' ');
        QCOMPARE(v.size(), 4);
        QCOMPARE(v[0].toInt(), 1497);
        QCOMPARE(v[1].toInt(), 0); // overlapping pairs
        QCOMPARE(v[2].toInt(), 0); // YDZB larger than the parcel
        const double medianMu = v[3].toDouble();
        QVERIFY2(medianMu > 10 && medianMu < 300, qPrintable(v[3]));
    }

    void rejectsBadArguments()
    {
        QTemporaryDir dir;
        const Run r = run(kPython, {generatorPath(), QStringLiteral("--out"), dir.path(),
                                    QStringLiteral("--count"), QStringLiteral("-5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--count"));
        const Run e = run(kPython, {generatorPath(), QStringLiteral("--out"), dir.path(),
                                    QStringLiteral("--encoding"), QStringLiteral("latin1")});
        QCOMPARE(e.exitCode, 2);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
