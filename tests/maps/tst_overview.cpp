// The generalised overview of the parcel store (ParcelStoreGeneraliser, MapScene::setOverview): it keeps
// every parcel and its attributes, a full-extent render from it matches the detail render, the scene draws
// from it only at coarse scales, and edits show in both. A scene opened from the persisted overview pages
// (MapScene::loadOverview) decodes no detail page until setDetail(). Measure of "matches": at least 99 % of
// the pixels identical, and every parcel that has a pixel in the detail render has one in the overview render
// (each parcel drawn in its own colour).
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "io/importoptions.h"
#include "io/parcelimporter.h"
#include "layers/layerstyle.h"
#include "polygonparcels.h"
#include "render/layerrenderer.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/parcelfillrenderer.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "render/parcelstoregeneraliser.h"
#include "render/renderjob.h"
#include "render/scenedata.h"
#include "shareddata.h"
#include "testcache.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace zhili;

namespace {

constexpr double kX = 500000, kY = 3300000; // EPSG:4549
constexpr double kCell = 40;                // metres
constexpr int kColumns = 40, kRows = 25;

/// Deterministic pseudo-random value in [0, 1) of three integers.
double noise(int a, int b, int c)
{
    quint32 h = quint32(a) * 73856093u ^ quint32(b) * 19349663u ^ quint32(c) * 83492791u;
    h ^= h >> 13;
    h *= 0x5bd1e995u;
    h ^= h >> 15;
    return (h & 0xFFFFFF) / double(0x1000000);
}

/// Lattice corner (i, j), jittered.
QPointF corner(int i, int j)
{
    return {kX + i * kCell + (noise(i, j, 1) - 0.5) * 12, kY + j * kCell + (noise(i, j, 2) - 0.5) * 12};
}

/// The edge from corner a to corner b (excluding b) as 16 points: wiggles well under a pixel at full extent
/// on most edges, and a few of several metres, the same for both parcels that share it.
QList<QPointF> edge(int ai, int aj, int bi, int bj)
{
    const bool forward = ai < bi || (ai == bi && aj < bj);
    const QPointF a = forward ? corner(ai, aj) : corner(bi, bj),
                  b = forward ? corner(bi, bj) : corner(ai, aj);
    const int key = forward ? ai * 1000 + aj : bi * 1000 + bj, dir = ai == bi ? 0 : 1;
    const double amplitude = noise(key, dir, 3) < 0.1 ? 3 : 0.15;
    const QPointF d = b - a, normal(-d.y() / kCell, d.x() / kCell);
    QList<QPointF> points;
    for (int k = 0; k < 16; ++k) {
        const double t = k / 16.0;
        points << a + d * t + normal * (k ? amplitude * (noise(key, dir, 10 + k) - 0.5) : 0);
    }
    if (!forward) {
        std::reverse(points.begin(), points.end());
        points.prepend(corner(ai, aj));
        points.removeLast(); // b: the next edge starts there
    }
    return points;
}

/// kColumns × kRows parcels sharing wiggly borders of many vertices, like digitised land parcels.
void fillWigglyGrid(GeoPackageCache &cache)
{
    const char *ecos[] = {"iot", "bio", "equip", "mat", "energy", ""};
    SqliteTransaction tx(cache.db());
    for (int i = 0; i < kColumns; ++i)
        for (int j = 0; j < kRows; ++j) {
            QList<QPointF> ring = edge(i, j, i + 1, j) + edge(i + 1, j, i + 1, j + 1) +
                                  edge(i + 1, j + 1, i, j + 1) + edge(i, j + 1, i, j);
            ring << ring.first();
            test::PolygonParcel p;
            p.code = QStringLiteral("W-%1-%2").arg(i).arg(j);
            p.rings = {ring};
            p.ecosystem = QString::fromLatin1(ecos[(i * 7 + j * 3) % 6]);
            p.land = 1 + (i * kRows + j) % 9;
            test::insertPolygonParcel(cache, p);
        }
    tx.commit();
}

/// Each parcel filled in its own colour (from land_mu = fid; no outlines), on white.
QImage drawByFid(const std::shared_ptr<const ParcelStore> &store, const MapSettings &settings)
{
    std::vector<double> breaks;
    QList<QColor> colors;
    qint64 maxFid = 0;
    for (int i = 0; i < store->size(); ++i)
        maxFid = std::max(maxFid, store->fid(i));
    for (qint64 f = 1; f <= maxFid; ++f) {
        breaks.push_back(double(f));
        colors << QColor(int(f >> 16) & 255, int(f >> 8) & 255, int(f) & 255);
    }
    LayerStyle style;
    style.outlineWidthMm = 0;
    style.noDataColor = Qt::white;
    ParcelFillRenderer renderer(store, ParcelFillRenderer::Value::LandMu, colors, breaks, style);
    QImage img(settings.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(settings.devicePixelRatio());
    const TaskProgress task;
    const LayerRenderContext ctx{settings, task};
    renderer.renderRaster(ctx, img, {img.rect()}, qRgba(255, 255, 255, 255), true, 0, 100);
    return img;
}

QSet<QRgb> colorsIn(const QImage &img)
{
    QSet<QRgb> out;
    for (int y = 0; y < img.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            out.insert(line[x]);
    }
    return out;
}

/// Share of the pixels whose channels differ by at most `slack`.
double identicalShare(const QImage &a, const QImage &b, int slack = 0)
{
    if (a.size() != b.size())
        return 0;
    qint64 same = 0;
    for (int y = 0; y < a.height(); ++y) {
        const QRgb *la = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const QRgb *lb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            same += std::abs(qRed(la[x]) - qRed(lb[x])) <= slack &&
                    std::abs(qGreen(la[x]) - qGreen(lb[x])) <= slack &&
                    std::abs(qBlue(la[x]) - qBlue(lb[x])) <= slack &&
                    std::abs(qAlpha(la[x]) - qAlpha(lb[x])) <= slack;
    }
    return double(same) / (qint64(a.width()) * a.height());
}

qint64 vertexCount(const ParcelStore &s)
{
    return s.size() ? s.pointBegin(s.ringBegin(s.size())) : 0;
}

/// The whole of the scene's parcels in a 1920 × 1080 view.
MapSettings fullView(const ParcelStore &s, double dpr = 1)
{
    MapSettings m(s.extent(), QSize(1920, 1080));
    m.widenToAspect();
    m.setDevicePixelRatio(dpr);
    return m;
}

/// A view of 1/16 of the extent's area around its centre.
MapSettings zoomedView(const ParcelStore &s)
{
    const Envelope e = s.extent();
    Envelope z;
    z.include(e.centerX() - e.width() / 8, e.centerY() - e.height() / 8);
    z.include(e.centerX() + e.width() / 8, e.centerY() + e.height() / 8);
    MapSettings m(z, QSize(1920, 1080));
    m.widenToAspect();
    return m;
}

void setLandMuToFid(GeoPackageCache &cache)
{
    cache.db().exec(QStringLiteral("UPDATE parcels SET land_mu = fid"));
}

} // namespace

class TestOverview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<GeoPackageCache> wigglyCache(const QString &name)
    {
        auto cache = GeoPackageCache::create(m_dir.filePath(name));
        fillWigglyGrid(*cache);
        return cache;
    }

