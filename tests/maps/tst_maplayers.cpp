// The layer classes behind MapScene: legends count parcels per class, theme classes are cut lazily and
// follow manual breaks, a prepared render snapshot does not see later style changes, and the scene's stack
// holds one object per layer kind with the right capabilities.
#include "layers/ecosystemlayer.h"
#include "layers/labellayer.h"
#include "layers/selectionlayer.h"
#include "layers/themelayer.h"
#include "model/ecosystem.h"
#include "render/layerimagecache.h"
#include "render/layerrenderer.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/parcelstore.h"
#include "render/rendersnapshot.h"
#include "render/scenedata.h"
#include "testcache.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

namespace {

test::TestParcel parcel(const char *code, const char *eco, double landMu)
{
    test::TestParcel p;
    p.code = QString::fromUtf8(code);
    p.district = QStringLiteral("西湖区");
    p.assignment.ecosystem = QString::fromUtf8(eco);
    p.assignment.landMu = landMu;
    return p;
}

/// Three 100 × 100 m parcels (15 亩 each) along x from 515000, 50 m apart: A bio 10 亩 land, B bio 30, C
/// unassigned without land.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<GeoPackageCache> cache;
    SceneData data;

    Fixture()
    {
        cache = test::makeTestCache(dir.filePath(QStringLiteral("layers.gpkg")),
                                    {parcel("A", "bio", 10), parcel("B", "bio", 30), parcel("C", "", 0)});
        data.cache = cache.get();
        data.parcels = ParcelStore::load(*cache);
        const QList<Ecosystem> ecos = cache->ecosystems();
        for (const QString &key : data.parcels->ecosystemKeys())
            for (const Ecosystem &e : ecos)
                if (e.key == key) {
                    data.ecosystemColors << QColor(e.color);
                    data.ecosystemNames << e.nameZh;
                }
    }
};

const LegendEntry *row(const QList<LegendEntry> &rows, const QString &key)
{
    for (const LegendEntry &e : rows)
        if (e.key == key)
            return &e;
    return nullptr;
}

QImage draw(LayerRenderer &renderer, const MapSettings &settings)
{
    QImage img(settings.deviceSize(), QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(settings.devicePixelRatio());
    const TaskProgress task;
    const LayerRenderContext ctx{settings, task};
    const bool ok = renderer.renderRaster(ctx, img, {img.rect()}, qRgba(255, 255, 255, 255), true, 0, 100);
    return ok ? img : QImage();
}

} // namespace

class TestMapLayers : public QObject {
    Q_OBJECT
private slots:
    void ecosystemLegendCountsParcelsAndArea()
    {
        Fixture f;
        EcosystemLayer layer;
        const QList<LegendEntry> all = layer.legend(f.data, Envelope());
        const LegendEntry *bio = row(all, QStringLiteral("bio"));
        QVERIFY(bio);
        QCOMPARE(bio->count, qint64(2));
        QCOMPARE(qRound(bio->areaMu), 30);
        QCOMPARE(all.last().key, QString()); // unassigned comes last
        QCOMPARE(all.last().count, qint64(1));
        QCOMPARE(all.last().color, layer.style.noDataColor);
        // Only the first parcel's box meets this extent.
        Envelope first;
        first.include(515010, 3350010);
        first.include(515020, 3350020);
        const QList<LegendEntry> some = layer.legend(f.data, first);
        QCOMPARE(row(some, QStringLiteral("bio"))->count, qint64(1));
        QCOMPARE(some.last().count, qint64(0));
    }

    void themeClassesAreCutLazilyAndFollowManualBreaks()
    {
        Fixture f;
        ThemeLayer land(ThemeLayer::Land);
        QVERIFY(!land.hasClasses());
        const std::vector<double> cut = land.classBreaks(f.data);
        QVERIFY(land.hasClasses());
        QVERIFY(!cut.empty());
        QCOMPARE(cut.back(), 30.0); // the largest value closes the last class
        QVERIFY(land.resetClasses());
        QVERIFY(!land.resetClasses());

        const LayerStyle old = land.style;
        land.style.breaks = {20, 5}; // manual, unsorted
        land.styleChanged(old);
        QCOMPARE(land.classBreaks(f.data), (std::vector<double>{5, 20}));
        const QList<LegendEntry> legend = land.legend(f.data, Envelope());
        QCOMPARE(legend.size(), 3);           // two classes and "none"
        QCOMPARE(legend[0].count, qint64(0)); // nothing in (0, 5]
        QCOMPARE(legend[1].count, qint64(2)); // A: 10 亩 in (5, 20]; B (30) above the last bound joins it
        QCOMPARE(legend[1].lower, 5.0);
        QCOMPARE(legend[1].upper, 20.0);
        QCOMPARE(legend[2].count, qint64(1)); // C has no value
        QVERIFY(legend[1].label.endsWith(QStringLiteral("亩")));
        QCOMPARE(legend[1].color, land.classColors(f.data).at(1));
    }

