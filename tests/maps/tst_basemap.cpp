// Basemaps through GDAL without a network: an XYZ tile folder read through file:// (tiles of one colour per
// zoom level, so a pixel tells which level was read), its disk tile cache, an MBTiles file made here, both
// reprojected from EPSG:3857 to the cache CRS, and the attribution drawn over the map on the canvas image,
// in SVG and on a sheet.
#include "cache/geopackagecache.h"
#include "layout/layouttemplate.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotlayout.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "testcache.h"
#include "testraster.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <gdal.h>
#include <gdal_utils.h>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr double kX = 500000, kY = 3300000; // the parcel's corner (EPSG:4549: 120°E, 29.8°N)
constexpr int kMaxZoom = 5;

QColor zoomColor(int z)
{
    return QColor(40 * z, 200 - 30 * z, 90 + 20 * z);
}

/// XYZ tiles z0…kMaxZoom over 100–140°E, 10–50°N (enough for every view here), one colour per zoom.
void writeTiles(const QString &root)
{
    auto tileX = [](double lon, int n) { return int(std::floor((lon + 180) / 360 * n)); };
    auto tileY = [](double lat, int n) {
        const double r = lat * M_PI / 180;
        return int(std::floor((1 - std::log(std::tan(r) + 1 / std::cos(r)) / M_PI) / 2 * n));
    };
    for (int z = 0; z <= kMaxZoom; ++z) {
        const int n = 1 << z;
        QImage tile(256, 256, QImage::Format_RGB32);
        tile.fill(zoomColor(z));
        for (int x = tileX(100, n); x <= tileX(140, n); ++x)
            for (int y = tileY(50, n); y <= tileY(10, n); ++y) {
                const QString dir = QStringLiteral("%1/%2/%3").arg(root).arg(z).arg(x);
                QVERIFY(QDir().mkpath(dir));
                QVERIFY(tile.save(QStringLiteral("%1/%2.png").arg(dir).arg(y)));
            }
    }
}

int fileCount(const QString &dir)
{
    int n = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}

QColor pixel(const QImage &img, const MapSettings &s, double x, double y)
{
    const QPointF p = s.toPixel(x, y);
    return img.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

TestParcel parcelAtOrigin()
{
    TestParcel p = assignedParcel("BM-1", "西湖区", "bio", 10);
    p.x = kX;
    p.y = kY;
    return p;
}

MapSettings view(double halfWidth, int px)
{
    Envelope e;
    e.include(kX + 50 - halfWidth, kY + 50 - halfWidth);
    e.include(kX + 50 + halfWidth, kY + 50 + halfWidth);
    return MapSettings(e, QSize(px, px), 96);
}

} // namespace

