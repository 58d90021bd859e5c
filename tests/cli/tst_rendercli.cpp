// zhili-cli render: exact extents, symmetric widening (said on stderr), ecosystem colours at parcel centres,
// a basemap from a local XYZ tile folder with its attribution and the GCJ-02 warning on stderr, and bad input
// refused with a non-zero exit and no file written; the PNG's colour type and DPI; PROJ loaded only when a
// command asks for the CRS.
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "render/mapscene.h"
#include "testcache.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr double kX = 520000, kY = 3340000;

CliRun cli(const QStringList &args)
{
    return runCli(QStringList{QStringLiteral("render")} + args);
}

} // namespace

class TestRenderCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;

    // A folder with one zoom-0 XYZ tile of one colour (the whole world); its URL template, empty on failure.
    QString oneTileFolder(const QString &name, const QColor &colour)
    {
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(colour);
        if (!QDir().mkpath(m_dir.filePath(name + QStringLiteral("/0/0"))) ||
            !tile.save(m_dir.filePath(name + QStringLiteral("/0/0/0.png"))))
            return QString();
        return QUrl::fromLocalFile(m_dir.filePath(name)).toString() + QStringLiteral("/{z}/{x}/{y}.png");
    }

private slots:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("c.gpkg"));
        // Three 100 m squares in a row: iot, bio, unassigned; districts 西湖区, 西湖区, 滨江区.
        QList<TestParcel> parcels{assignedParcel("R-0", "西湖区", "iot", 10),
                                  assignedParcel("R-1", "西湖区", "bio", 20),
                                  assignedParcel("R-2", "滨江区", "", 30)};
        for (int i = 0; i < 3; ++i) {
            parcels[i].x = kX + i * 100;
            parcels[i].y = kY;
        }
        makeTestCache(m_cache, parcels);
    }

    void exactExtentColours()
    {
        const QString out = m_dir.filePath(QStringLiteral("exact.png"));
        // 300 × 100 m at 300 × 100 px: aspect equal, 1 m per pixel, honoured exactly.
        const CliRun r =
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
        const CliRun r =
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
        const CliRun r = cli({"--cache", m_cache, "--out", out, "--size", "200x200", "--district", "滨江区",
                              "--theme", "land", "--layers", "parcels"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage img(out);
        // 滨江区 holds only R-2 (unassigned, land 30 亩): framed, so the centre pixel is in it and coloured
        // by a land class, not by the unassigned grey and not background.
        const QString centre = img.pixelColor(100, 100).name();
        QVERIFY2(centre != QStringLiteral("#c8c8c8") && centre != QStringLiteral("#ffffff"),
                 qPrintable(centre));
    }

    void basemapFromTileFolder()
    {
        // One zoom-0 tile of one colour: the whole world, so every pixel outside the parcels shows it.
        const QString tiles = oneTileFolder(QStringLiteral("xyz"), QColor(30, 160, 90));
        QVERIFY(!tiles.isEmpty());
        const QMap<QString, QString> env{
            {QStringLiteral("ZHILI_TILE_CACHE"), m_dir.filePath(QStringLiteral("tc"))}};
        const QString extent =
            QStringLiteral("%1,%2,%3,%4").arg(kX).arg(kY - 100).arg(kX + 300).arg(kY + 200);
        const QString plainOut = m_dir.filePath(QStringLiteral("plain.png"));
        QCOMPARE(cli({"--cache", m_cache, "--out", plainOut, "--size", "300x300", "--layers", "parcels",
                      "--extent", extent})
                     .code,
                 0);
        const QString out = m_dir.filePath(QStringLiteral("basemap.png"));
        CliRun r =
            runCli({"render", "--cache", m_cache, "--out", out, "--size", "300x300", "--layers", "parcels",
                    "--extent", extent, "--basemap", tiles, "--basemap-attribution", "© Test tiles"},
                   env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("GCJ-02")), qPrintable(r.err));
        const QImage img(out);
        QCOMPARE(img.pixelColor(150, 20).name(), QColor(30, 160, 90).name()); // above the parcels
        QCOMPARE(img.pixelColor(50, 150).name(), QStringLiteral("#1f78b4"));  // R-0 over it
        // The attribution in the bottom-right corner.
        const QImage plain(plainOut);
        QVERIFY(img.copy(200, 285, 100, 15) != plain.copy(200, 285, 100, 15));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("tc"))).exists());

        // GCJ-02 tiles under CGCS2000 parcels: rendered, with a warning that says what to do.
        r = runCli({"render", "--cache", m_cache, "--out", out, "--size", "300x300", "--extent", extent,
                    "--basemap", tiles, "--basemap-gcj02", "--force"},
                   env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("warning")) && r.err.contains(QStringLiteral("GCJ-02")) &&
                     r.err.contains(QStringLiteral("several hundred metres")),
                 qPrintable(r.err));
    }

    // The light zhili-cli carries no GDAL; a basemap saved in the cache's layer styles (set in the window,
    // not on the command line) is met only while the map loads, and the command moves to zhili-cli-full
    // before it has written anything: the image has the basemap all the same.
    void savedBasemapMovesToTheGdalBuild()
    {
        QProcess objdump;
        objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), QStringLiteral(ZHILI_CLI)});
        QVERIFY(objdump.waitForFinished(30000));
        const QString headers = QString::fromUtf8(objdump.readAllStandardOutput());
        QVERIFY2(headers.contains(QStringLiteral("NEEDED")) && !headers.contains(QStringLiteral("libgdal")),
                 "zhili-cli must not load GDAL (app/CMakeLists.txt)");

        const QString tiles = oneTileFolder(QStringLiteral("saved"), QColor(200, 40, 160));
        QVERIFY(!tiles.isEmpty());
        const QString cache = m_dir.filePath(QStringLiteral("saved-basemap.gpkg"));
        QVERIFY(QFile::copy(m_cache, cache));
        {
            auto c = GeoPackageCache::open(cache);
            MapScene scene;
            scene.load(*c);
            scene.setBasemap(tiles);
            scene.saveStyles();
        }
        const QString out = m_dir.filePath(QStringLiteral("saved-basemap.png"));
        const QString extent =
            QStringLiteral("%1,%2,%3,%4").arg(kX).arg(kY - 100).arg(kX + 300).arg(kY + 200);
        const CliRun r =
            runCli({"render", "--cache", cache, "--out", out, "--size", "300x300", "--layers", "parcels",
                    "--extent", extent},
                   {{QStringLiteral("ZHILI_TILE_CACHE"), m_dir.filePath(QStringLiteral("tc2"))}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage img(out);
        QCOMPARE(img.pixelColor(150, 20).name(), QStringLiteral("#ffffff"));
        QCOMPARE(img.pixelColor(50, 150).name(), QStringLiteral("#1f78b4"));
    }

    // The PNG: RGB when the background is opaque, RGBA with --transparent, the --dpi in pHYs.
    void pngColourTypeAndDpi()
    {
        const QString extent =
            QStringLiteral("%1,%2,%3,%4").arg(kX).arg(kY - 100).arg(kX + 300).arg(kY + 200);
        for (const bool transparent : {false, true}) {
            const QString out =
                m_dir.filePath(transparent ? QStringLiteral("t.png") : QStringLiteral("o.png"));
            QStringList args{"--cache", m_cache,    "--out", out,     "--size",
                             "300x300", "--extent", extent,  "--dpi", "150"};
            if (transparent)
                args << QStringLiteral("--transparent");
            const CliRun r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(64);
            QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n") && head.mid(12, 4) == "IHDR");
            QCOMPARE(int(head[24]), 8);                   // bit depth
            QCOMPARE(int(head[25]), transparent ? 6 : 2); // RGBA : RGB
            const QImage img(out);
            QCOMPARE(img.dotsPerMeterX(), 5906); // 150 / 0.0254, rounded
            QCOMPARE(img.hasAlphaChannel(), transparent);
            if (transparent) // nothing drawn in the top row's corner: no background either
                QCOMPARE(qAlpha(img.pixel(0, 0)), 0);
        }
    }

    // PROJ is loaded on first use in the light zhili-cli (app/cli/light/lazyproj.cpp): it is no NEEDED
    // library, and a command that asks for the CRS still gets PROJ's name for it.
    void projLoadedWhenACrsIsAsked()
    {
        QProcess objdump;
        objdump.start(QStringLiteral("objdump"), {QStringLiteral("-p"), QStringLiteral(ZHILI_CLI)});
        QVERIFY(objdump.waitForFinished(30000));
        const QString headers = QString::fromUtf8(objdump.readAllStandardOutput());
        QVERIFY2(
            headers.contains(QStringLiteral("NEEDED")) && !headers.contains(QStringLiteral("libproj")),
            "zhili-cli must load PROJ lazily: forward the new proj_* call in app/cli/light/lazyproj.cpp");
        const CliRun r = runCli({"info", "--cache", m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E)")),
                 qPrintable(r.out));
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
        QTest::newRow("attribution without basemap") << QStringList{"--basemap-attribution", "© x"};
        QTest::newRow("gcj02 without basemap") << QStringList{"--basemap-gcj02"};
        QTest::newRow("basemap that does not exist")
            << QStringList{"--basemap", m_dir.filePath(QStringLiteral("none.mbtiles"))};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        const CliRun r = cli(QStringList{"--cache", m_cache, "--out", out} + args);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(!r.err.trimmed().isEmpty(), "no error message");
        QVERIFY(!QFile::exists(out));
    }

    void unwritablePath()
    {
        const QString out = m_dir.filePath(QStringLiteral("no/such/folder/x.png"));
        const CliRun r = cli({"--cache", m_cache, "--out", out});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("x.png")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QDir(m_dir.path()).entryList({QStringLiteral("*.png*")}).contains(QStringLiteral("x.png")));
    }
};

QTEST_MAIN(TestRenderCli)
#include "tst_rendercli.moc"
