#include "render/mapscene.h"

#include "cache/geopackagecache.h"
#include "geometry/gpkgblob.h"
#include "io/rasterreader.h"
#include "layers/classification.h"
#include "model/units.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "render/rendersnapshot.h"
#include "util/error.h"

#include <QJsonDocument>
#include <QLocale>
#include <QReadLocker>
#include <algorithm>
#include <array>
#include <cmath>

namespace zhili {

namespace {

// Convex hull (monotone chain) of points, as one closed ring.
PolygonGeometry convexHull(std::vector<QPointF> pts)
{
    PolygonGeometry g;
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return g;
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> h(2 * pts.size());
    size_t k = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0)
            --k;
        h[k++] = pts[i - 1];
    }
    h.resize(k); // last == first
    for (const QPointF &p : h) {
        g.coords.push_back(p.x());
        g.coords.push_back(p.y());
    }
    g.ringOffsets.push_back(quint32(h.size()));
    g.polygonOffsets.push_back(1);
    return g;
}

QString formatValue(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QLocale::c().toString(v, 'f', decimals);
}

QString themeUnit(LayerKind k)
{
    switch (k) {
    case LayerKind::LandTheme:
        return QStringLiteral("亩");
    case LayerKind::EnergyTheme:
        return QStringLiteral("tce");
    case LayerKind::FinanceTheme:
        return QStringLiteral("万元");
    default:
        return {};
    }
}

} // namespace

MapScene::MapScene(QObject *parent) : QObject(parent)
{
    for (LayerKind k : allLayerKinds())
        m_layers.append(MapLayer{k, LayerStyle::defaultFor(k)});
    for (const Ecosystem &e : builtinEcosystems()) {
        m_ecoColors << QColor(e.color);
        m_ecoNames << e.nameZh;
    }
}

MapScene::~MapScene() = default;

void MapScene::load(GeoPackageCache &cache, const std::function<bool(int)> &progress)
{
    loadRegion(cache, Envelope(), progress);
}

