#include "layout/snapshotsceneloader.h"

#include "cache/geopackagecache.h"
#include "layers/chainmapcontent.h"
#include "layout/layouttemplate.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"

#include <QSet>
#include <QString>
#include <algorithm>

namespace zhili {

namespace {

/// Parcels just outside the frame are read too (as `render --district` does): a frame drawn at another DPI
/// rounds its pixels differently, and an edge parcel still draws its outline.
constexpr double kRegionMargin = 0.05;

/// Whether the scene (loaded without parcels) has a stored boundary for every district of the cache: a
/// derived one would be the hull of the parcels read, not of all the district's parcels.
bool boundariesForAll(const MapScene &scene, GeoPackageCache &cache)
{
    QSet<QString> stored;
    for (const DistrictShape &d : scene.districts())
        if (!d.derived)
            stored.insert(d.name);
    const QStringList names = cache.districtNames();
    return std::all_of(names.begin(), names.end(), [&](const QString &n) { return stored.contains(n); });
}

/// Whether the districts' boundaries span every parcel: then the city's extent (the overview inset's) does
/// not depend on which parcels were read.
bool districtsSpanParcels(const MapScene &scene, GeoPackageCache &cache)
{
    Envelope districts;
    for (const DistrictShape &d : scene.districts())
        districts.include(d.geometry.envelope());
    const Envelope parcels = cache.parcelExtent();
    return parcels.isNull() || (districts.minX <= parcels.minX && districts.minY <= parcels.minY &&
                                districts.maxX >= parcels.maxX && districts.maxY >= parcels.maxY);
}

} // namespace

SnapshotSceneLoader::Read SnapshotSceneLoader::load(MapScene &scene, GeoPackageCache &cache,
                                                    const LayoutTemplate &tpl, const SnapshotFrame &frame,
                                                    double dpi, bool raster, const ChainMapContent &chain)
{
    // Only labels show the codes and enterprise names, a third of the store's bytes.
    const auto texts = SnapshotLayout::templateShows(tpl, LayerKind::Labels) ? RenderPageCodec::Texts::Read
                                                                             : RenderPageCodec::Texts::Skip;
    if (frame.kind == SnapshotFrame::Kind::City) {
        if (raster && scene.loadOverview(cache, texts)) {
            scene.setChainMap(chain);
            const SnapshotLayout::Geometry g = SnapshotLayout(scene, cache, tpl, frame).geometry(dpi);
            if (scene.drawsOverview(MapSettings(g.mapExtent, g.mapFrame.size().toSize(), dpi)))
                return Read::Overview;
        }
    } else {
        scene.loadClassesOnly(cache); // districts, styles and classes: enough to lay the sheet out
        if (boundariesForAll(scene, cache) && (!tpl.overview || districtsSpanParcels(scene, cache))) {
            scene.setChainMap(chain);
            const Envelope shown = SnapshotLayout(scene, cache, tpl, frame).geometry(dpi).mapExtent;
            scene.loadRegion(cache, shown.padded(kRegionMargin), TaskProgress(), texts);
            scene.setChainMap(chain);
            return Read::Region;
        }
    }
    scene.load(cache);
    scene.setChainMap(chain);
    return Read::All;
}

} // namespace zhili
