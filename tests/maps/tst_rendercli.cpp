// zhili-cli render: exact extents, symmetric widening (said on stderr), ecosystem colours at parcel centres,
// and bad input refused with a non-zero exit and no file written.
#include "cache/geopackagecache.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace zhili;

namespace {

constexpr double kX = 520000, kY = 3340000;

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ZHILI_CLI), QStringList{QStringLiteral("render")} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestRenderCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;

private slots:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("c.gpkg"));
        auto cache = GeoPackageCache::create(m_cache);
        auto st = cache->db().prepare(QStringLiteral(
            "INSERT INTO parcels (geom, uuid, code, district, area_m2, area_mu, area_ha, ecosystem, land_mu, "
            "updated_at) VALUES (?, ?, ?, ?, 10000, 15, 1, ?, ?, 'x')"));
        // Three 100 m squares in a row: iot, bio, unassigned; districts 西湖区, 西湖区, 滨江区.
        const char *ecos[] = {"iot", "bio", nullptr};
        for (int i = 0; i < 3; ++i) {
            PolygonGeometry g;
            const double x = kX + i * 100;
            g.coords = {x, kY, x + 100, kY, x + 100, kY + 100, x, kY + 100, x, kY};
            g.ringOffsets = {0, 5};
            g.polygonOffsets = {0, 1};
            st.bindBlob(1, GpkgBlob::encode(cache->srsId(), g.envelope(), g.toWkbMultiPolygon()))
                .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(3, QStringLiteral("R-%1").arg(i))
                .bind(4, i < 2 ? QStringLiteral("西湖区") : QStringLiteral("滨江区"))
                .bind(5, ecos[i] ? QVariant(QString::fromLatin1(ecos[i])) : QVariant())
                .bind(6, 10.0 * (i + 1))
                .run();
        }
        cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    void exactExtentColours()
    {
        const QString out = m_dir.filePath(QStringLiteral("exact.png"));
        // 300 × 100 m at 300 × 100 px: aspect equal, 1 m per pixel, honoured exactly.
        const Run r =
            cli({"--cache", m_cache, "--out", out, "--size", "300x100", "--layers", "parcels", "--extent",
                 QStringLiteral("%1,%2,%3,%4").arg(kX).arg(kY).arg(kX + 300).arg(kY + 100)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("widened")), qPrintable(r.err));
        const QImage img(out);
        QCOMPARE(img.size(), QSize(300, 100));
        // Colours from core/model/ecosystem.cpp's table as written in zhili_ecosystems: iot #1f78b4, bio
        // #e7298a; unassigned #c8c8c8.
        QCOMPARE(img.pixelColor(50, 50).name(), QStringLiteral("#1f78b4"));
        QCOMPARE(img.pixelColor(150, 50).name(), QStringLiteral("#e7298a"));
        QCOMPARE(img.pixelColor(250, 50).name(), QStringLiteral("#c8c8c8"));
    }

    void widenedExtentIsSaid()
    {
        const QString out = m_dir.filePath(QStringLiteral("wide.png"));
        // 100 × 100 m into 300 × 100 px: widened symmetrically to 300 × 100 m about the same centre.
        const Run r =
            cli({"--cache", m_cache, "--out", out, "--size", "300x100", "--layers", "parcels", "--extent",
                 QStringLiteral("%1,%2,%3,%4").arg(kX + 100).arg(kY).arg(kX + 200).arg(kY + 100)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("widened")), qPrintable(r.err));
        const QImage img(out);
        QCOMPARE(img.pixelColor(50, 50).name(), QStringLiteral("#1f78b4"));
        QCOMPARE(img.pixelColor(150, 50).name(), QStringLiteral("#e7298a"));
    }

    void themeAndDistrict()
    {
        const QString out = m_dir.filePath(QStringLiteral("district.png"));
        const Run r = cli({"--cache", m_cache, "--out", out, "--size", "200x200", "--district", "滨江区",
                           "--theme", "land", "--layers", "parcels"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage img(out);
        // 滨江区 holds only R-2 (unassigned, land 30 亩): framed, so the centre pixel is in it and coloured
        // by a land class, not by the unassigned grey and not background.
        const QString centre = img.pixelColor(100, 100).name();
        QVERIFY2(centre != QStringLiteral("#c8c8c8") && centre != QStringLiteral("#ffffff"),
                 qPrintable(centre));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString e = QStringLiteral("%1,%2,%3,%4").arg(kX).arg(kY).arg(kX + 300).arg(kY + 100);
        QTest::newRow("unknown layer") << QStringList{"--layers", "parcels,roads"};
        QTest::newRow("unknown theme") << QStringList{"--theme", "water"};
        QTest::newRow("unknown district") << QStringList{"--district", "不存在区"};
        QTest::newRow("inverted extent") << QStringList{
            "--extent", QStringLiteral("%1,%2,%3,%4").arg(kX + 300).arg(kY).arg(kX).arg(kY + 100)};
        QTest::newRow("empty extent")
            << QStringList{"--extent", QStringLiteral("%1,%2,%1,%3").arg(kX).arg(kY).arg(kY + 100)};
        QTest::newRow("extent not numbers") << QStringList{"--extent", "a,b,c,d"};
        QTest::newRow("zero size") << QStringList{"--size", "0x100"};
        QTest::newRow("absurd size") << QStringList{"--size", "90000x90000"};
        QTest::newRow("bad dpi") << QStringList{"--dpi", "0"};
        QTest::newRow("extent and district") << QStringList{"--extent", e, "--district", "西湖区"};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        const Run r = cli(QStringList{"--cache", m_cache, "--out", out} + args);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(!r.err.trimmed().isEmpty(), "no error message");
        QVERIFY(!QFile::exists(out));
    }

    void unwritablePath()
    {
        const QString out = m_dir.filePath(QStringLiteral("no/such/folder/x.png"));
        const Run r = cli({"--cache", m_cache, "--out", out});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("x.png")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QDir(m_dir.path()).entryList({QStringLiteral("*.png*")}).contains(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