class TestBasemap : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;
    QString m_tiles;     ///< file:// template
    QString m_tileCache; ///< $ZHILI_TILE_CACHE

    void loadScene(MapScene &scene)
    {
        scene.load(*m_cache);
        for (LayerKind k : {LayerKind::Labels, LayerKind::Districts})
            scene.setLayerVisible(k, false);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = makeTestCache(m_dir.filePath(QStringLiteral("basemap.gpkg")), {parcelAtOrigin()});
        writeTiles(m_dir.filePath(QStringLiteral("xyz")));
        m_tiles = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("xyz"))).toString() +
                  QStringLiteral("/{z}/{x}/{y}.png");
        m_tileCache = m_dir.filePath(QStringLiteral("tilecache"));
        qputenv("ZHILI_TILE_CACHE", m_tileCache.toUtf8());
    }

    void xyzTilesAtTheZoomTheViewNeeds()
    {
        MapScene scene;
        loadScene(scene);
        QCOMPARE(fileCount(m_tileCache), 0);
        scene.setBasemap(m_tiles);
        QVERIFY(scene.layer(LayerKind::Basemap).isListed());
        // A street view (5 m per pixel) reads the deepest level the folder has, reprojected to EPSG:4549:
        // beside the parcel the basemap shows, the parcel covers it.
        const MapSettings street = view(500, 200);
        const QImage img = RenderJob::renderImage(scene, street);
        img.save(m_dir.filePath(QStringLiteral("street.png")));
        QCOMPARE(pixel(img, street, kX + 300, kY + 50).name(), zoomColor(kMaxZoom).name());
        QVERIFY(pixel(img, street, kX + 50, kY + 50) != zoomColor(kMaxZoom));
        // The tiles went to the disk cache.
        QVERIFY(fileCount(m_tileCache) > 0);
        // A country-wide view (≈ 30 km per pixel) reads coarse tiles, not the deepest level.
        const MapSettings country = view(1500000, 100);
        const QImage wide = RenderJob::renderImage(scene, country);
        const QColor centre = pixel(wide, country, kX + 200000, kY); // beside the parcel's pixel
        int zoom = -1;
        for (int z = 0; z <= kMaxZoom; ++z)
            if (centre == zoomColor(z))
                zoom = z;
        QVERIFY2(zoom >= 1 && zoom <= 3, qPrintable(centre.name()));
        wide.save(m_dir.filePath(QStringLiteral("country.png")));
    }

    void mbtilesMadeFromAGeoTiff()
    {
        // A solid 3-band GeoTIFF in EPSG:4326 around the parcel, turned into MBTiles by GDAL (EPSG:3857
        // tiles).
        GDALAllRegister();
        const QString tif = m_dir.filePath(QStringLiteral("mb.tif"));
        const QString mbtiles = m_dir.filePath(QStringLiteral("hangzhou.mbtiles"));
        QVERIFY(test::writeSolidGeoTiff(tif, 200, {119.9, 0.001, 0, 29.95, 0, -0.001}, {210, 60, 120},
                                        "EPSG:4326"));
        {
            GDALDatasetH ds = GDALOpen(tif.toUtf8().constData(), GA_ReadOnly);
            QVERIFY(ds);
            const char *args[] = {"-of", "MBTiles", nullptr};
            GDALTranslateOptions *opts = GDALTranslateOptionsNew(const_cast<char **>(args), nullptr);
            GDALDatasetH out = GDALTranslate(mbtiles.toUtf8().constData(), ds, opts, nullptr);
            GDALTranslateOptionsFree(opts);
            GDALClose(ds);
            QVERIFY(out);
            GDALClose(out);
        }
        MapScene scene;
        loadScene(scene);
        scene.setBasemap(mbtiles);
        const MapSettings street = view(500, 200);
        const QImage img = RenderJob::renderImage(scene, street);
        QCOMPARE(pixel(img, street, kX + 300, kY + 50).name(), QColor(210, 60, 120).name());
        // Outside the MBTiles' area the background stays.
        const MapSettings far = view(100000, 200);
        QCOMPARE(pixel(RenderJob::renderImage(scene, far), far, kX + 50000, kY + 50000).name(),
                 QStringLiteral("#ffffff"));
    }

    void attributionOnTheMap()
    {
        MapScene scene;
        loadScene(scene);
        scene.setBasemap(m_tiles); // a local folder: no default attribution
        QVERIFY(scene.layer(LayerKind::Basemap).attribution().isEmpty());
        const MapSettings s = view(500, 300);
        const QImage plain = RenderJob::renderImage(scene, s);
        scene.setBasemap(m_tiles, QStringLiteral("© Test tiles 测试"));
        const QImage credited = RenderJob::renderImage(scene, s);
        credited.save(m_dir.filePath(QStringLiteral("credited.png")));
        // The bottom-right corner changed, the top-left did not.
        QVERIFY(plain.copy(200, 280, 100, 20) != credited.copy(200, 280, 100, 20));
        QCOMPARE(plain.copy(0, 0, 100, 100), credited.copy(0, 0, 100, 100));
        // A hidden basemap takes its credit away.
        scene.setLayerVisible(LayerKind::Basemap, false);
        QVERIFY(RenderJob::renderImage(scene, s).copy(200, 280, 100, 20) != credited.copy(200, 280, 100, 20));

        // Vector output (PDF/SVG sheets) carries the text.
        scene.setLayerVisible(LayerKind::Basemap, true);
        QByteArray svg;
        {
            QBuffer buffer(&svg);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QSvgGenerator gen;
            gen.setOutputDevice(&buffer);
            gen.setSize(QSize(300, 300));
            QPainter p(&gen);
            RenderJob::render(scene, s, &p, QRectF(0, 0, 300, 300));
        }
        // The SVG writer splits the text into one element per script.
        const QString text = QString::fromUtf8(svg);
        QVERIFY(text.contains(QStringLiteral("© Test tiles")));
        QVERIFY(text.contains(QStringLiteral("测试")));
    }

    void attributionOnASheet()
    {
        MapScene scene;
        scene.load(*m_cache);
        scene.setBasemap(m_tiles, QStringLiteral("© Sheet tiles"));
        LayoutTemplate tpl;
        tpl.layers = QStringList{QStringLiteral("basemap"), QStringLiteral("districts")};
        SnapshotLayout layout(scene, *m_cache, tpl, SnapshotFrame::city());
        const QString path = m_dir.filePath(QStringLiteral("sheet.svg"));
        SnapshotExporter::write(layout, path, 96);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("© Sheet tiles")));
    }

    void savedWithTheStyles()
    {
        const QString path = m_dir.filePath(QStringLiteral("styles.gpkg"));
        {
            auto cache = makeTestCache(path, {parcelAtOrigin()});
            MapScene scene;
            scene.load(*cache);
            scene.setBasemap(m_tiles, QStringLiteral("© Saved"), true);
            scene.saveStyles();
        }
        auto cache = GeoPackageCache::open(path, true);
        MapScene scene;
        scene.load(*cache);
        const LayerStyle &st = scene.layer(LayerKind::Basemap).style;
        QCOMPARE(st.rasterPath, m_tiles);
        QCOMPARE(st.attribution, QStringLiteral("© Saved"));
        QVERIFY(st.gcj02);
        QVERIFY(st.visible);
        // Other layers keep the JSON shape they had: no basemap keys.
        QVERIFY(!scene.layer(LayerKind::Parcels).style.toJson().contains(QStringLiteral("gcj02")));
    }
};

QTEST_MAIN(TestBasemap)
#include "tst_basemap.moc"
