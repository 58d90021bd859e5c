#pragma once

namespace zhili {

class ChainMapContent;
class GeoPackageCache;
class MapScene;
struct LayoutTemplate;
struct SnapshotFrame;

/// Loads into a MapScene what one snapshot sheet shows, reading as little of a big cache as the sheet allows:
/// - a district or extent frame: only the parcels in and around the sheet's map frame (a region read: the
///   render store's pages that meet it, else the GeoPackage R-tree), when every district of the cache has its
///   boundary stored (a derived boundary is the hull of all the district's parcels) and no overview inset
///   needs the city's extent from parcels outside the districts;
/// - the whole city on a raster sheet whose pixel spans ≥ 2 overview tolerances: the overview pages only;
/// - anything else: every parcel.
/// The sheet drawn from the scene is the same in each case (what lies outside the frame is not drawn; the
/// legend counts parcels whose box meets the frame; theme classes come from the whole cache).
class SnapshotSceneLoader {
public:
    enum class Read { Overview, Region, All };

    /// `raster`: the sheet becomes a PNG (PDF and SVG keep every vertex: they are zoomed into). `chain` (may
    /// be null) is handed to the scene after the load (MapScene::setChainMap), since its legend can change
    /// the map frame's shape. Returns what was read. Throws zhili::Error as SnapshotLayout does.
    static Read load(MapScene &scene, GeoPackageCache &cache, const LayoutTemplate &tpl,
                     const SnapshotFrame &frame, double dpi, bool raster, const ChainMapContent &chain);
};

} // namespace zhili
