// Map engine: pixels under parcels, themes, extent clipping, labels (control image), class breaks, hit
// testing, cancellation, partial re-render after an edit, theme classes after an edit, the GeoTIFF basemap
// and the persisted render cache. Fixed sizes at 96 DPI; expected values by hand or SQL.
#include "cache/geopackagecache.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "layers/classification.h"
#include "polygonparcels.h"
#include "render/districtlabels.h"
#include "render/halotext.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "render/renderjob.h"
#include "sanitizers.h"
#include "storecomparison.h"
#include "testraster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace zhili;

namespace {

constexpr double kX = 500000, kY = 3300000; // fixture origin (EPSG:4549)

using Fixture = test::PolygonParcel;
using test::insertPolygonParcel;
using test::rectRing;

QColor pixel(const QImage &img, const MapSettings &s, double x, double y)
{
    const QPointF p = s.toPixel(x, y);
    return img.pixelColor(int(std::floor(p.x())), int(std::floor(p.y())));
}

QString sqlColor(GeoPackageCache &cache, const QString &key)
{
    auto st = cache.db().prepare(QStringLiteral("SELECT color FROM zhili_ecosystems WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

/// A copy of the fixture cache (so edits do not leak into other tests).
std::unique_ptr<GeoPackageCache> copyOf(GeoPackageCache &cache, const QString &path)
{
    cache.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile::remove(path);
    if (!QFile::copy(cache.path(), path))
        return {};
    return GeoPackageCache::open(path);
}

// Loads `cache` into `scene` with the labels and district outlines hidden: what is drawn is the parcels
// alone.
void loadParcelsOnly(MapScene &scene, GeoPackageCache &cache)
{
    scene.load(cache);
    scene.setLayerVisible(LayerKind::Labels, false);
    scene.setLayerVisible(LayerKind::Districts, false);
}

} // namespace

class TestMapRender : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;
    QList<Fixture> m_grid; // 3 × 3 squares of 100 m sharing borders
    QList<qint64> m_gridFid;
    qint64 m_holeFid = 0;
    qint64 m_farFid = 0;
    // 1 m per pixel over the grid and the holed parcel.
    MapSettings gridSettings() const
    {
        Envelope e;
        e.include(kX - 50, kY - 50);
        e.include(kX + 750, kY + 350);
        return MapSettings(e, QSize(800, 400), 96);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = GeoPackageCache::create(m_dir.filePath(QStringLiteral("fixture.gpkg")));
        const QStringList ecos = {"iot", "bio", "equip", "mat", "energy", "", "iot", "bio", "equip"};
        SqliteTransaction tx(m_cache->db());
        for (int k = 0; k < 9; ++k) {
            const int c = k % 3, r = k / 3;
            Fixture f;
            f.code = QStringLiteral("G-%1").arg(k);
            f.rings = {rectRing(kX + c * 100, kY + r * 100, kX + (c + 1) * 100, kY + (r + 1) * 100)};
            f.ecosystem = ecos[k];
            f.land = 10.0 * (k + 1); // 10 … 90 亩
            f.energy = 100.0 * (k + 1);
            f.finance = (k + 1) * (k + 1);
            f.enterprise = QStringLiteral("杭州企业%1").arg(k);
            m_grid << f;
            m_gridFid << insertPolygonParcel(*m_cache, f);
        }
        // 300 × 300 m with an empty 100 × 100 m hole in the middle.
        Fixture hole;
        hole.code = QStringLiteral("HOLE");
        hole.rings = {rectRing(kX + 400, kY, kX + 700, kY + 300),
                      rectRing(kX + 500, kY + 100, kX + 600, kY + 200)};
        hole.ecosystem = QStringLiteral("energy");
        hole.enterprise = QStringLiteral("绿色能源园");
        m_holeFid = insertPolygonParcel(*m_cache, hole, QStringLiteral("滨江区"));
        Fixture far;
        far.code = QStringLiteral("FAR");
        far.rings = {rectRing(kX + 10000, kY + 10000, kX + 10100, kY + 10100)};
        far.ecosystem = QStringLiteral("mat");
        m_farFid = insertPolygonParcel(*m_cache, far, QStringLiteral("余杭区"));
        tx.commit();
    }

    void ecosystemColours()
    {
        MapScene scene;
        scene.load(*m_cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        // District names sit on the grid centre; they have a test of their own.
        scene.setLayerVisible(LayerKind::Districts, false);
        const MapSettings s = gridSettings();
        const QImage img = RenderJob::renderImage(scene, s);
        QCOMPARE(img.size(), QSize(800, 400));
        img.save(QStringLiteral(ZHILI_BINARY_DIR "/tests/maps/ecosystem.png"));
        for (int k = 0; k < 9; ++k) {
            const QString expected = m_grid[k].ecosystem.isEmpty() ? QStringLiteral("#c8c8c8")
                                                                   : sqlColor(*m_cache, m_grid[k].ecosystem);
            const int c = k % 3, r = k / 3;
            QCOMPARE(pixel(img, s, kX + c * 100 + 50, kY + r * 100 + 50).name(), expected);
            // Near the corners too (inside by 5 m = 5 px, clear of the outline).
            QCOMPARE(pixel(img, s, kX + c * 100 + 5, kY + r * 100 + 95).name(), expected);
        }
        // The holed parcel: its ring is energy green, the hole shows the white background.
        QCOMPARE(pixel(img, s, kX + 450, kY + 150).name(), sqlColor(*m_cache, QStringLiteral("energy")));
        QCOMPARE(pixel(img, s, kX + 550, kY + 150).name(), QStringLiteral("#ffffff"));
        // Between the grid and the holed parcel: background.
        QCOMPARE(pixel(img, s, kX + 350, kY + 150).name(), QStringLiteral("#ffffff"));
    }

    void themeColours_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<double>>("values");
        QList<double> land, energy, finance;
        for (int k = 0; k < 9; ++k) {
            land << 10.0 * (k + 1);
            energy << 100.0 * (k + 1);
            finance << double((k + 1) * (k + 1));
        }
        QTest::newRow("land") << int(LayerKind::LandTheme) << land;
        QTest::newRow("energy") << int(LayerKind::EnergyTheme) << energy;
        QTest::newRow("finance") << int(LayerKind::FinanceTheme) << finance;
    }

    void themeColours()
    {
        QFETCH(int, kind);
        QFETCH(QList<double>, values);
        const LayerKind theme = LayerKind(kind);
        MapScene scene;
        loadParcelsOnly(scene, *m_cache);
        LayerStyle st = scene.layer(theme).style;
        st.method = ClassificationMethod::EqualInterval;
        st.classCount = 3;
        scene.setLayerStyle(theme, st);
        scene.setFillLayer(theme);
        // Equal interval by hand: three equal steps between the smallest and largest positive value.
        const double lo = values.first(), hi = values.last();
        const std::vector<double> expectedBreaks = {lo + (hi - lo) / 3, lo + 2 * (hi - lo) / 3, hi};
        const std::vector<double> breaks = scene.classBreaks(theme);
        QCOMPARE(breaks.size(), size_t(3));
        for (int i = 0; i < 3; ++i)
            QVERIFY(qFuzzyCompare(breaks[i], expectedBreaks[i]));
        const QList<QColor> palette = sequentialPalette(st.palette, 3);
        const MapSettings s = gridSettings();
        const QImage img = RenderJob::renderImage(scene, s);
        img.save(QStringLiteral(ZHILI_BINARY_DIR "/tests/maps/theme_%1.png").arg(layerKey(theme)));
        for (int k = 0; k < 9; ++k) {
            const double v = values[k];
            const int cls = v <= expectedBreaks[0] ? 0 : v <= expectedBreaks[1] ? 1 : 2;
            const int c = k % 3, r = k / 3;
            QCOMPARE(pixel(img, s, kX + c * 100 + 50, kY + r * 100 + 50).name(), palette[cls].name());
        }
        // The holed parcel has no allocation: the no-data colour.
        QCOMPARE(pixel(img, s, kX + 450, kY + 150).name(), st.noDataColor.name());
        // Legend: three classes plus "none", counts add up to the parcels (11).
        const QList<LegendEntry> legend = scene.legend(theme);
        QCOMPARE(legend.size(), 4);
        qint64 total = 0;
        for (const LegendEntry &e : legend)
            total += e.count;
        QCOMPARE(total, qint64(11));
        qint64 firstClass = 0;
        for (double v : values)
            firstClass += v <= expectedBreaks[0] ? 1 : 0;
        QCOMPARE(legend[0].count, firstClass);
        QCOMPARE(legend[3].count, qint64(2)); // HOLE and FAR have no allocation
    }

    void smallParcelsKeepAMinimumSymbol_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::addColumn<int>("side");
        // 0.8 mm: 3.02 px at 96 dpi; 9.4 px at 300 dpi, capped at 8.
        QTest::newRow("screen") << 96.0 << 3;
        QTest::newRow("sheet 300 dpi") << 300.0 << 8;
    }
    void smallParcelsKeepAMinimumSymbol()
    {
        QFETCH(double, dpi);
        QFETCH(int, side);
        MapScene scene;
        scene.load(*m_cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        scene.setLayerVisible(LayerKind::Districts, false);
        // 200 m per pixel: the isolated 100 m parcel FAR would be half a pixel, a speck nobody sees.
        const double cx = kX + 10050, cy = kY + 10050;
        Envelope e;
        e.include(cx - 200 * 40, cy - 200 * 20);
        e.include(cx + 200 * 40, cy + 200 * 20);
        const MapSettings s(e, QSize(80, 40), dpi);
        for (bool vector : {false, true}) {
            QImage img(80, 40, QImage::Format_ARGB32_Premultiplied);
            if (vector) { // the PDF/SVG path (QPicture records paths as they do), played back
                QPicture picture;
                {
                    QPainter p(&picture);
                    RenderJob::render(scene, s, &p);
                }
                img.fill(Qt::white);
                QPainter p(&img);
                picture.play(&p);
            } else {
                img = RenderJob::renderImage(scene, s);
            }
            const QColor mat(sqlColor(*m_cache, QStringLiteral("mat")));
            const QPoint c = s.toPixel(QPointF(cx, cy)).toPoint();
            int painted = 0;
            for (int y = c.y() - 10; y <= c.y() + 10; ++y)
                for (int x = c.x() - 10; x <= c.x() + 10; ++x)
                    painted += img.pixelColor(x, y) == mat;
            QVERIFY2(std::abs(painted - side * side) <= (vector ? 2 * side : 0),
                     qPrintable(QStringLiteral("%1 pixels, vector %2").arg(painted).arg(vector)));
        }
    }

    void crowdedDistrictNamesDoNotOverlap()
    {
        // Three districts whose names would print over each other: the largest is placed first, the ones it
        // would overlap are left out; far apart, all are placed.
        auto square = [](const QString &name, double x, double side) {
            DistrictShape d;
            d.name = name;
            d.labelPoint = QPointF(x, kY);
            d.area = side * side;
            return d;
        };
        const QList<DistrictShape> districts = {square(QStringLiteral("上城区"), kX, 1000),
                                                square(QStringLiteral("西湖区"), kX + 300, 3000),
                                                square(QStringLiteral("滨江区"), kX + 5000, 2000)};
        const QFont font = mapLabelFont(14, true);
        Envelope e;
        e.include(kX - 10000, kY - 5000);
        e.include(kX + 10000, kY + 5000);
        // 25 m per pixel: 上城区 and 西湖区 are 12 px apart, closer than a name is wide; 滨江区 is 200 px
        // away.
        const QList<DistrictLabels::Placed> placed =
            DistrictLabels::place(districts, MapSettings(e, QSize(800, 400), 96), font, 2);
        QCOMPARE(placed.size(), 2);
        QCOMPARE(placed[0].district->name, QStringLiteral("西湖区"));
        QCOMPARE(placed[1].district->name, QStringLiteral("滨江区"));
        QVERIFY(!placed[0].box.intersects(placed[1].box));
        // Zoomed in to 1 m per pixel, all three fit.
        Envelope near;
        near.include(kX - 400, kY - 200);
        near.include(kX + 5400, kY + 200);
        QCOMPARE(DistrictLabels::place(districts, MapSettings(near, QSize(5800, 400), 96), font, 2).size(),
                 3);
    }

    void parcelOutsideExtentDoesNotAppear()
    {
        MapScene scene;
        loadParcelsOnly(scene, *m_cache);
        // Just east of FAR (which ends at +10100): nothing may be drawn.
        Envelope e;
        e.include(kX + 10102, kY + 10000);
        e.include(kX + 10302, kY + 10100);
        const MapSettings s(e, QSize(200, 100), 96);
        const QImage img = RenderJob::renderImage(scene, s).convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                QCOMPARE(img.pixel(x, y), qRgb(255, 255, 255));
        // Shifted to include FAR's east half: its colour appears there.
        Envelope e2;
        e2.include(kX + 10050, kY + 10000);
        e2.include(kX + 10250, kY + 10100);
        const MapSettings s2(e2, QSize(200, 100), 96);
        const QImage img2 = RenderJob::renderImage(scene, s2);
        QCOMPARE(pixel(img2, s2, kX + 10075, kY + 10050).name(), sqlColor(*m_cache, QStringLiteral("mat")));
        QCOMPARE(pixel(img2, s2, kX + 10150, kY + 10050).name(), QStringLiteral("#ffffff"));
    }

    void chineseLabelsMatchControl()
    {
        MapScene scene;
        scene.load(*m_cache);
        scene.setLayerVisible(LayerKind::Districts, false);
        LayerStyle ls = scene.layer(LayerKind::Labels).style;
        ls.visible = true;
        ls.maxScale = 0;
        ls.labelField = LabelField::Enterprise;
        ls.labelSizePt = 9;
        scene.setLayerStyle(LayerKind::Labels, ls);
        const MapSettings s = gridSettings();
        const QImage img = RenderJob::renderImage(scene, s).convertToFormat(QImage::Format_RGB32);
        const QString out = QStringLiteral(ZHILI_BINARY_DIR "/tests/maps/labels_zh.png");
        img.save(out);
        // Text was drawn: dark pixels (the label colour) inside G-0 (pixels 50–150 × 250–350), otherwise
        // blue.
        int dark = 0;
        for (int y = 250; y < 350; ++y)
            for (int x = 50; x < 150; ++x)
                dark += qGray(img.pixel(x, y)) < 110 ? 1 : 0;
        QVERIFY2(dark > 30, qPrintable(QStringLiteral("only %1 dark pixels: no label drawn?").arg(dark)));

        const QString control = QStringLiteral(ZHILI_TEST_DATA "/control/labels_zh.png");
        if (qEnvironmentVariableIsSet("ZHILI_UPDATE_CONTROL")) {
            QVERIFY(img.save(control));
            QSKIP("control image updated");
        }
        const QImage ref = QImage(control).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!ref.isNull(), "control image missing: run with ZHILI_UPDATE_CONTROL=1 and look at it");
        QCOMPARE(ref.size(), img.size());
        // Tolerance: a channel may differ by 48 (antialiasing, hinting), and 0.5 % of pixels may differ more.
        QImage diff(img.size(), QImage::Format_RGB32);
        diff.fill(Qt::white);
        int bad = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb a = img.pixel(x, y), b = ref.pixel(x, y);
                const int d = std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                                        std::abs(qBlue(a) - qBlue(b))});
                if (d > 48) {
                    ++bad;
                    diff.setPixel(x, y, qRgb(255, 0, 0));
                }
            }
        if (bad > img.width() * img.height() / 200) {
            const QString d = QStringLiteral(ZHILI_BINARY_DIR "/tests/maps/labels_zh_diff.png");
            diff.save(d);
            QFAIL(qPrintable(
                QStringLiteral("%1 pixels differ from %2; see %3 and %4").arg(bad).arg(control, out, d)));
        }
    }

    void classBreaksByHand()
    {
        // Hand-computed on {1,2,3,10,11,12,13,30,31,32}, three classes:
        //  equal interval: (32-1)/3 = 10.333 → 11.333, 21.667, 32;
        //  quantile: upper bounds at ranks ceil(10/3)=4, ceil(20/3)=7, 10 → 10, 13, 32;
        //  Jenks: {1,2,3} {10..13} {30..32}, within-class SS 2+5+2 = 9, the minimum → 3, 13, 32.
        const std::vector<double> v = {13, 1, 31, 2, 10, 3, 30, 11, 32, 12};
        const auto eq = Classification::equalInterval(v, 3);
        QCOMPARE(eq.size(), size_t(3));
        QVERIFY(std::abs(eq[0] - (1 + 31.0 / 3)) < 1e-9);
        QVERIFY(std::abs(eq[1] - (1 + 62.0 / 3)) < 1e-9);
        QCOMPARE(eq[2], 32.0);
        QCOMPARE(Classification::quantile(v, 3), (std::vector<double>{10, 13, 32}));
        QCOMPARE(Classification::naturalBreaks(v, 3), (std::vector<double>{3, 13, 32}));
        // Two classes by Jenks: {1..13} vs {30..32}.
        QCOMPARE(Classification::naturalBreaks(v, 2), (std::vector<double>{13, 32}));
        // Fewer distinct values than classes: one bound per value.
        QCOMPARE(Classification::naturalBreaks({5, 5, 7}, 4), (std::vector<double>{5, 7}));
        QCOMPARE(Classification::classOf({3, 13, 32}, 3), 0);
        QCOMPARE(Classification::classOf({3, 13, 32}, 3.5), 1);
        QCOMPARE(Classification::classOf({3, 13, 32}, 40), 2);
    }

    void hitTesting()
    {
        MapScene scene;
        scene.load(*m_cache);
        const MapSettings s = gridSettings(); // 1 m per pixel
        auto at = [&](double x, double y) { return scene.parcelAt(s, s.toPixel(x, y), 3); };
        QCOMPARE(at(kX + 50, kY + 50), m_gridFid[0]);
        // Shared border between G-0 (left) and G-1 at x = +100: 0.2 m each side picks the parcel it is in,
        // even though the neighbour is within the 3-pixel tolerance.
        QCOMPARE(at(kX + 99.8, kY + 50), m_gridFid[0]);
        QCOMPARE(at(kX + 100.2, kY + 50), m_gridFid[1]);
        QCOMPARE(at(kX + 150, kY + 199.8), m_gridFid[4]);
        QCOMPARE(at(kX + 150, kY + 200.2), m_gridFid[7]);
        // In the hole: nothing, unless within tolerance of the hole's edge.
        QCOMPARE(at(kX + 550, kY + 150), qint64(-1));
        QCOMPARE(at(kX + 501.5, kY + 150), m_holeFid);
        QCOMPARE(scene.parcelAtMap(kX + 550, kY + 150, 0), qint64(-1));
        QCOMPARE(scene.parcelAtMap(kX + 450, kY + 150, 0), m_holeFid);
        // Outside everything: within tolerance of the outer edge → that parcel; farther → none.
        QCOMPARE(at(kX - 2, kY + 50), m_gridFid[0]);
        QCOMPARE(at(kX - 10, kY + 50), qint64(-1));
        // Rectangle selection: a box over the G-0/G-1 border and nothing else.
        Envelope r;
        r.include(kX + 90, kY + 40);
        r.include(kX + 110, kY + 60);
        QList<qint64> got = scene.parcelsIn(r);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, (QList<qint64>{m_gridFid[0], m_gridFid[1]}));
        // A box entirely inside the hole touches no parcel even though it is inside the holed parcel's box.
        Envelope h;
        h.include(kX + 520, kY + 120);
        h.include(kX + 580, kY + 180);
        QVERIFY(scene.parcelsIn(h).isEmpty());
    }

    void asyncJobMatchesBlockingRender()
    {
        MapScene scene;
        scene.load(*m_cache);
        const MapSettings s = gridSettings();
        const QImage blocking = RenderJob::renderImage(scene, s);
        scene.invalidateAll();
        RenderJob job(scene, s);
        QSignalSpy done(&job, &RenderJob::finished);
        job.start();
        QVERIFY(done.wait(10000));
        QVERIFY(!job.isCancelled());
        QCOMPARE(job.image(), blocking);
    }

    void editRerendersOnlyItsLayer()
    {
        // A copy of the fixture so the edit does not leak into other tests.
        const QString path = m_dir.filePath(QStringLiteral("edit.gpkg"));
        m_cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(QFile::copy(m_cache->path(), path));
        auto cache = GeoPackageCache::open(path);
        MapScene scene;
        scene.load(*cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        const MapSettings s = gridSettings();
        {
            RenderJob first(scene, s);
            first.start();
            first.waitForFinished();
            QCOMPARE(first.outcome(LayerKind::Parcels), RenderJob::LayerOutcome::Full);
            QCOMPARE(first.outcome(LayerKind::Districts), RenderJob::LayerOutcome::Full);
        }
        {
            RenderJob again(scene, s);
            again.start();
            again.waitForFinished();
            QCOMPARE(again.outcome(LayerKind::Parcels), RenderJob::LayerOutcome::Reused);
        }
        // G-5 (unassigned) becomes bio.
        cache->db().exec(
            QStringLiteral("UPDATE parcels SET ecosystem = 'bio' WHERE fid = %1").arg(m_gridFid[5]));
        scene.parcelChanged(m_gridFid[5]);
        RenderJob edited(scene, s);
        edited.start();
        edited.waitForFinished();
        QCOMPARE(edited.outcome(LayerKind::Parcels), RenderJob::LayerOutcome::Partial);
        QCOMPARE(edited.outcome(LayerKind::Districts), RenderJob::LayerOutcome::Reused);
        QCOMPARE(pixel(edited.image(), s, kX + 250, kY + 150).name(),
                 sqlColor(*cache, QStringLiteral("bio")));
        // The patched image equals a fresh full render of the edited cache.
        MapScene fresh;
        fresh.load(*cache);
        fresh.setLayerVisible(LayerKind::Labels, false);
        QCOMPARE(edited.image(), RenderJob::renderImage(fresh, s));
    }

    void cancelStopsPromptly()
    {
        if (test::kSanitized)
            QSKIP("timing test on 250 000 parcels: too slow and meaningless under ASan (the normal build "
                  "runs it)");
        // 250 000 parcels of 8 m on a 10 m pitch; drawn large so a full render takes a while.
        const QString path = m_dir.filePath(QStringLiteral("big.gpkg"));
        {
            auto cache = GeoPackageCache::create(path);
            SqliteTransaction tx(cache->db());
            auto st = cache->db().prepare(QStringLiteral(
                "INSERT INTO parcels (geom, uuid, code, district, area_m2, area_mu, area_ha, "
                "ecosystem, updated_at) VALUES (?, ?, ?, '西湖区', 64, 0.096, 0.0064, ?, 'x')"));
            const char *ecos[] = {"iot", "bio", "equip", "mat", "energy"};
            for (int i = 0; i < 500; ++i)
                for (int j = 0; j < 500; ++j) {
                    PolygonGeometry g;
                    const double x = kX + i * 10, y = kY + j * 10;
                    g.coords = {x, y, x + 8, y, x + 8, y + 8, x, y + 8, x, y};
                    g.ringOffsets = {0, 5};
                    g.polygonOffsets = {0, 1};
                    st.bindBlob(1, GpkgBlob::encode(cache->srsId(), g.envelope(), g.toWkbMultiPolygon()))
                        .bind(2, QStringLiteral("u%1-%2").arg(i).arg(j))
                        .bind(3, QStringLiteral("B-%1-%2").arg(i).arg(j))
                        .bind(4, QString::fromLatin1(ecos[(i + j) % 5]))
                        .run();
                }
            tx.commit();
        }
        auto cache = GeoPackageCache::open(path, true);
        MapScene scene;
        scene.load(*cache);
        scene.setLayerVisible(LayerKind::Labels, false);
        const MapSettings s(scene.fullExtent(), QSize(4000, 4000), 96);
        QElapsedTimer t;
        t.start();
        RenderJob full(scene, s);
        full.start();
        full.waitForFinished();
        const double fullMs = t.nsecsElapsed() / 1e6;
        scene.invalidateAll();

        // Cancel at the first progress report, then check how far the worker got: a job that ignored the
        // cancel would report its way to the end. Work done, not wall time, so a loaded CI machine
        // cannot make this flaky (timing is the benchmarks' job).
        RenderJob job(scene, s);
        QSignalSpy done(&job, &RenderJob::finished);
        int maxPercent = -1;
        connect(&job, &RenderJob::progress, &job, [&](int percent) {
            if (maxPercent < 0) {
                t.restart();
                job.cancel();
            }
            maxPercent = std::max(maxPercent, percent);
        });
        job.start();
        QVERIFY(done.wait(20000) || done.count() == 1);
        const double cancelMs = t.nsecsElapsed() / 1e6;
        qInfo("full render %.1f ms, finished %.1f ms after cancel, last progress %d%%", fullMs, cancelMs,
              maxPercent);
        QVERIFY(job.isCancelled());
        QVERIFY(job.image().isNull());
        QVERIFY2(maxPercent >= 0 && maxPercent < 60,
                 qPrintable(QStringLiteral("the worker went on to %1% after the cancel").arg(maxPercent)));
    }

    void blockingRenderOnPaintersAtAnyDpi()
    {
        MapScene scene;
        loadParcelsOnly(scene, *m_cache);
        Envelope e;
        e.include(kX - 50, kY - 50);
        e.include(kX + 750, kY + 350);
        // 300 DPI raster: the same extent at 3.125× the pixels; interiors keep their colours.
        const MapSettings s300(e, QSize(2500, 1250), 300);
        QImage img(s300.outputSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        {
            QPainter p(&img);
            RenderJob::render(scene, s300, &p);
        }
        QCOMPARE(pixel(img, s300, kX + 50, kY + 50).name(), sqlColor(*m_cache, QStringLiteral("iot")));
        QCOMPARE(pixel(img, s300, kX + 450, kY + 150).name(), sqlColor(*m_cache, QStringLiteral("energy")));
        QCOMPARE(pixel(img, s300, kX + 550, kY + 150).name(), QStringLiteral("#ffffff")); // hole

        // Vector output (QPicture records paths like PDF/SVG do), played back into an image.
        const MapSettings s96 = gridSettings();
        QPicture picture;
        {
            QPainter p(&picture);
            RenderJob::render(scene, s96, &p);
        }
        QImage played(s96.outputSize(), QImage::Format_ARGB32_Premultiplied);
        played.fill(Qt::white);
        {
            QPainter p(&played);
            picture.play(&p);
        }
        played.save(QStringLiteral(ZHILI_BINARY_DIR "/tests/maps/vector_playback.png"));
        for (int k = 0; k < 9; ++k) {
            const QString expected = m_grid[k].ecosystem.isEmpty() ? QStringLiteral("#c8c8c8")
                                                                   : sqlColor(*m_cache, m_grid[k].ecosystem);
            QCOMPARE(pixel(played, s96, kX + (k % 3) * 100 + 50, kY + (k / 3) * 100 + 50).name(), expected);
        }
        QCOMPARE(pixel(played, s96, kX + 550, kY + 150).name(), QStringLiteral("#ffffff"));
    }

    void regionLoadMatchesFullLoad()
    {
        // Only the parcels the GeoPackage R-tree puts in the view are read; the picture (labels and theme
        // classes included) is the same as with everything loaded.
        const MapSettings s = gridSettings();
        for (LayerKind fill : {LayerKind::Parcels, LayerKind::LandTheme}) {
            MapScene full, part;
            full.load(*m_cache);
            part.loadRegion(*m_cache, s.visibleExtent());
            QCOMPARE(full.parcelCount(), qint64(11));
            QCOMPARE(part.parcelCount(), qint64(10)); // FAR is not read
            for (MapScene *sc : {&full, &part}) {
                sc->setFillLayer(fill);
                LayerStyle ls = sc->layer(LayerKind::Labels).style;
                ls.maxScale = 0;
                sc->setLayerStyle(LayerKind::Labels, ls);
            }
            QCOMPARE(part.classBreaks(LayerKind::LandTheme), full.classBreaks(LayerKind::LandTheme));
            QCOMPARE(RenderJob::renderImage(part, s), RenderJob::renderImage(full, s));
        }
    }

    void themeClassesFollowEdits()
    {
        auto cache = copyOf(*m_cache, m_dir.filePath(QStringLiteral("themeedit.gpkg")));
        QVERIFY(cache);
        MapScene scene;
        loadParcelsOnly(scene, *cache);
        scene.setFillLayer(LayerKind::LandTheme);
        LayerStyle st = scene.layer(LayerKind::LandTheme).style;
        st.method = ClassificationMethod::EqualInterval;
        st.classCount = 3;
        scene.setLayerStyle(LayerKind::LandTheme, st);
        const std::vector<double> before = scene.classBreaks(LayerKind::LandTheme);
        QCOMPARE(before.back(), 90.0); // G-8 has the largest allocation
        const MapSettings s = gridSettings();
        RenderJob::renderImage(scene, s); // caches the theme layer image with the old classes
        // G-0 (10 亩) gets 900 亩: the equal intervals now run to 900 and G-8 (90 亩) drops to class 1.
        cache->db().exec(QStringLiteral("UPDATE parcels SET land_mu = 900 WHERE fid = %1").arg(m_gridFid[0]));
        QSignalSpy layers(&scene, &MapScene::layersChanged);
        scene.parcelChanged(m_gridFid[0]);
        QCOMPARE(layers.count(), 1);
        const std::vector<double> after = scene.classBreaks(LayerKind::LandTheme);
        QCOMPARE(after, Classification::compute(ClassificationMethod::EqualInterval,
                                                {900, 20, 30, 40, 50, 60, 70, 80, 90}, 3));
        QCOMPARE(after.back(), 900.0);
        const QList<LegendEntry> legend = scene.legend(LayerKind::LandTheme);
        QCOMPARE(legend[2].upper, 900.0);
        QCOMPARE(legend[2].count, 1);
        QCOMPARE(legend[0].count, 8);
        const QList<QColor> colors = scene.classColors(LayerKind::LandTheme);
        const QImage img = RenderJob::renderImage(scene, s);
        QCOMPARE(pixel(img, s, kX + 50, kY + 50).name(), colors[2].name());   // G-0, 900 亩
        QCOMPARE(pixel(img, s, kX + 250, kY + 250).name(), colors[0].name()); // G-8, 90 亩
        // An edit that leaves the classes alone keeps the partial redraw and the legend untouched.
        cache->db().exec(
            QStringLiteral("UPDATE parcels SET ecosystem = 'bio' WHERE fid = %1").arg(m_gridFid[5]));
        scene.parcelChanged(m_gridFid[5]);
        QCOMPARE(layers.count(), 1);
    }

    void basemapShowsThroughGaps()
    {
        // A 3-band GeoTIFF (4 m pixels) over x = 300…700 m, y = −50…350 m of the fixture, one solid colour.
        const QString tif = m_dir.filePath(QStringLiteral("basemap.tif"));
        QVERIFY(test::writeSolidGeoTiff(tif, 100, {kX + 300, 4, 0, kY + 350, 0, -4}, {30, 90, 200}));
        MapScene scene;
        loadParcelsOnly(scene, *m_cache);
        scene.setBasemap(tif);
        QCOMPARE(scene.layerPosition(LayerKind::Basemap), 0); // under everything
        const MapSettings s = gridSettings();
        const QImage img = RenderJob::renderImage(scene, s);
        const QString basemap = QColor(30, 90, 200).name();
        // No parcel: the basemap shows — between the grid and the holed parcel, and in the hole.
        QCOMPARE(pixel(img, s, kX + 350, kY + 150).name(), basemap);
        QCOMPARE(pixel(img, s, kX + 550, kY + 150).name(), basemap);
        // Parcels cover it with their exact colour; outside the raster the background stays white.
        QCOMPARE(pixel(img, s, kX + 450, kY + 150).name(), sqlColor(*m_cache, QStringLiteral("energy")));
        QCOMPARE(pixel(img, s, kX + 250, kY + 50).name(), sqlColor(*m_cache, m_grid[2].ecosystem));
        QCOMPARE(pixel(img, s, kX + 730, kY + 150).name(), QStringLiteral("#ffffff"));
        // Hidden basemap: the gap is background again.
        scene.setLayerVisible(LayerKind::Basemap, false);
        QCOMPARE(pixel(RenderJob::renderImage(scene, s), s, kX + 350, kY + 150).name(),
                 QStringLiteral("#ffffff"));
    }

    void renderCacheIsExactAndNeverStale()
    {
        auto cache = copyOf(*m_cache, m_dir.filePath(QStringLiteral("rendercache.gpkg")));
        QVERIFY(cache);
        QVERIFY(!ParcelStoreCache::read(*cache)); // nothing persisted yet
        auto loaded = ParcelStore::load(*cache);
        ParcelStoreCache::write(*cache, *loaded);
        auto restored = ParcelStoreCache::read(*cache);
        QVERIFY(restored);
        test::compareStores(*loaded, *restored);

        // An assignment edit (any client, plain SQL) is re-read for just that parcel.
        cache->db().exec(QStringLiteral("UPDATE parcels SET ecosystem = 'bio', land_mu = 123, enterprise = "
                                        "'新企业' WHERE fid = %1")
                             .arg(m_gridFid[5]));
        restored = ParcelStoreCache::read(*cache);
        QVERIFY(restored);
        test::compareStores(*ParcelStore::load(*cache), *restored);
        const int i = restored->indexOf(m_gridFid[5]);
        QCOMPARE(restored->ecosystemKeys().value(restored->ecosystemIndex(i) - 1), QStringLiteral("bio"));
        QCOMPARE(restored->landMu(i), 123.0f);
        QCOMPARE(restored->enterprise(i), QStringLiteral("新企业"));

        // A geometry change, a new parcel or a deleted one makes the copy stale until it is written again.
        const QString changes[] = {
            QStringLiteral(
                "UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE fid = %1) WHERE fid = %2")
                .arg(m_farFid)
                .arg(m_gridFid[0]),
            QStringLiteral("DELETE FROM parcels WHERE fid = %1").arg(m_gridFid[1]),
            QStringLiteral("UPDATE parcels SET district = '上城区' WHERE fid = %1").arg(m_gridFid[2])};
        for (const QString &sql : changes) {
            cache->db().exec(sql);
            QVERIFY2(!ParcelStoreCache::read(*cache), qPrintable(sql));
            auto fresh = ParcelStore::load(*cache);
            ParcelStoreCache::write(*cache, *fresh);
            restored = ParcelStoreCache::read(*cache);
            QVERIFY(restored);
            test::compareStores(*fresh, *restored);
        }
        Fixture extra;
        extra.code = QStringLiteral("NEW");
        extra.rings = {rectRing(kX + 900, kY, kX + 1000, kY + 100)};
        insertPolygonParcel(*cache, extra);
        QVERIFY(!ParcelStoreCache::read(*cache));
        // A recreated parcels table loses the triggers: the copy is not trusted either.
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        QVERIFY(ParcelStoreCache::read(*cache));
        cache->db().exec(QStringLiteral("DROP TRIGGER zhili_render_parcels_insert"));
        QVERIFY(!ParcelStoreCache::read(*cache));
        // Read-only connections read it too, and ZHILI_RENDER_CACHE=0 switches it off.
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        auto ro = GeoPackageCache::open(cache->path(), true);
        QVERIFY(ParcelStoreCache::read(*ro));
        qputenv("ZHILI_RENDER_CACHE", "0");
        QVERIFY(!ParcelStoreCache::read(*ro));
        qunsetenv("ZHILI_RENDER_CACHE");
    }

    void settingsWidenSymmetrically()
    {
        Envelope e;
        e.include(0, 0);
        e.include(100, 100);
        bool widened = false;
        const Envelope w = MapSettings::widenedToAspect(e, QSize(200, 100), &widened);
        QVERIFY(widened);
        QCOMPARE(w.minX, -50.0);
        QCOMPARE(w.maxX, 150.0);
        QCOMPARE(w.minY, 0.0);
        QCOMPARE(w.maxY, 100.0);
        MapSettings s(w, QSize(200, 100), 96);
        QVERIFY(!s.widenToAspect());
        QCOMPARE(s.mapUnitsPerPixel(), 1.0);
        // 1 m per pixel at 96 DPI: 1 px = 0.0254/96 m → 1:3779.5
        QVERIFY(std::abs(s.scaleDenominator() - 96 / 0.0254) < 1e-6);
        QCOMPARE(s.toPixel(-50, 100), QPointF(0, 0));
        QCOMPARE(s.toMap(QPointF(200, 100)), QPointF(150, 0));
        QCOMPARE(s.pixelsFromMm(25.4), 96.0);
    }
};

QTEST_MAIN(TestMapRender)
#include "tst_maprender.moc"
