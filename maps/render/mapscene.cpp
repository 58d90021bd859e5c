#include "render/mapscene.h"

#include "cache/geopackagecache.h"
#include "layers/chainlayer.h"
#include "layers/indicatoroverlaylayer.h"
#include "layers/layerregistry.h"
#include "layers/themelayer.h"
#include "render/layerrenderer.h"
#include "render/layerstyleio.h"
#include "render/parcelpicker.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "render/parcelstoregeneraliser.h"
#include "render/rendersnapshot.h"
#include "util/error.h"

#include <algorithm>

#include <QCoreApplication>

namespace zhili {

MapScene::MapScene(QObject *parent) : QObject(parent)
{
    // The default stack, bottom first: every registered layer kind.
    for (const LayerRegistration &r : layerRegistry())
        m_layers.push_back(r.make());
    for (const Ecosystem &e : builtinEcosystems()) {
        m_data.ecosystemColors << QColor(e.color);
        m_data.ecosystemNames << e.nameZh;
    }
}

MapScene::~MapScene() = default;

void MapScene::load(GeoPackageCache &cache, const TaskProgress &progress)
{
    loadRegion(cache, Envelope(), progress);
}

void MapScene::loadClassesOnly(GeoPackageCache &cache)
{
    // A region no projected CRS reaches: the R-tree returns no parcel, and a partial store cuts the theme
    // classes over the whole cache (ThemeLayer::classBreaks), as a full load would.
    constexpr double kNowhere = -1e15;
    Envelope nowhere;
    nowhere.include(kNowhere, kNowhere);
    loadRegion(cache, nowhere);
}

void MapScene::loadRegion(GeoPackageCache &cache, const Envelope &region, const TaskProgress &progress,
                          RenderPageCodec::Texts texts)
{
    std::shared_ptr<ParcelStore> store;
    try {
        // A region decodes only the pages of the persisted store that it meets.
        store = ParcelStoreCache::read(cache, region, texts);
    } catch (const Error &e) {
        qWarning("render cache of %s not used: %s", qPrintable(cache.path()), qPrintable(e.message()));
    }
    if (!store) {
        // The store's 0..100 is the first 95 % of the scene's.
        const TaskProgress storeProgress([&](qint64 done, qint64 total, const QString &) {
            return progress.report(done * 95 / std::max<qint64>(1, total), 100);
        });
        store = ParcelStore::load(cache, storeProgress, region);
        // A big cache without a persisted store (an older Zhili, another GIS) opens from its pages next time
        // (kept current by triggers; see ParcelStoreCache). A failure to save only costs speed.
        if (region.isNull() && !cache.isReadOnly() && store->size() >= ParcelStoreCache::kMinParcels &&
            ParcelStoreCache::enabled()) {
            try {
                ParcelStoreCache::write(cache, *store);
            } catch (const Error &e) {
                qWarning("render cache of %s not saved: %s", qPrintable(cache.path()),
                         qPrintable(e.message()));
            }
        }
    }
    adoptStore(cache, store, nullptr, 0);
    progress.report(100, 100);
}

bool MapScene::loadOverview(GeoPackageCache &cache, RenderPageCodec::Texts texts)
{
    ParcelStoreCache::Overview o;
    try {
        o = ParcelStoreCache::readOverview(cache, Envelope(), texts);
    } catch (const Error &e) {
        qWarning("render cache of %s not used: %s", qPrintable(cache.path()), qPrintable(e.message()));
    }
    if (!o.store)
        return false;
    // Until setDetail(), the overview stands in for the detail everywhere (same parcels and attributes).
    adoptStore(cache, o.store, o.store, o.tolerance);
    return true;
}

bool MapScene::setDetail(std::shared_ptr<ParcelStore> detail)
{
    if (hasDetail() || !detail)
        return false;
    const auto &o = m_data.overview;
    bool matches = detail->size() == o->size() && !detail->isPartial();
    for (int i = 0; matches && i < o->size(); ++i)
        matches = detail->fid(i) == o->fid(i);
    if (!matches) { // the cache changed meanwhile: the detail is the truth, the overview goes
        qWarning("detail of %d parcels does not match the overview of %d: overview dropped", detail->size(),
                 o->size());
        m_data.overview = nullptr;
        m_data.overviewTolerance = 0;
    }
    // Assignment edits made while the detail was loading may be missing from it.
    if (!m_editsWithoutDetail.isEmpty() && m_data.cache)
        detail->updateAttributes(*m_data.cache, m_editsWithoutDetail);
    m_editsWithoutDetail.clear();
    m_data.parcels = std::move(detail);
    invalidateAll();
    if (!matches) {
        recomputeClasses(); // other parcels: theme classes and legends follow them
        emit layersChanged();
    }
    emit repaintNeeded();
    return true;
}

bool MapScene::drawsOverview(const MapSettings &settings) const
{
    // Asked with the detail present: without it (loadOverview), parcels are the overview at every scale.
    SceneData withDetail;
    withDetail.overview = m_data.overview;
    withDetail.overviewTolerance = m_data.overviewTolerance;
    return m_data.overview && withDetail.parcelsToDraw(settings) == m_data.overview;
}

void MapScene::adoptStore(GeoPackageCache &cache, std::shared_ptr<ParcelStore> store,
                          std::shared_ptr<ParcelStore> overview, double tolerance)
{
    m_data.cache = &cache;
    m_data.parcels = store;
    m_data.overview = std::move(overview); // the previous one was the previous store's
    m_data.overviewTolerance = m_data.overview ? tolerance : 0;
    m_editsWithoutDetail.clear();
    m_data.ecosystemColors.clear();
    m_data.ecosystemNames.clear();
    const QList<Ecosystem> ecos = cache.ecosystems();
    for (const QString &key : store->ecosystemKeys())
        for (const Ecosystem &e : ecos)
            if (e.key == key) {
                m_data.ecosystemColors << QColor(e.color);
                m_data.ecosystemNames << e.nameZh;
            }
    m_data.districts = DistrictShape::load(cache, *store);

    LayerStyleIO::load(cache, m_layers);
    for (auto &l : m_layers)
        l->styleReplaced();
    recomputeClasses();
    invalidateAll();
    emit layersChanged();
}

void MapScene::saveStyles()
{
    if (!m_data.cache)
        throw Error(
            QCoreApplication::translate("MapScene", "no cache is open: load() one before saving styles."));
    LayerStyleIO::save(*m_data.cache, m_layers);
}

Envelope MapScene::fullExtent() const
{
    Envelope e;
    if (m_data.parcels)
        e.include(m_data.parcels->extent());
    for (const DistrictShape &d : m_data.districts)
        if (!d.derived)
            e.include(d.geometry.envelope());
    return e;
}

Envelope MapScene::districtExtent(const QString &name) const
{
    for (const DistrictShape &d : m_data.districts)
        if (d.name == name)
            return d.geometry.envelope();
    return {};
}

QStringList MapScene::districtNames() const
{
    QStringList names;
    for (const DistrictShape &d : m_data.districts)
        names << d.name;
    names.sort();
    return names;
}

qint64 MapScene::parcelCount() const
{
    return m_data.parcels ? m_data.parcels->size() : 0;
}

const MapLayer &MapScene::layer(LayerKind kind) const
{
    return *m_layers[size_t(layerPosition(kind))];
}

int MapScene::layerPosition(LayerKind kind) const
{
    for (size_t i = 0; i < m_layers.size(); ++i)
        if (m_layers[i]->kind == kind)
            return int(i);
    Q_UNREACHABLE();
    return 0;
}

MapLayer &MapScene::mutableLayer(LayerKind kind)
{
    return *m_layers[size_t(layerPosition(kind))];
}

const ThemeLayer *MapScene::themeLayer(LayerKind kind) const
{
    return dynamic_cast<const ThemeLayer *>(&layer(kind));
}

void MapScene::setLayerStyle(LayerKind kind, const LayerStyle &style)
{
    MapLayer &l = mutableLayer(kind);
    if (l.style == style)
        return;
    const LayerStyle old = l.style;
    l.style = style;
    // Visibility and opacity are applied when composing: the cached image stays valid, unless the layer
    // blends its shapes itself.
    if (!(old.withVisibility(style.visible, style.opacity) == style) ||
        (l.blendsItself() && old.opacity != style.opacity))
        m_images.bump(kind);
    try {
        l.styleChanged(old);
    } catch (...) {
        l.style = old; // a basemap that cannot be read leaves the layer as it was
        throw;
    }
    emit layersChanged();
    emit repaintNeeded();
}

void MapScene::setLayerVisible(LayerKind kind, bool visible)
{
    LayerStyle s = layer(kind).style;
    s.visible = visible;
    setLayerStyle(kind, s);
}

void MapScene::setLayerOpacity(LayerKind kind, double opacity)
{
    LayerStyle s = layer(kind).style;
    s.opacity = std::clamp(opacity, 0.0, 1.0);
    setLayerStyle(kind, s);
}

void MapScene::moveLayer(int from, int to)
{
    const int n = int(m_layers.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to)
        return;
    auto moved = std::move(m_layers[size_t(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(moved));
    emit layersChanged();
    emit repaintNeeded();
}

void MapScene::setFillLayer(LayerKind kind)
{
    for (auto &l : m_layers)
        if (l->isParcelFill())
            l->style.visible = (l->kind == kind);
    emit layersChanged();
    emit repaintNeeded();
}

void MapScene::setIndicatorOverlay(LayerKind kind, const IndicatorOverlay &overlay)
{
    auto *l = dynamic_cast<IndicatorOverlayLayer *>(&mutableLayer(kind));
    if (!l)
        return;
    l->setOverlay(overlay);
    m_images.bump(l->kind);
    emit layersChanged(); // its legend
    emit repaintNeeded();
}

void MapScene::setChainMap(const ChainMapContent &content)
{
    auto *l = dynamic_cast<ChainLayer *>(&mutableLayer(LayerKind::Chain));
    // Hiding a chain that is not shown changes nothing: no legend counts, no render (every open does it).
    if (!l || (content.isNull() && l->content().isNull() && !l->style.visible))
        return;
    l->setContent(content);
    l->style.visible = !content.isNull();
    m_images.bump(l->kind);
    emit layersChanged(); // its legend and the layer panel's row
    emit repaintNeeded();
}

void MapScene::setBasemap(const QString &path, const QString &attribution, bool gcj02)
{
    LayerStyle s = layer(LayerKind::Basemap).style;
    s.rasterPath = path;
    s.attribution = attribution;
    s.gcj02 = gcj02;
    s.visible = !path.isEmpty();
    setLayerStyle(LayerKind::Basemap, s);
}

std::vector<double> MapScene::classBreaks(LayerKind theme) const
{
    const ThemeLayer *t = themeLayer(theme);
    return t ? t->classBreaks(m_data) : std::vector<double>();
}

QList<QColor> MapScene::classColors(LayerKind theme) const
{
    const ThemeLayer *t = themeLayer(theme);
    return t ? t->classColors(m_data) : QList<QColor>();
}

void MapScene::recomputeClasses()
{
    // Cut lazily: a theme nobody shows costs nothing at load.
    for (auto &l : m_layers)
        if (auto *t = dynamic_cast<ThemeLayer *>(l.get()); t && t->resetClasses())
            m_images.bump(t->kind);
}

std::optional<GisStyle> MapScene::gisStyle(LayerKind kind, const QString &language) const
{
    return layer(kind).gisStyle(m_data, language);
}

QColor MapScene::ecosystemColor(const QString &key) const
{
    if (key.isEmpty())
        return layer(LayerKind::Parcels).style.noDataColor;
    if (m_data.parcels) {
        const int i = m_data.parcels->ecosystemKeys().indexOf(key);
        if (i >= 0 && i < m_data.ecosystemColors.size())
            return m_data.ecosystemColors[i];
    }
    if (const Ecosystem *e = findEcosystem(key))
        return QColor(e->color);
    return layer(LayerKind::Parcels).style.noDataColor;
}

QList<LegendEntry> MapScene::legend(LayerKind kind, const LegendScope &scope, bool onlyPresent) const
{
    QList<LegendEntry> out = layer(kind).legend(m_data, scope);
    if (onlyPresent)
        out.erase(std::remove_if(out.begin(), out.end(), [](const LegendEntry &e) { return e.count == 0; }),
                  out.end());
    return out;
}

void MapScene::setSelection(const QSet<qint64> &fids)
{
    if (fids == m_data.selection)
        return;
    m_data.selection = fids;
    selectionDrawingChanged();
}

void MapScene::setIdentified(qint64 fid)
{
    if (fid == m_data.identified)
        return;
    m_data.identified = fid;
    selectionDrawingChanged();
}

void MapScene::selectionDrawingChanged()
{
    for (const auto &l : m_layers)
        if (l->showsSelection())
            m_images.bump(l->kind);
    emit repaintNeeded();
}

qint64 MapScene::parcelAt(const MapSettings &settings, const QPointF &pixel, double tolerancePx) const
{
    const QPointF m = settings.toMap(pixel);
    return parcelAtMap(m.x(), m.y(), tolerancePx * settings.mapUnitsPerPixel());
}

qint64 MapScene::parcelAtMap(double x, double y, double tol) const
{
    return m_data.parcels ? ParcelPicker::parcelAt(*m_data.parcels, x, y, tol) : -1;
}

QString MapScene::districtAtMap(double x, double y, qint64 fid) const
{
    const ParcelStore *store = m_data.parcels.get();
    const int i = store && fid > 0 ? store->indexOf(fid) : -1;
    if (i >= 0)
        return store->districtNames().value(store->districtIndex(i));
    // Derived boundaries (convex hulls) may overlap: the smallest one is the most particular answer.
    const DistrictShape *best = nullptr;
    for (const DistrictShape &d : m_data.districts)
        if ((!best || d.area < best->area) && d.geometry.envelope().contains(x, y) &&
            d.geometry.contains(x, y))
            best = &d;
    return best ? best->name : QString();
}

QList<qint64> MapScene::parcelsIn(const Envelope &rect) const
{
    return m_data.parcels ? ParcelPicker::parcelsIn(*m_data.parcels, rect) : QList<qint64>();
}

void MapScene::parcelChanged(qint64 fid)
{
    invalidateParcels({fid});
}

void MapScene::invalidateParcels(const QList<qint64> &fids)
{
    ParcelStore *store = m_data.parcels.get();
    if (!store || !m_data.cache || fids.isEmpty())
        return;
    // Theme values before the edit: classes cut from the data must follow changed values.
    std::vector<ThemeLayer *> themes;
    for (auto &l : m_layers)
        if (auto *t = dynamic_cast<ThemeLayer *>(l.get()))
            themes.push_back(t);
    std::vector<std::vector<double>> before(themes.size());
    for (size_t t = 0; t < themes.size(); ++t)
        for (qint64 f : fids) {
            const int i = store->indexOf(f);
            before[t].push_back(i < 0 ? 0 : themes[t]->value(*store, i));
        }
    const std::vector<int> changed = store->updateAttributes(*m_data.cache, fids);
    if (changed.empty())
        return;
    if (!hasDetail()) // the detail still loading may have read the rows before this edit
        m_editsWithoutDetail += fids;
    else if (m_data.overview) // same parcels in the same order: the edit must show at every scale
        ParcelStoreGeneraliser::copyAttributes(*store, *m_data.overview, changed);
    bool classesChanged = false;
    for (size_t t = 0; t < themes.size(); ++t) {
        bool valuesChanged = false;
        for (int k = 0; k < fids.size(); ++k) {
            const int i = store->indexOf(fids[k]);
            valuesChanged = valuesChanged || (i >= 0 && themes[t]->value(*store, i) != before[t][size_t(k)]);
        }
        // Manual breaks do not depend on the data; computed ones are cut again on next use (lazily).
        if (!valuesChanged || !themes[t]->hasClasses() || !themes[t]->style.breaks.empty())
            continue;
        const std::vector<double> old = themes[t]->classBreaks(m_data);
        themes[t]->resetClasses();
        if (themes[t]->classBreaks(m_data) != old) {
            m_images.bump(themes[t]->kind); // every parcel may change class: redraw the whole layer
            classesChanged = true;
        }
    }
    QList<LayerKind> fills;
    for (const auto &l : m_layers)
        if (l->isParcelFill())
            fills << l->kind;
    bool selected = false;
    for (int i : changed) {
        m_images.markEdited(store->envelope(i), fills);
        selected = selected || m_data.selection.contains(store->fid(i));
    }
    for (const auto &l : m_layers)
        if (l->showsParcelAttributes() || (selected && l->showsSelection()))
            m_images.bump(l->kind);
    if (classesChanged)
        emit layersChanged(); // legends show the new class bounds
    emit repaintNeeded();
}

void MapScene::setOverview(std::shared_ptr<ParcelStore> overview, double tolerance)
{
    if (!hasDetail())
        return; // the overview is all the scene has until setDetail()
    // Indices are shared between the two stores: same parcels in the same order.
    bool matches =
        !overview || (m_data.parcels && overview->size() == m_data.parcels->size() && tolerance > 0);
    for (int i = 0; overview && matches && i < overview->size(); ++i)
        matches = overview->fid(i) == m_data.parcels->fid(i);
    if (!matches) {
        qWarning("overview of %d parcels (tolerance %g) does not match the scene's store: not used",
                 overview->size(), tolerance);
        overview = nullptr;
    }
    if (overview == m_data.overview)
        return;
    m_data.overview = std::move(overview);
    m_data.overviewTolerance = m_data.overview ? tolerance : 0;
    for (const auto &l : m_layers)
        if (l->isParcelFill())
            m_images.bump(l->kind);
    emit repaintNeeded();
}

void MapScene::invalidateAll()
{
    for (const auto &l : m_layers)
        m_images.bump(l->kind);
}

std::shared_ptr<RenderSnapshot> MapScene::snapshot(const MapSettings &settings) const
{
    auto snap = std::make_shared<RenderSnapshot>();
    snap->settings = settings;
    snap->parcels = m_data.parcels;
    snap->editSerial = m_images.editSerial();
    const double scale = settings.scaleDenominator();
    bool lowest = true; // no active layer below yet
    const quint32 background = qPremultiply(settings.background().rgba());
    for (const auto &l : m_layers) {
        LayerSnapshot ls;
        ls.kind = l->kind;
        ls.opacity = l->blendsItself() ? 1.0 : l->style.opacity;
        ls.parcelFill = l->isParcelFill();
        ls.revision = m_images.revision(l->kind);
        ls.active = settings.isValid() && l->style.visible && l->style.opacity > 0 &&
                    l->isInScaleRange(scale) && l->hasData(m_data);
        if (ls.active)
            ls.renderer = l->prepare(m_data, settings);
        if (const QString credit = ls.active ? l->attribution() : QString(); !credit.isEmpty())
            snap->attribution += (snap->attribution.isEmpty() ? QString() : QStringLiteral(" | ")) + credit;
        // The lowest parcel fill is drawn straight onto the opaque background when nothing in it is
        // translucent (fills overwrite pixels): compose() then has nothing to blend.
        if (ls.active && lowest && ls.parcelFill && l->style.opacity >= 1 && qAlpha(background) == 255 &&
            ls.renderer->drawsOpaque())
            ls.base = background;
        lowest = lowest && !ls.active;
        m_images.reuseInto(ls, settings);
        snap->layers.push_back(std::move(ls));
    }
    return snap;
}

void MapScene::storeLayerImages(const RenderSnapshot &done)
{
    if (done.task.isCanceled() || done.parcels != m_data.parcels)
        return;
    m_images.store(done);
}

} // namespace zhili
