#pragma once

#include "cache/renderpagecodec.h"
#include "geometry/envelope.h"
#include "layers/layerstyle.h"
#include "layers/legendmodel.h"
#include "layers/maplayer.h"
#include "render/districtshape.h"
#include "render/layerimagecache.h"
#include "render/layerlist.h"
#include "render/mapsettings.h"
#include "render/scenedata.h"
#include "util/taskprogress.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <vector>

namespace zhili {

class GeoPackageCache;
class ChainMapContent;
class IndicatorOverlay;
class ParcelStore;
class ThemeLayer;
struct RenderSnapshot;

/// The map document: the ordered stack of MapLayer objects with their styles, the parcel/district data they
/// draw (SceneData) and the selection. Lives in the GUI thread; RenderJob takes a snapshot (each active
/// layer's prepare()). The image cache (LayerImageCache), hit-testing (ParcelPicker) and style persistence
/// (LayerStyleIO) are classes of their own.
class MapScene : public QObject {
    Q_OBJECT
public:
    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    /// Loads parcels, districts, ecosystems and saved styles from the cache. The cache is kept (not owned)
    /// for parcelChanged()/saveStyles(): it must outlive the scene or be replaced by another load().
    /// `progress` is told (percent, 100); canceling it throws zhili::Cancelled.
    void load(GeoPackageCache &cache, const TaskProgress &progress = TaskProgress());
    /// Loads only the parcels whose box meets `region` (via the GeoPackage R-tree), for one-off renders of a
    /// part of a big cache (zhili-cli render --extent/--district). Theme classes still come from all parcels.
    /// With Texts::Skip a persisted store is read without codes and enterprise names (no labels drawn).
    void loadRegion(GeoPackageCache &cache, const Envelope &region,
                    const TaskProgress &progress = TaskProgress(),
                    RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read);
    /// Loads the persisted overview (ParcelStoreCache::readOverview) instead of the detail: the first map of
    /// a big cache from a fraction of its bytes. Until setDetail() the overview also answers what the detail
    /// would (hit tests, labels, legends: same parcels and attributes, rings within its tolerance) and
    /// hasDetail() is false. Returns false, leaving the scene as it was, when the cache has no current
    /// overview (then load() or loadRegion()). With Texts::Skip the codes and enterprise names are not read
    /// (labels then show once the detail is set): the window's first map needs none of them.
    bool loadOverview(GeoPackageCache &cache, RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read);
    /// Hands the scene the full detail store after loadOverview() (read in the background, e.g.
    /// ParcelStoreCache::read on another connection): hit tests, labels and zoomed views use it from now on,
    /// assignment edits made meanwhile are re-read into it. A detail of other parcels (the cache changed)
    /// replaces the overview too. False, doing nothing, when the scene already has its detail.
    bool setDetail(std::shared_ptr<ParcelStore> detail);
    /// False between loadOverview() and setDetail().
    bool hasDetail() const { return !m_data.overview || m_data.parcels != m_data.overview; }
    /// Whether a view of `settings` draws the parcel fills from the overview (SceneData::parcelsToDraw).
    bool drawsOverview(const MapSettings &settings) const;
    /// Loads the layers, their saved styles and the classes of the whole cache without any parcel
    /// geometry: enough for legends' classes and gisStyle() after a command-line edit, at the cost of the
    /// allocation values only.
    void loadClassesOnly(GeoPackageCache &cache);
    bool isLoaded() const { return bool(m_data.parcels); }

    /// Extent of all parcels and districts (map units); null before load().
    Envelope fullExtent() const;
    /// Extent of one district's parcels/boundary; null when the name is unknown.
    Envelope districtExtent(const QString &name) const;
    QStringList districtNames() const;
    qint64 parcelCount() const;

    // ----- layer stack -----
    /// Layers in drawing order (bottom first).
    LayerList layers() const { return LayerList(m_layers); }
    const MapLayer &layer(LayerKind kind) const;
    int layerPosition(LayerKind kind) const;
    void setLayerStyle(LayerKind kind, const LayerStyle &style);
    void setLayerVisible(LayerKind kind, bool visible);
    void setLayerOpacity(LayerKind kind, double opacity);
    /// Moves the layer at position `from` to position `to` (drawing order).
    void moveLayer(int from, int to);
    /// Shows exactly one of the parcel fills (Parcels, LandTheme, EnergyTheme, FinanceTheme), hides the
    /// others.
    void setFillLayer(LayerKind kind);
    /// Saves every layer's style as JSON in zhili_styles (one row per layer; order included).
    void saveStyles();
    /// Hands a computed indicator overlay to the overlay layer `kind` (drawn while that layer is visible); a
    /// null overlay empties it.
    void setIndicatorOverlay(LayerKind kind, const IndicatorOverlay &overlay);
    /// Hands one chain's map (ChainMapContent::build) to the chain layer and shows it; a null content
    /// empties and hides it.
    void setChainMap(const ChainMapContent &content);
    /// Sets the basemap: a GeoTIFF/MBTiles file, a GDAL raster source or an XYZ tile URL (core
    /// BasemapSource), reprojected to the cache CRS; its `attribution` (empty: the host's default) is drawn
    /// in the map's corner, `gcj02` records that its tiles are shifted. An empty path removes it. Throws
    /// zhili::Error when the source cannot be opened.
    void setBasemap(const QString &path, const QString &attribution = QString(), bool gcj02 = false);