    void preparedSnapshotIgnoresLaterStyleChanges()
    {
        Fixture f;
        EcosystemLayer layer;
        layer.style.outlineWidthMm = 0;
        Envelope e = f.data.parcels->extent();
        const MapSettings settings(MapSettings::widenedToAspect(e, QSize(90, 20)), QSize(90, 20));
        auto renderer = layer.prepare(f.data, settings);
        QVERIFY(renderer->drawsOpaque());
        // A change after prepare() belongs to the next snapshot, not to this one.
        layer.style.noDataColor = Qt::red;
        const QImage img = draw(*renderer, settings);
        QVERIFY(!img.isNull());
        const QPointF c = settings.toPixel(515350, 3350050); // centre of C (unassigned)
        QCOMPARE(QColor(img.pixel(c.toPoint())), QColor(200, 200, 200));
        const QPointF a = settings.toPixel(515050, 3350050); // centre of A (bio)
        QCOMPARE(QColor(img.pixel(a.toPoint())), QColor(findEcosystem(QStringLiteral("bio"))->color));
        // A translucent class makes the snapshot non-opaque (it cannot be drawn straight on the background).
        EcosystemLayer translucent;
        translucent.style.noDataColor = QColor(255, 0, 0, 128);
        QVERIFY(!translucent.prepare(f.data, settings)->drawsOpaque());
    }

    void selectionHasDataOnlyForLoadedParcels()
    {
        Fixture f;
        SelectionLayer layer;
        QVERIFY(!layer.hasData(f.data));
        f.data.selection = {987654};
        QVERIFY(!layer.hasData(f.data));
        f.data.selection.insert(f.data.parcels->fid(0));
        QVERIFY(layer.hasData(f.data));
    }

    void sceneStackHasOneLayerPerKind()
    {
        MapScene scene;
        QList<LayerKind> kinds;
        int fills = 0;
        for (const MapLayer &l : scene.layers()) {
            kinds << l.kind;
            fills += l.isParcelFill() ? 1 : 0;
        }
        QVERIFY(kinds == allLayerKinds());
        QCOMPARE(fills, 4); // ecosystem and the three allocation themes
        QVERIFY(scene.layer(LayerKind::Labels).showsParcelAttributes());
        QVERIFY(!scene.layer(LayerKind::Districts).showsParcelAttributes());
        QVERIFY(scene.layers().crbegin()->kind == allLayerKinds().last());
    }

    void imageCacheKeepsEditsAsDirtyAreas()
    {
        LayerImageCache cache;
        cache.bump(LayerKind::Parcels);
        const quint64 rev = cache.revision(LayerKind::Parcels);
        QVERIFY(rev > 0);
        const MapSettings settings(Envelope{0, 0, 100, 100}, QSize(10, 10));
        RenderSnapshot done;
        done.settings = settings;
        LayerSnapshot ls;
        ls.kind = LayerKind::Parcels;
        ls.parcelFill = true;
        ls.active = true;
        ls.revision = rev;
        ls.outcome = RenderJob::LayerOutcome::Full;
        ls.result = QImage(10, 10, QImage::Format_ARGB32_Premultiplied);
        done.layers.push_back(ls);
        cache.store(done);

        LayerSnapshot next;
        next.kind = LayerKind::Parcels;
        next.active = true;
        next.revision = rev;
        cache.reuseInto(next, settings);
        QVERIFY(!next.cached.isNull());
        QVERIFY(next.dirty.empty());

        cache.markEdited(Envelope{10, 10, 20, 20}, {LayerKind::Parcels});
        LayerSnapshot edited = next;
        edited.cached = QImage();
        cache.reuseInto(edited, settings);
        QCOMPARE(edited.dirty.size(), size_t(1));

        cache.bump(LayerKind::Parcels); // a new revision drops the image
        LayerSnapshot stale = next;
        stale.cached = QImage();
        stale.revision = cache.revision(LayerKind::Parcels);
        cache.reuseInto(stale, settings);
        QVERIFY(stale.cached.isNull());
    }
};

QTEST_MAIN(TestMapLayers)
#include "tst_maplayers.moc"