    /// The real OSM land use of central Hangzhou (../shared/data/real, see its SOURCE.txt), imported.
    std::unique_ptr<GeoPackageCache> osmCache(const QString &name)
    {
        ImportOptions o;
        o.source = QStringLiteral(ZHILI_SHARED_DATA "/hangzhou-osm-landuse-2016/landuse.shp");
        o.district = QStringLiteral("OSM");
        const QString path = m_dir.filePath(name);
        ParcelImporter::runOnFile(path, o);
        return GeoPackageCache::open(path);
    }

    /// Renders `cache` at full extent with and without the default overview, through the scene: at least
    /// 99 % of the pixels agree, and the overview really has fewer vertices and is really drawn.
    void checkFullExtent(GeoPackageCache &cache)
    {
        MapScene scene;
        scene.load(cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        scene.setLayerVisible(LayerKind::Districts, false);
        const auto detail = std::const_pointer_cast<ParcelStore>(scene.parcelStore());
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);
        QVERIFY(vertexCount(*overview) < vertexCount(*detail));
        qInfo("%d parcels, tolerance %.2f m: %lld vertices -> %lld, %lld bytes -> %lld", detail->size(),
              tolerance, vertexCount(*detail), vertexCount(*overview), detail->memoryBytes(),
              overview->memoryBytes());
        const MapSettings full = fullView(*detail);
        const QImage before = RenderJob::renderImage(scene, full);
        scene.setOverview(overview, tolerance);
        QVERIFY(scene.overviewStore() == overview);
        const QImage after = RenderJob::renderImage(scene, full);
        const double share = identicalShare(before, after), near = identicalShare(before, after, 32);
        qInfo("full extent: %.2f %% of the pixels identical, %.2f %% within 32 per channel", share * 100,
              near * 100);
        QVERIFY2(near >= 0.99, qPrintable(QString::number(near)));
        QVERIFY2(share < 1, "the overview was not drawn"); // simplified rings differ somewhere
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keepsParcelsAttributesAndBoxes()
    {
        auto cache = wigglyCache(QStringLiteral("keeps.gpkg"));
        const auto detail = ParcelStore::load(*cache);
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        QCOMPARE(tolerance, std::max(detail->extent().width(), detail->extent().height()) / 4096);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);
        QCOMPARE(overview->size(), detail->size());
        QCOMPARE(overview->extent().minX, detail->extent().minX);
        QCOMPARE(overview->extent().maxY, detail->extent().maxY);
        QCOMPARE(overview->originX(), detail->originX());
        QCOMPARE(overview->ecosystemKeys(), detail->ecosystemKeys());
        QCOMPARE(overview->districtNames(), detail->districtNames());
        for (int i = 0; i < detail->size(); ++i) {
            QCOMPARE(overview->fid(i), detail->fid(i));
            QCOMPARE(overview->indexOf(detail->fid(i)), i);
            for (int k = 0; k < 4; ++k)
                QCOMPARE(overview->boxes()[4 * i + k], detail->boxes()[4 * i + k]);
            QCOMPARE(overview->ecosystemIndex(i), detail->ecosystemIndex(i));
            QCOMPARE(overview->landMu(i), detail->landMu(i));
            QCOMPARE(overview->code(i), detail->code(i));
            QVERIFY(overview->ringEnd(i) > overview->ringBegin(i));
        }
        // Same R-tree: a query returns the same parcels.
        Envelope q = zoomedView(*detail).extent();
        QVERIFY(overview->query(q) == detail->query(q));
        // Sub-tolerance wiggles are gone: far fewer vertices (64 per parcel before).
        QVERIFY2(
            vertexCount(*overview) * 3 < vertexCount(*detail),
            qPrintable(QStringLiteral("%1 of %2").arg(vertexCount(*overview)).arg(vertexCount(*detail))));
        // Every simplified vertex lies within the tolerance of the detailed boundary.
        for (int i = 0; i < overview->size(); i += 37)
            for (quint32 p = overview->pointBegin(overview->ringBegin(i));
                 p < overview->pointEnd(overview->ringEnd(i) - 1); ++p) {
                const double x = overview->coords()[2 * p] + overview->originX();
                const double y = overview->coords()[2 * p + 1] + overview->originY();
                QVERIFY(detail->distanceToBoundary(i, x, y) <= tolerance);
            }
    }