void MapScene::loadRegion(GeoPackageCache &cache, const Envelope &region,
                          const std::function<bool(int)> &progress)
{
    std::shared_ptr<ParcelStore> store;
    if (region.isNull()) {
        try {
            store = ParcelStoreCache::read(cache);
        } catch (const Error &e) {
            qWarning("render cache of %s not used: %s", qPrintable(cache.path()), qPrintable(e.message()));
        }
    }
    if (!store) {
        store = ParcelStore::load(
            cache, [&](int p) { return progress ? progress(p * 95 / 100) : true; }, region);
        // Next time a big cache opens from the persisted arrays (kept current by triggers; see
        // ParcelStoreCache). A failure to save only costs speed.
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
    m_cache = &cache;
    m_parcels = store;
    m_ecoColors.clear();
    m_ecoNames.clear();
    const QList<Ecosystem> ecos = cache.ecosystems();
    for (const QString &key : store->ecosystemKeys())
        for (const Ecosystem &e : ecos)
            if (e.key == key) {
                m_ecoColors << QColor(e.color);
                m_ecoNames << e.nameZh;
            }

    // Districts: imported boundaries where present, else the hull of the district's parcels.
    m_districts.clear();
    QSet<QString> withGeometry;
    if (cache.db().tableExists(QStringLiteral("districts"))) {
        auto st = cache.db().prepare(QStringLiteral("SELECT name, geom FROM districts ORDER BY name"));
        while (st.step()) {
            int size = 0;
            const unsigned char *blob = st.blobData(1, &size);
            if (!blob || size == 0)
                continue;
            try {
                GpkgBlob b = GpkgBlob::parse(blob, size);
                if (b.empty)
                    continue;
                DistrictShape d;
                d.name = st.text(0);
                d.geometry = PolygonGeometry::fromWkb(b.wkb, b.wkbSize);
                double x = 0, y = 0;
                d.geometry.interiorPoint(&x, &y);
                d.labelPoint = QPointF(x, y);
                withGeometry.insert(d.name);
                m_districts.append(d);
            } catch (const Error &) {
                // A broken district boundary falls back to the derived one below.
            }
        }
    }
    deriveDistricts(withGeometry);

    loadStyles();
    recomputeClasses();
    invalidateAll();
    if (progress)
        progress(100);
    emit layersChanged();
}

void MapScene::deriveDistricts(const QSet<QString> &imported)
{
    const ParcelStore &s = *m_parcels;
    std::vector<std::vector<QPointF>> pts(s.districtNames().size());
    std::vector<bool> wanted(pts.size());
    bool any = false;
    for (size_t d = 0; d < pts.size(); ++d) {
        wanted[d] = !imported.contains(s.districtNames()[int(d)]);
        any = any || wanted[d];
    }
    if (!any)
        return;
    for (int i = 0; i < s.size(); ++i) {
        if (!wanted[s.districtIndex(i)])
            continue;
        const Envelope e = s.envelope(i);
        auto &v = pts[s.districtIndex(i)];
        v.push_back({e.minX, e.minY});
        v.push_back({e.maxX, e.minY});
        v.push_back({e.maxX, e.maxY});
        v.push_back({e.minX, e.maxY});
    }
    for (int d = 0; d < int(pts.size()); ++d) {
        if (!wanted[d])
            continue;
        DistrictShape shape;
        shape.name = s.districtNames()[d];
        shape.derived = true;
        shape.geometry = convexHull(std::move(pts[d]));
        if (shape.geometry.isEmpty())
            continue;
        double x = 0, y = 0;
        shape.geometry.interiorPoint(&x, &y);
        shape.labelPoint = QPointF(x, y);
        m_districts.append(shape);
    }
}

void MapScene::loadStyles()
{
    if (!m_cache)
        return;
    QList<QPair<double, MapLayer>> ordered;
    int position = 0;
    auto st = m_cache->db().prepare(QStringLiteral("SELECT layer, style FROM zhili_styles"));
    QHash<int, QJsonObject> saved;
    while (st.step()) {
        LayerKind k;
        if (!layerKindFromKey(st.text(0), &k))
            continue;
        saved.insert(int(k), QJsonDocument::fromJson(st.text(1).toUtf8()).object());
    }
    for (const MapLayer &l : m_layers) {
        MapLayer copy = l;
        double order = position++;
        auto it = saved.constFind(int(l.kind));
        if (it != saved.constEnd()) {
            copy.style = LayerStyle::fromJson(*it, LayerStyle::defaultFor(l.kind));
            order = it->value(QStringLiteral("order")).toDouble(order);
        }
        ordered.append({order, copy});
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_layers.clear();
    for (const auto &p : ordered)
        m_layers.append(p.second);
    for (const MapLayer &l : m_layers)
        if (l.kind == LayerKind::Basemap && !l.style.rasterPath.isEmpty()) {
            try {
                m_basemap = std::make_shared<RasterReader>(l.style.rasterPath);
            } catch (const Error &) {
                m_basemap.reset(); // a moved GeoTIFF must not stop the map from opening
            }
        }
}

void MapScene::saveStyles()
{
    if (!m_cache)
        throw Error(QStringLiteral("没有打开的缓存 / no cache is open: load() one before saving styles."));
    SqliteTransaction tx(m_cache->db());
    auto st = m_cache->db().prepare(
        QStringLiteral("INSERT OR REPLACE INTO zhili_styles (layer, style, updated_at) VALUES (?, ?, ?)"));
    for (int i = 0; i < m_layers.size(); ++i) {
        QJsonObject o = m_layers[i].style.toJson();
        o[QStringLiteral("order")] = i;
        st.bind(1, m_layers[i].key())
            .bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))
            .bind(3, GeoPackageCache::now())
            .run();
    }
    tx.commit();
}

Envelope MapScene::fullExtent() const
{
    Envelope e;
    if (m_parcels)
        e.include(m_parcels->extent());
    for (const DistrictShape &d : m_districts)
        if (!d.derived)
            e.include(d.geometry.envelope());
    return e;
}

Envelope MapScene::districtExtent(const QString &name) const
{
    for (const DistrictShape &d : m_districts)
        if (d.name == name)
            return d.geometry.envelope();
    return {};
}

QStringList MapScene::districtNames() const
{
    QStringList names;
    for (const DistrictShape &d : m_districts)
        names << d.name;
    names.sort();
    return names;
}