    // ----- themes and legend -----
    /// Upper class bounds of a theme layer (computed from all parcels with a value > 0, or the style's manual
    /// breaks). Recomputed on style change, by recomputeClasses(), and by invalidateParcels() when an edit
    /// changes a theme's values (the layer is then redrawn and layersChanged() refreshes the legend).
    std::vector<double> classBreaks(LayerKind theme) const;
    QList<QColor> classColors(LayerKind theme) const;
    void recomputeClasses();
    /// Legend of a fill layer (Parcels or a theme) counting the parcels of `scope` (extent and district;
    /// default: everything). `onlyPresent` drops classes with no parcel.
    QList<LegendEntry> legend(LayerKind kind, const LegendScope &scope = LegendScope(),
                              bool onlyPresent = false) const;
    /// How other GIS draw layer `kind` (MapLayer::gisStyle), labels in `language` ("zh" or "en").
    std::optional<GisStyle> gisStyle(LayerKind kind, const QString &language) const;
    /// Ecosystem colour by key ("" = unassigned).
    QColor ecosystemColor(const QString &key) const;

    // ----- selection and hit testing -----
    void setSelection(const QSet<qint64> &fids);
    const QSet<qint64> &selection() const { return m_data.selection; }
    /// The parcel the Identify panel shows (0 = none): outlined so that the reader sees which one it is.
    void setIdentified(qint64 fid);
    qint64 identified() const { return m_data.identified; }
    /// The parcel under a logical pixel: a parcel containing the point wins (holes excluded); otherwise the
    /// nearest boundary within `tolerancePx`. Returns the fid or -1.
    qint64 parcelAt(const MapSettings &settings, const QPointF &pixel, double tolerancePx = 3) const;
    /// Same with a map point and a tolerance in map units.
    qint64 parcelAtMap(double x, double y, double toleranceMap = 0) const;
    /// The district of the place at a map point: that of parcel `fid` (the parcel there, when > 0), else the
    /// smallest district boundary containing the point; empty when there is none.
    QString districtAtMap(double x, double y, qint64 fid = -1) const;
    /// Feature ids of parcels that intersect the map rectangle.
    QList<qint64> parcelsIn(const Envelope &rect) const;

    // ----- edits -----
    /// A parcel's assignment changed in the cache: re-read it and redraw only the area it covers, in the
    /// layers that show it.
    void parcelChanged(qint64 fid);
    void invalidateParcels(const QList<qint64> &fids);
    /// Drops every cached layer image (e.g. after a re-import; also reloads nothing).
    void invalidateAll();

    /// The shared parcel data (for engines that need raw access, e.g. benchmarks). Null before load().
    std::shared_ptr<const ParcelStore> parcelStore() const { return m_data.parcels; }

    // ----- overview -----
    /// Hands the scene a generalised copy of its parcel store (ParcelStoreGeneraliser::generalise of
    /// parcelStore(), rings off by at most `tolerance` map units): the parcel fills draw from it in views
    /// whose device pixel spans at least SceneData::kOverviewPixelRatio tolerances; everything else keeps
    /// the detail store. Edits update both. A null overview (or one of another store) removes it; load()
    /// removes it too.
    void setOverview(std::shared_ptr<ParcelStore> overview, double tolerance);
    std::shared_ptr<const ParcelStore> overviewStore() const { return m_data.overview; }
    const QList<DistrictShape> &districts() const { return m_data.districts; }

    /// Internal: RenderJob snapshot/caching hooks.
    std::shared_ptr<RenderSnapshot> snapshot(const MapSettings &settings) const;
    void storeLayerImages(const RenderSnapshot &done);

signals:
    /// Order, visibility or style changed (the layer panel refreshes).
    void layersChanged();
    /// Something visible changed: the canvas should start a new render.
    void repaintNeeded();

private:
    /// Makes `store` the scene's parcels (and `overview` its overview), then reads districts, ecosystems and
    /// styles for it.
    void adoptStore(GeoPackageCache &cache, std::shared_ptr<ParcelStore> store,
                    std::shared_ptr<ParcelStore> overview, double tolerance);
    void selectionDrawingChanged(); ///< selection or identified parcel changed: redraw their layer
    MapLayer &mutableLayer(LayerKind kind);
    const ThemeLayer *themeLayer(LayerKind kind) const;

    SceneData m_data;
    QList<qint64> m_editsWithoutDetail; ///< fids edited between loadOverview() and setDetail()
    std::vector<std::unique_ptr<MapLayer>> m_layers;
    LayerImageCache m_images;
};

} // namespace zhili