    void fullExtentMatchesDetailOnSyntheticParcels()
    {
        auto cache = wigglyCache(QStringLiteral("full.gpkg"));
        checkFullExtent(*cache);
    }

    void fullExtentMatchesDetailOnRealLandUse()
    {
        ZHILI_REQUIRE_SHARED_DATA();
        auto cache = osmCache(QStringLiteral("osm.gpkg"));
        QVERIFY(cache->parcelCount() > 50);
        checkFullExtent(*cache);
    }

    void everyDrawnParcelStaysDrawn_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("synthetic") << QStringLiteral("wiggly");
        QTest::newRow("osm landuse") << QStringLiteral("osm");
    }

    void everyDrawnParcelStaysDrawn()
    {
        QFETCH(QString, source);
        if (source == QLatin1String("osm"))
            ZHILI_REQUIRE_SHARED_DATA();
        auto cache = source == QLatin1String("osm") ? osmCache(QStringLiteral("fid-osm.gpkg"))
                                                    : wigglyCache(QStringLiteral("fid-wiggly.gpkg"));
        setLandMuToFid(*cache);
        const auto detail = ParcelStore::load(*cache);
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);
        const MapSettings full = fullView(*detail);
        const QImage a = drawByFid(detail, full), b = drawByFid(overview, full);
        const QSet<QRgb> shown = colorsIn(a), kept = colorsIn(b);
        for (QRgb c : shown)
            QVERIFY2(kept.contains(c),
                     qPrintable(QStringLiteral("parcel fid %1 vanished").arg(c & 0xFFFFFF)));
        const double share = identicalShare(a, b);
        qInfo("fills only: %.2f %% of the pixels identical, %d parcels drawn", share * 100,
              int(shown.size()) - 1);
        QVERIFY(share >= 0.99);
    }

    void sceneDrawsOverviewOnlyAtCoarseScales()
    {
        auto cache = wigglyCache(QStringLiteral("scales.gpkg"));
        MapScene scene;
        scene.load(*cache);
        const auto detail = std::const_pointer_cast<ParcelStore>(scene.parcelStore());
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);

        SceneData data;
        data.parcels = detail;
        QVERIFY(data.parcelsToDraw(fullView(*detail)) == detail); // no overview: always the detail
        data.overview = overview;
        data.overviewTolerance = tolerance;
        QVERIFY(data.parcelsToDraw(fullView(*detail)) == overview);
        QVERIFY(data.parcelsToDraw(zoomedView(*detail)) == detail);
        // On a 2× screen the full extent's device pixels are too fine for it.
        QVERIFY(data.parcelsToDraw(fullView(*detail, 2)) == detail);

        // Zoomed in, the scene draws exactly what it draws without an overview.
        const MapSettings zoomed = zoomedView(*detail);
        scene.setOverview(overview, tolerance);
        const QImage with = RenderJob::renderImage(scene, zoomed);
        scene.setOverview(nullptr, 0);
        QVERIFY(!scene.overviewStore());
        QCOMPARE(RenderJob::renderImage(scene, zoomed), with);
        // An overview of another store is refused.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("does not match"));
        scene.setOverview(
            ParcelStore::load(*test::makeTestCache(m_dir.filePath(QStringLiteral("other.gpkg")))), tolerance);
        QVERIFY(!scene.overviewStore());
        // A new load drops the overview of the old store.
        scene.setOverview(overview, tolerance);
        scene.load(*cache);
        QVERIFY(!scene.overviewStore());
    }

    void editShowsInBoth()
    {
        auto cache = wigglyCache(QStringLiteral("edit.gpkg"));
        MapScene scene;
        scene.load(*cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        scene.setLayerVisible(LayerKind::Districts, false);
        const auto detail = std::const_pointer_cast<ParcelStore>(scene.parcelStore());
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);
        scene.setOverview(overview, tolerance);
        const MapSettings full = fullView(*detail), zoomed = zoomedView(*detail);
        // A parcel in the middle of the zoomed view, not yet bio.
        const QPointF centre(zoomed.extent().centerX(), zoomed.extent().centerY());
        const qint64 fid = scene.parcelAtMap(centre.x(), centre.y());
        QVERIFY(fid > 0);
        const int i = detail->indexOf(fid);
        const QString bio = QStringLiteral("bio");
        const int bioIndex = int(detail->ecosystemKeys().indexOf(bio)) + 1;
        const QString key = detail->ecosystemIndex(i) == bioIndex ? QStringLiteral("iot") : bio;
        RenderJob::renderImage(scene, full); // cached: the edit is then patched into the cached image
        cache->db().exec(
            QStringLiteral("UPDATE parcels SET ecosystem = '%1' WHERE fid = %2").arg(key).arg(fid));
        scene.parcelChanged(fid);
        const int want = int(detail->ecosystemKeys().indexOf(key)) + 1;
        QCOMPARE(int(detail->ecosystemIndex(i)), want);
        QCOMPARE(int(overview->ecosystemIndex(i)), want);
        const QColor wantColor = scene.ecosystemColor(key);
        const QPointF inside = detail->interiorPoint(i);
        for (const MapSettings &view : {full, zoomed}) {
            const QImage img = RenderJob::renderImage(scene, view);
            const QPointF px = view.toPixel(inside.x(), inside.y());
            QCOMPARE(img.pixelColor(int(px.x()), int(px.y())), wantColor);
        }
    }

    void sceneOpensFromTheOverviewPages()
    {
        auto cache = wigglyCache(QStringLiteral("pages.gpkg"));
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache), 64);
        MapScene reference; // the detail, as before
        reference.load(*cache);
        MapScene scene;
        const qint64 detailPages = ParcelStoreCache::pagesDecoded();
        QVERIFY(scene.loadOverview(*cache));
        QVERIFY(!scene.hasDetail());
        QVERIFY(scene.overviewStore() && scene.parcelStore() == scene.overviewStore());
        QCOMPARE(scene.parcelCount(), reference.parcelCount());
        QCOMPARE(scene.fullExtent(), reference.fullExtent());
        for (MapScene *s : {&reference, &scene}) {
            s->setLayerVisible(LayerKind::Labels, false);
            s->setLayerVisible(LayerKind::Districts, false);
        }
        const auto detail = std::const_pointer_cast<ParcelStore>(reference.parcelStore());
        const MapSettings full = fullView(*detail), zoomed = zoomedView(*detail);
        QVERIFY(scene.drawsOverview(full));
        QVERIFY(!scene.drawsOverview(zoomed));
        const QImage first = RenderJob::renderImage(scene, full);
        QCOMPARE(ParcelStoreCache::pagesDecoded(), detailPages); // the first map read no detail page
        const QImage exact = RenderJob::renderImage(reference, full);
        const double near = identicalShare(exact, first, 32);
        qInfo("first map from the overview pages: %.2f %% of the pixels within 32 per channel", near * 100);
        QVERIFY2(near >= 0.99, qPrintable(QString::number(near)));

        // The detail arrives (read before an edit made meanwhile): the edit is kept, zoomed views and hit
        // tests are the detail's.
        const auto late = ParcelStoreCache::read(*cache);
        QVERIFY(late);
        const QPointF centre(zoomed.extent().centerX(), zoomed.extent().centerY());
        const qint64 fid = reference.parcelAtMap(centre.x(), centre.y());
        QVERIFY(fid > 0);
        cache->db().exec(QStringLiteral("UPDATE parcels SET land_mu = 4321 WHERE fid = %1").arg(fid));
        scene.parcelChanged(fid);
        reference.parcelChanged(fid);
        QVERIFY(scene.setDetail(late));
        QVERIFY(scene.hasDetail());
        QVERIFY(scene.parcelStore() == late);
        QVERIFY(scene.overviewStore()); // kept for the coarse views
        QCOMPARE(late->landMu(late->indexOf(fid)), 4321.0f);
        QVERIFY(!scene.setDetail(ParcelStoreCache::read(*cache))); // once
        QVERIFY(!scene.drawsOverview(zoomed));
        QCOMPARE(RenderJob::renderImage(scene, zoomed), RenderJob::renderImage(reference, zoomed));
        for (int k = 0; k < 50; ++k) {
            const double x = detail->extent().minX + detail->extent().width() * noise(k, 1, 9),
                         y = detail->extent().minY + detail->extent().height() * noise(k, 2, 9);
            QCOMPARE(scene.parcelAtMap(x, y), reference.parcelAtMap(x, y));
        }
    }

    void labelsWaitForTheDetailWhenTheOverviewHasNoTexts()
    {
        // The window's first map reads the overview without codes (RenderPageCodec::Texts::Skip): labels are
        // blank until the detail comes, then the same as a scene loaded whole.
        auto cache = wigglyCache(QStringLiteral("labels.gpkg"));
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache), 64);
        MapScene reference, scene, withTexts;
        reference.load(*cache);
        QVERIFY(scene.loadOverview(*cache, RenderPageCodec::Texts::Skip));
        QVERIFY(withTexts.loadOverview(*cache));
        for (MapScene *s : {&reference, &scene, &withTexts})
            for (const MapLayer &l : s->layers()) {
                LayerStyle st = l.style;
                st.visible = l.kind == LayerKind::Labels;
                st.maxScale = 0; // label whatever fits, as zhili-cli render --layers labels
                s->setLayerStyle(l.kind, st);
            }
        const MapSettings zoomed = zoomedView(*reference.parcelStore());
        auto labelled = [&](MapScene &s) {
            const QImage with = RenderJob::renderImage(s, zoomed);
            s.setLayerVisible(LayerKind::Labels, false);
            const QImage without = RenderJob::renderImage(s, zoomed);
            s.setLayerVisible(LayerKind::Labels, true);
            return with != without;
        };
        QVERIFY(labelled(reference));
        QVERIFY(labelled(withTexts)); // read with its texts (the CLI when labels are asked for)
        QVERIFY(!labelled(scene));
        QVERIFY(scene.setDetail(ParcelStoreCache::read(*cache)));
        QVERIFY(labelled(scene));
        QCOMPARE(RenderJob::renderImage(scene, zoomed), RenderJob::renderImage(reference, zoomed));
    }

    void noOverviewPagesNoOverviewScene()
    {
        auto cache = wigglyCache(QStringLiteral("nopages.gpkg"));
        MapScene scene;
        QVERIFY(!scene.loadOverview(*cache)); // nothing persisted: the caller loads the detail
        QVERIFY(!scene.isLoaded());
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        cache->db().exec(QStringLiteral("UPDATE parcels SET geom = geom WHERE fid = 1"));
        QVERIFY(!scene.loadOverview(*cache)); // stale
    }

    void tinyParcelsNeverVanish()
    {
        // Over a 4 km extent (tolerance ≈ 1 m): specks, slivers thinner than a millimetre, needle-thin
        // triangles, a parcel whose small hole collapses, and a two-ring parcel whose second ring is a speck.
        auto cache = GeoPackageCache::create(m_dir.filePath(QStringLiteral("tiny.gpkg")));
        QList<qint64> specks, needles;
        qint64 holed = 0, twoParts = 0;
        {
            SqliteTransaction tx(cache->db());
            int serial = 0;
            auto add = [&](const QList<QList<QPointF>> &rings) {
                test::PolygonParcel p;
                p.code = QStringLiteral("T-%1").arg(++serial);
                p.rings = rings;
                p.ecosystem = QStringLiteral("iot");
                return test::insertPolygonParcel(*cache, p);
            };
            add({test::rectRing(kX, kY, kX + 4000, kY + 1)}); // sets the extent
            add({test::rectRing(kX, kY + 3000, kX + 1, kY + 3001)});
            for (int k = 0; k < 40; ++k) {
                const double x = kX + 100 + k * 95, y = kY + 500 + (k % 7) * 300;
                specks << add({test::rectRing(x, y, x + 0.01 * (k + 1), y + 0.01 * (k + 1))});
                add({test::rectRing(x, y + 100, x + 30, y + 100.0005)}); // horizontal sliver
                needles << add({{{x, y + 200}, {x + 20, y + 220}, {x + 20.0004, y + 220}, {x, y + 200}}});
            }
            holed = add({test::rectRing(kX + 1000, kY + 1500, kX + 1100, kY + 1600),
                         test::rectRing(kX + 1050, kY + 1550, kX + 1050.2, kY + 1550.2)});
            twoParts = add({test::rectRing(kX + 2000, kY + 1500, kX + 2100, kY + 1600),
                            test::rectRing(kX + 2300, kY + 1500, kX + 2300.1, kY + 1500.1)});
            tx.commit();
        }
        setLandMuToFid(*cache);
        const auto detail = ParcelStore::load(*cache);
        QCOMPARE(detail->size(), 2 + 3 * 40 + 2);
        const double tolerance = ParcelStoreGeneraliser::defaultTolerance(*detail);
        QVERIFY(tolerance > 0.9 && tolerance < 1.1);
        const auto overview = ParcelStoreGeneraliser::generalise(*detail, tolerance);
        const float *c = overview->coords();
        // Box and doubled area of one overview ring, local units.
        auto ringShape = [&](quint32 r, double *w, double *h) {
            double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300, area2 = 0;
            for (quint32 p = overview->pointBegin(r), q = overview->pointEnd(r) - 1;
                 p < overview->pointEnd(r); q = p++) {
                x0 = std::min<double>(x0, c[2 * p]);
                x1 = std::max<double>(x1, c[2 * p]);
                y0 = std::min<double>(y0, c[2 * p + 1]);
                y1 = std::max<double>(y1, c[2 * p + 1]);
                area2 += double(c[2 * q]) * c[2 * p + 1] - double(c[2 * p]) * c[2 * q + 1];
            }
            *w = x1 - x0;
            *h = y1 - y0;
            return std::abs(area2) / 2;
        };
        // Every parcel keeps at least one ring of 3 points or more with an area.
        for (int i = 0; i < overview->size(); ++i) {
            QVERIFY(overview->ringEnd(i) > overview->ringBegin(i));
            for (quint32 r = overview->ringBegin(i); r < overview->ringEnd(i); ++r) {
                double w, h;
                QVERIFY(overview->pointEnd(r) - overview->pointBegin(r) >= 3);
                QVERIFY(ringShape(r, &w, &h) > 0);
            }
        }
        // A speck becomes a square one tolerance wide; a needle a strip one tolerance wide along it (not its
        // 20 × 20 m box).
        for (qint64 fid : specks) {
            double w, h;
            const double area = ringShape(overview->ringBegin(overview->indexOf(fid)), &w, &h);
            QVERIFY(w >= 0.99 * tolerance && h >= 0.99 * tolerance);
            QVERIFY(area >= 0.98 * tolerance * tolerance);
        }
        for (qint64 fid : needles) {
            double w, h;
            const double area = ringShape(overview->ringBegin(overview->indexOf(fid)), &w, &h);
            QVERIFY2(area > 20 * tolerance && area < 40 * tolerance, qPrintable(QString::number(area)));
        }
        const int hi = overview->indexOf(holed), ti = overview->indexOf(twoParts);
        QCOMPARE(detail->ringEnd(hi) - detail->ringBegin(hi), 2u);
        QCOMPARE(overview->ringEnd(hi) - overview->ringBegin(hi), 1u); // the collapsed hole went
        QCOMPARE(overview->ringEnd(ti) - overview->ringBegin(ti), 2u); // the speck of a ring stayed
        // At full extent every parcel the detail render shows is shown by the overview render.
        const MapSettings full = fullView(*detail);
        const QSet<QRgb> shown = colorsIn(drawByFid(detail, full)),
                         kept = colorsIn(drawByFid(overview, full));
        QVERIFY(shown.size() >= 40 + 1); // the specks (drawn as minimum symbols) and the background
        for (QRgb rgb : shown)
            QVERIFY2(kept.contains(rgb),
                     qPrintable(QStringLiteral("parcel fid %1 vanished").arg(rgb & 0xFFFFFF)));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