qint64 MapScene::parcelCount() const
{
    return m_parcels ? m_parcels->size() : 0;
}

const MapLayer &MapScene::layer(LayerKind kind) const
{
    return m_layers[layerPosition(kind)];
}

int MapScene::layerPosition(LayerKind kind) const
{
    for (int i = 0; i < m_layers.size(); ++i)
        if (m_layers[i].kind == kind)
            return i;
    Q_UNREACHABLE();
    return 0;
}

MapLayer &MapScene::mutableLayer(LayerKind kind)
{
    return m_layers[layerPosition(kind)];
}

void MapScene::bump(LayerKind kind)
{
    m_revisions[int(kind)] = m_nextRevision++;
    m_imageCache.remove(int(kind));
}

void MapScene::setLayerStyle(LayerKind kind, const LayerStyle &style)
{
    MapLayer &l = mutableLayer(kind);
    if (l.style == style)
        return;
    const LayerStyle old = l.style;
    l.style = style;
    // Visibility and opacity are applied when composing: the cached image stays valid.
    LayerStyle a = old, b = style;
    a.visible = b.visible;
    a.opacity = b.opacity;
    if (!(a == b))
        bump(kind);
    if (isThemeLayer(kind) &&
        (old.method != style.method || old.classCount != style.classCount || old.breaks != style.breaks))
        recomputeClasses();
    if (kind == LayerKind::Basemap && old.rasterPath != style.rasterPath) {
        m_basemap.reset();
        if (!style.rasterPath.isEmpty())
            m_basemap = std::make_shared<RasterReader>(style.rasterPath);
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
    if (from < 0 || from >= m_layers.size() || to < 0 || to >= m_layers.size() || from == to)
        return;
    m_layers.move(from, to);
    emit layersChanged();
    emit repaintNeeded();
}

void MapScene::setFillLayer(LayerKind kind)
{
    for (LayerKind k :
         {LayerKind::Parcels, LayerKind::LandTheme, LayerKind::EnergyTheme, LayerKind::FinanceTheme})
        mutableLayer(k).style.visible = (k == kind);
    emit layersChanged();
    emit repaintNeeded();
}

void MapScene::setBasemap(const QString &path)
{
    LayerStyle s = layer(LayerKind::Basemap).style;
    s.rasterPath = path;
    s.visible = !path.isEmpty();
    setLayerStyle(LayerKind::Basemap, s);
}

std::vector<double> MapScene::classBreaks(LayerKind theme) const
{
    ensureClasses(theme);
    return m_breaks.value(int(theme));
}

QList<QColor> MapScene::classColors(LayerKind theme) const
{
    const LayerStyle &s = layer(theme).style;
    return sequentialPalette(s.palette, int(std::max<size_t>(1, classBreaks(theme).size())));
}

void MapScene::recomputeClasses()
{
    // Cut lazily: a theme nobody shows costs nothing at load.
    for (LayerKind k : {LayerKind::LandTheme, LayerKind::EnergyTheme, LayerKind::FinanceTheme}) {
        if (m_breaks.contains(int(k))) {
            m_breaks.remove(int(k));
            m_revisions[int(k)] = m_nextRevision++;
            m_imageCache.remove(int(k));
        }
    }
}

void MapScene::ensureClasses(LayerKind k) const
{
    if (!isThemeLayer(k) || m_breaks.contains(int(k)))
        return;
    {
        const LayerStyle &s = layer(k).style;
        std::vector<double> b;
        if (!s.breaks.empty()) {
            b = s.breaks;
            std::sort(b.begin(), b.end());
        } else if (m_parcels && m_parcels->isPartial() && m_cache) {
            // Partial load: cut the classes over the whole cache so colours match the full map.
            const char *column = k == LayerKind::LandTheme     ? "land_mu"
                                 : k == LayerKind::EnergyTheme ? "energy_tce"
                                                               : "finance_wan";
            std::vector<double> values;
            auto st = m_cache->db().prepare(
                QStringLiteral("SELECT %1 FROM parcels WHERE %1 > 0").arg(QLatin1String(column)));
            while (st.step())
                values.push_back(st.real(0));
            b = Classification::compute(s.method, std::move(values), s.classCount);
        } else if (m_parcels) {
            std::vector<double> values;
            QReadLocker lock(&m_parcels->lock());
            values.reserve(m_parcels->size());
            for (int i = 0; i < m_parcels->size(); ++i) {
                const double v = k == LayerKind::LandTheme     ? m_parcels->landMu(i)
                                 : k == LayerKind::EnergyTheme ? m_parcels->energyTce(i)
                                                               : m_parcels->financeWan(i);
                if (v > 0)
                    values.push_back(v);
            }
            b = Classification::compute(s.method, std::move(values), s.classCount);
        }
        m_breaks[int(k)] = b;
    }
}

QColor MapScene::ecosystemColor(const QString &key) const
{
    if (key.isEmpty())
        return layer(LayerKind::Parcels).style.noDataColor;
    if (m_parcels) {
        const int i = m_parcels->ecosystemKeys().indexOf(key);
        if (i >= 0 && i < m_ecoColors.size())
            return m_ecoColors[i];
    }
    if (const Ecosystem *e = findEcosystem(key))
        return QColor(e->color);
    return layer(LayerKind::Parcels).style.noDataColor;
}

QList<LegendEntry> MapScene::legend(LayerKind kind, const Envelope &extent, bool onlyPresent) const
{
    QList<LegendEntry> out;
    const bool theme = isThemeLayer(kind);
    if (kind != LayerKind::Parcels && !theme)
        return out;
    const std::vector<double> breaks = theme ? classBreaks(kind) : std::vector<double>();
    const QList<QColor> colors = theme ? classColors(kind) : QList<QColor>();
    const LayerStyle &style = layer(kind).style;
    if (kind == LayerKind::Parcels) {
        for (int k = 0; k < m_ecoColors.size(); ++k) {
            LegendEntry e;
            e.label = m_ecoNames.value(k);
            e.color = m_ecoColors[k];
            e.key = m_parcels ? m_parcels->ecosystemKeys().value(k) : builtinEcosystems().value(k).key;
            out << e;
        }
    } else {
        const QString unit = themeUnit(kind);
        double lower = 0;
        for (size_t c = 0; c < breaks.size(); ++c) {
            LegendEntry e;
            e.lower = lower;
            e.upper = breaks[c];
            e.label = QStringLiteral("%1 – %2 %3").arg(formatValue(lower), formatValue(breaks[c]), unit);
            e.color = colors.value(int(c));
            e.key = QString::number(c);
            out << e;
            lower = breaks[c];
        }
    }
    LegendEntry none;
    none.label = theme ? QStringLiteral("无分配 none") : QStringLiteral("未分配 unassigned");
    none.color = style.noDataColor;
    out << none;

    if (m_parcels) {
        const ParcelStore &s = *m_parcels;
        QReadLocker lock(&s.lock());
        auto count = [&](int i) {
            int row;
            if (!theme) {
                const int e = s.ecosystemIndex(i);
                row = e == 0 || e > m_ecoColors.size() ? int(out.size()) - 1 : e - 1;
            } else {
                const double v = kind == LayerKind::LandTheme     ? s.landMu(i)
                                 : kind == LayerKind::EnergyTheme ? s.energyTce(i)
                                                                  : s.financeWan(i);
                const int c = v > 0 ? Classification::classOf(breaks, v) : -1;
                row = c < 0 ? int(out.size()) - 1 : c;
            }
            out[row].count++;
            out[row].areaMu += units::muFromSquareMetres(s.areaM2(i));
        };
        if (extent.isNull()) {
            for (int i = 0; i < s.size(); ++i)
                count(i);
        } else {
            s.query(extent, count);
        }
    }
    if (onlyPresent)
        out.erase(std::remove_if(out.begin(), out.end(), [](const LegendEntry &e) { return e.count == 0; }),
                  out.end());
    return out;
}

void MapScene::setSelection(const QSet<qint64> &fids)
{
    if (fids == m_selection)
        return;
    m_selection = fids;
    bump(LayerKind::Selection);
    emit repaintNeeded();
}

qint64 MapScene::parcelAt(const MapSettings &settings, const QPointF &pixel, double tolerancePx) const
{
    const QPointF m = settings.toMap(pixel);
    return parcelAtMap(m.x(), m.y(), tolerancePx * settings.mapUnitsPerPixel());
}

qint64 MapScene::parcelAtMap(double x, double y, double tol) const
{
    if (!m_parcels)
        return -1;
    const ParcelStore &s = *m_parcels;
    Envelope q;
    q.include(x - tol, y - tol);
    q.include(x + tol, y + tol);
    QReadLocker lock(&s.lock());
    int inside = -1;
    double insideArea = 0;
    int nearest = -1;
    double nearestDist = tol;
    s.query(q, [&](int i) {
        if (s.contains(i, x, y)) {
            // Nested parcels: the smaller one is what the user points at.
            if (inside < 0 || s.areaM2(i) < insideArea) {
                inside = i;
                insideArea = s.areaM2(i);
            }
        } else if (tol > 0) {
            const double d = s.distanceToBoundary(i, x, y);
            if (d <= nearestDist) {
                nearestDist = d;
                nearest = i;
            }
        }
    });
    if (inside >= 0)
        return s.fid(inside);
    return nearest >= 0 ? s.fid(nearest) : -1;
}

QList<qint64> MapScene::parcelsIn(const Envelope &rect) const
{
    QList<qint64> out;
    if (!m_parcels || rect.isNull())
        return out;
    const ParcelStore &s = *m_parcels;
    QReadLocker lock(&s.lock());
    s.query(rect, [&](int i) {
        if (s.intersects(i, rect))
            out << s.fid(i);
    });
    return out;
}

void MapScene::parcelChanged(qint64 fid)
{
    invalidateParcels({fid});
}

void MapScene::invalidateParcels(const QList<qint64> &fids)
{
    if (!m_parcels || !m_cache || fids.isEmpty())
        return;
    // Allocations before the edit: theme classes cut from the data must follow changed values.
    std::vector<std::array<float, 3>> before;
    before.reserve(size_t(fids.size()));
    for (qint64 f : fids) {
        const int i = m_parcels->indexOf(f);
        before.push_back(i < 0 ? std::array<float, 3>{}
                               : std::array<float, 3>{m_parcels->landMu(i), m_parcels->energyTce(i),
                                                      m_parcels->financeWan(i)});
    }
    const std::vector<int> changed = m_parcels->updateAttributes(*m_cache, fids);
    if (changed.empty())
        return;
    bool themeChanged[3] = {false, false, false};
    for (int k = 0; k < fids.size(); ++k) {
        const int i = m_parcels->indexOf(fids[k]);
        if (i < 0)
            continue;
        themeChanged[0] = themeChanged[0] || m_parcels->landMu(i) != before[k][0];
        themeChanged[1] = themeChanged[1] || m_parcels->energyTce(i) != before[k][1];
        themeChanged[2] = themeChanged[2] || m_parcels->financeWan(i) != before[k][2];
    }
    bool classesChanged = false;
    const LayerKind themes[3] = {LayerKind::LandTheme, LayerKind::EnergyTheme, LayerKind::FinanceTheme};
    for (int t = 0; t < 3; ++t) {
        // Manual breaks do not depend on the data; computed ones are cut again on next use (lazily).
        if (!themeChanged[t] || !m_breaks.contains(int(themes[t])) || !layer(themes[t]).style.breaks.empty())
            continue;
        const std::vector<double> old = m_breaks.value(int(themes[t]));
        m_breaks.remove(int(themes[t]));
        if (classBreaks(themes[t]) != old) {
            bump(themes[t]); // every parcel may change class: redraw the whole layer
            classesChanged = true;
        }
    }
    bool selected = false;
    for (int i : changed) {
        const Envelope e = m_parcels->envelope(i);
        ++m_editSerial;
        m_edits.push_back({m_editSerial, e});
        for (LayerKind k :
             {LayerKind::Parcels, LayerKind::LandTheme, LayerKind::EnergyTheme, LayerKind::FinanceTheme}) {
            auto it = m_imageCache.find(int(k));
            if (it != m_imageCache.end())
                it->dirty.push_back(e);
        }
        selected = selected || m_selection.contains(m_parcels->fid(i));
    }
    constexpr size_t kKeptEdits = 4096;
    if (m_edits.size() > kKeptEdits)
        m_edits.erase(m_edits.begin(), m_edits.begin() + (m_edits.size() - kKeptEdits));
    bump(LayerKind::Labels);
    if (selected)
        bump(LayerKind::Selection);
    if (classesChanged)
        emit layersChanged(); // legends show the new class bounds
    emit repaintNeeded();
}

void MapScene::invalidateAll()
{
    for (LayerKind k : allLayerKinds())
        bump(k);
}

std::shared_ptr<RenderSnapshot> MapScene::snapshot(const MapSettings &settings) const
{
    auto snap = std::make_shared<RenderSnapshot>();
    snap->settings = settings;
    snap->parcels = m_parcels;
    snap->districts = m_districts;
    snap->basemap = m_basemap;
    snap->editSerial = m_editSerial;
    if (m_parcels)
        for (qint64 f : m_selection) {
            const int i = m_parcels->indexOf(f);
            if (i >= 0)
                snap->selection.push_back(i);
        }
    const double scale = settings.scaleDenominator();
    bool lowest = true; // no active layer below yet
    const quint32 background = qPremultiply(settings.background().rgba());
    for (const MapLayer &l : m_layers) {
        LayerSnapshot ls;
        ls.layer = l;
        ls.revision = m_revisions.value(int(l.kind));
        const bool inRange = (l.style.minScale <= 0 || scale >= l.style.minScale) &&
                             (l.style.maxScale <= 0 || scale <= l.style.maxScale);
        bool hasData = true;
        if (l.kind == LayerKind::Basemap)
            hasData = bool(m_basemap);
        else if (l.kind == LayerKind::Districts)
            hasData = !m_districts.isEmpty();
        else if (l.kind == LayerKind::Selection)
            hasData = !snap->selection.empty();
        else
            hasData = bool(m_parcels);
        ls.active = settings.isValid() && l.style.visible && l.style.opacity > 0 && inRange && hasData;
        if (l.kind == LayerKind::Parcels) {
            ls.colors << l.style.noDataColor << m_ecoColors;
        } else if (isThemeLayer(l.kind) && ls.active) {
            ls.breaks = classBreaks(l.kind);
            ls.colors = classColors(l.kind);
        }
        // The lowest fill layer is drawn straight onto the opaque background when nothing in it is
        // translucent (fills overwrite pixels): compose() then has nothing to blend.
        if (ls.active && lowest && (l.kind == LayerKind::Parcels || isThemeLayer(l.kind)) &&
            l.style.opacity >= 1 && qAlpha(background) == 255 && l.style.noDataColor.alpha() == 255 &&
            std::all_of(ls.colors.cbegin(), ls.colors.cend(),
                        [](const QColor &c) { return c.alpha() == 255; }))
            ls.base = background;
        lowest = lowest && !ls.active;
        auto it = m_imageCache.constFind(int(l.kind));
        if (ls.active && it != m_imageCache.constEnd() && it->revision == ls.revision &&
            it->settings == settings && it->base == ls.base && !it->image.isNull()) {
            ls.cached = it->image;
            ls.dirty = it->dirty;
        }
        snap->layers.push_back(std::move(ls));
    }
    return snap;
}

void MapScene::storeLayerImages(const RenderSnapshot &done)
{
    if (done.cancelled || done.parcels != m_parcels)
        return;
    // Edits made while the job ran are not in its images: keep them as dirty areas.
    std::vector<Envelope> later;
    for (const auto &[serial, env] : m_edits)
        if (serial > done.editSerial)
            later.push_back(env);
    for (const LayerSnapshot &ls : done.layers) {
        if (ls.result.isNull() || ls.outcome == RenderJob::LayerOutcome::Skipped)
            continue;
        if (m_revisions.value(int(ls.layer.kind)) != ls.revision)
            continue;
        const bool fill = ls.layer.kind == LayerKind::Parcels || isThemeLayer(ls.layer.kind);
        if (!fill && !later.empty())
            continue;
        CachedLayer c;
        c.settings = done.settings;
        c.revision = ls.revision;
        c.image = ls.result;
        c.base = ls.base;
        if (fill)
            c.dirty = later;
        m_imageCache.insert(int(ls.layer.kind), c);
    }
}

} // namespace zhili
