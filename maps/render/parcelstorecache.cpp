#include "render/parcelstorecache.h"

#include "cache/geopackagecache.h"
#include "cache/rendercachestore.h"
#include "cache/renderpage.h"
#include "cache/renderpagecodec.h"
#include "cache/sqlitedatabase.h"
#include "render/parcelstore.h"
#include "render/parcelstoregeneraliser.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <optional>

namespace zhili {

namespace {

// Bump when the layout of the persisted store changes: older copies are then ignored and rewritten.
// 3: pages of quantised parcels (format 2 was whole packed arrays). 4: a second level of pages, the
// generalised overview, and its tolerance in the meta row.
constexpr int kFormat = 4;

std::atomic<qint64> g_pagesDecoded[2] = {0, 0};

QStringList ecosystemKeys(GeoPackageCache &cache)
{
    QStringList keys;
    for (const Ecosystem &e : cache.ecosystems())
        keys << e.key;
    return keys;
}

/// The meta row: what the pages were written from.
struct Meta {
    int format = 0;
    qint64 rev = -1;
    qint64 count = -1;
    QStringList ecoKeys, districts;
    double originX = 0, originY = 0;
    double overviewTolerance = 0;
    Envelope extent;

    QByteArray toJson() const
    {
        QJsonObject meta;
        meta[QStringLiteral("format")] = format;
        meta[QStringLiteral("rev")] = double(rev);
        meta[QStringLiteral("count")] = double(count);
        meta[QStringLiteral("originX")] = originX;
        meta[QStringLiteral("originY")] = originY;
        meta[QStringLiteral("overviewTolerance")] = overviewTolerance;
        meta[QStringLiteral("extent")] = QJsonArray{extent.minX, extent.minY, extent.maxX, extent.maxY};
        meta[QStringLiteral("ecosystems")] = QJsonArray::fromStringList(ecoKeys);
        meta[QStringLiteral("districts")] = QJsonArray::fromStringList(districts);
        return QJsonDocument(meta).toJson(QJsonDocument::Compact);
    }

    bool read(RenderCacheStore &db)
    {
        std::vector<char> bytes;
        if (!db.readArray(QStringLiteral("meta"), bytes))
            return false;
        const QJsonObject meta =
            QJsonDocument::fromJson(QByteArray(bytes.data(), qsizetype(bytes.size()))).object();
        for (const QJsonValue &v : meta.value(QStringLiteral("ecosystems")).toArray())
            ecoKeys << v.toString();
        for (const QJsonValue &v : meta.value(QStringLiteral("districts")).toArray())
            districts << v.toString();
        format = meta.value(QStringLiteral("format")).toInt();
        rev = qint64(meta.value(QStringLiteral("rev")).toDouble(-1));
        count = qint64(meta.value(QStringLiteral("count")).toDouble(-1));
        originX = meta.value(QStringLiteral("originX")).toDouble();
        originY = meta.value(QStringLiteral("originY")).toDouble();
        overviewTolerance = meta.value(QStringLiteral("overviewTolerance")).toDouble();
        const QJsonArray ext = meta.value(QStringLiteral("extent")).toArray();
        if (ext.size() == 4) {
            extent.include(ext[0].toDouble(), ext[1].toDouble());
            extent.include(ext[2].toDouble(), ext[3].toDouble());
        }
        return true;
    }
};

/// Whether the local box of parcel i meets `region` (map units).
bool meets(const RenderPage &page, int i, const Envelope &region, double originX, double originY)
{
    const float *b = &page.boxes[4 * size_t(i)];
    return b[2] + originX >= region.minX && b[0] + originX <= region.maxX && b[3] + originY >= region.minY &&
           b[1] + originY <= region.maxY;
}

/// Decodes every page of `level` into `out`. The arrays are reserved after the first page from its share
/// of the level's bytes: growing them by doubling cost more than the decoding (copies and page faults).
bool decodeLevel(RenderCacheStore &db, int level, const Meta &meta, RenderPage &out,
                 RenderPageCodec::Texts texts)
{
    const qint64 bytes = db.levelBytes(level);
    // Every parcel takes at least 8 bytes: a damaged count must not reserve gigabytes.
    const size_t parcels = size_t(std::clamp<qint64>(meta.count, 0, bytes / 8));
    return db.forEachPage(level, Envelope(), [&](QByteArrayView page) {
        ++g_pagesDecoded[level];
        const bool first = out.size() == 0;
        if (!RenderPageCodec::decode(page, meta.originX, meta.originY, out, texts))
            return false;
        if (first && !page.isEmpty())
            out.reserveScaled(1.15 * double(bytes) / double(page.size()), parcels, size_t(bytes));
        return true;
    });
}

/// Decodes the pages of `level` meeting `region` (all for a null one) into `out`, keeping only the parcels
/// whose box meets it. False for a damaged page.
bool decodePages(RenderCacheStore &db, int level, const Meta &meta, const Envelope &region, RenderPage &out,
                 RenderPageCodec::Texts texts)
{
    if (region.isNull())
        return decodeLevel(db, level, meta, out, texts);
    RenderPage page; // one buffer for every page: its memory is reused, not allocated again per page
    return db.forEachPage(level, region, [&](QByteArrayView bytes) {
        ++g_pagesDecoded[level];
        page.clear();
        if (!RenderPageCodec::decode(bytes, meta.originX, meta.originY, page, texts))
            return false;
        for (int i = 0; i < page.size(); ++i)
            if (meets(page, i, region, meta.originX, meta.originY))
                out.append(page, i);
        return true;
    });
}

} // namespace

bool ParcelStoreCache::enabled()
{
    return qEnvironmentVariable("ZHILI_RENDER_CACHE") != QLatin1String("0");
}

qint64 ParcelStoreCache::pagesDecoded(Level level)
{
    return g_pagesDecoded[int(level)].load();
}

std::shared_ptr<ParcelStore> ParcelStoreCache::read(GeoPackageCache &cache, const Envelope &region,
                                                    RenderPageCodec::Texts texts)
{
    return readLevel(cache, region, Level::Detail, nullptr, texts);
}

ParcelStoreCache::Overview ParcelStoreCache::readOverview(GeoPackageCache &cache, const Envelope &region,
                                                          RenderPageCodec::Texts texts)
{
    Overview o;
    o.store = readLevel(cache, region, Level::Overview, &o.tolerance, texts);
    if (!o.store)
        o.tolerance = 0;
    return o;
}

std::shared_ptr<ParcelStore> ParcelStoreCache::readLevel(GeoPackageCache &cache, const Envelope &region,
                                                         Level level, double *tolerance,
                                                         RenderPageCodec::Texts texts)
{
    if (!enabled())
        return {};
    RenderCacheStore db(cache.db());
    // All tables and every trigger must be there: a recreated parcels table comes without our triggers.
    if (!db.isInstalled())
        return {};
    QElapsedTimer timer;
    timer.start();
    const RenderCacheStore::ReadSnapshot transaction(db);
    Meta meta;
    if (!meta.read(db) || meta.format != kFormat || meta.rev != db.parcelsRevision() ||
        meta.ecoKeys != ecosystemKeys(cache) || (level == Level::Overview && !(meta.overviewTolerance > 0)))
        return {};
    RenderPage parcels;
    if (!decodePages(db, int(level), meta, region, parcels, texts) ||
        (region.isNull() && parcels.size() != meta.count))
        return {};
    if (tolerance)
        *tolerance = meta.overviewTolerance;

    std::shared_ptr<ParcelStore> s(new ParcelStore);
    s->m_ecoKeys = meta.ecoKeys;
    s->m_districtNames = meta.districts;
    s->m_originX = meta.originX;
    s->m_originY = meta.originY;
    s->m_partial = !region.isNull();
    s->m_texts = texts == RenderPageCodec::Texts::Read;
    adopt(*s, std::move(parcels));
    if (!isConsistent(*s))
        return {};
    // The full extent is the loaded store's; a region's is that of the parcels it kept, as a load's.
    if (s->m_partial)
        for (int i = 0; i < s->size(); ++i)
            s->m_extent.include(s->envelope(i));
    else
        s->m_extent = meta.extent;
    // Assignment edits since the copy was written: re-read just those parcels.
    const QList<qint64> dirty = db.dirtyParcels();
    if (!dirty.isEmpty())
        s->updateAttributes(cache, dirty);
    if (qEnvironmentVariableIsSet("ZHILI_LOAD_TIMING"))
        qInfo("ParcelStoreCache::read %s %d parcels, %lld re-read: %.1f ms",
              level == Level::Overview ? "overview" : "detail", s->size(), qlonglong(dirty.size()),
              timer.nsecsElapsed() / 1e6);
    return s;
}

void ParcelStoreCache::adopt(ParcelStore &s, RenderPage &&p)
{
    s.m_fid = std::move(p.fid);
    s.m_boxes = std::move(p.boxes);
    s.m_parcelRings = std::move(p.parcelRings);
    s.m_ringPoints = std::move(p.ringPoints);
    s.m_coords = std::move(p.coords);
    s.m_eco = std::move(p.eco);
    s.m_district = std::move(p.district);
    s.m_land = std::move(p.land);
    s.m_energy = std::move(p.energy);
    s.m_finance = std::move(p.finance);
    s.m_area = std::move(p.area);
    s.m_codeOffsets = std::move(p.codeOffsets);
    s.m_enterpriseOffsets = std::move(p.enterpriseOffsets);
    s.m_codes = std::move(p.codes);
    s.m_enterprises = std::move(p.enterprises);
    s.buildIndexes();
}

bool ParcelStoreCache::isConsistent(const ParcelStore &s)
{
    // A damaged copy must not be drawn: the codec checked the sizes, the indexes are checked here.
    for (quint8 e : s.m_eco)
        if (e > s.m_ecoKeys.size())
            return false;
    for (quint16 d : s.m_district)
        if (d >= s.m_districtNames.size())
            return false;
    return true;
}

RenderPage ParcelStoreCache::slice(const ParcelStore &s, int from, int to)
{
    RenderPage p;
    const size_t a = size_t(from), b = size_t(to);
    p.fid.assign(s.m_fid.begin() + a, s.m_fid.begin() + b);
    p.boxes.assign(s.m_boxes.begin() + 4 * a, s.m_boxes.begin() + 4 * b);
    const quint32 r0 = s.m_parcelRings[a], p0 = s.m_ringPoints[r0];
    for (size_t i = a; i < b; ++i)
        p.parcelRings.push_back(s.m_parcelRings[i + 1] - r0);
    for (quint32 r = r0; r < s.m_parcelRings[b]; ++r)
        p.ringPoints.push_back(s.m_ringPoints[r + 1] - p0);
    p.coords.assign(s.m_coords.begin() + 2 * p0, s.m_coords.begin() + 2 * s.m_ringPoints[s.m_parcelRings[b]]);
    p.eco.assign(s.m_eco.begin() + a, s.m_eco.begin() + b);
    p.district.assign(s.m_district.begin() + a, s.m_district.begin() + b);
    p.land.assign(s.m_land.begin() + a, s.m_land.begin() + b);
    p.energy.assign(s.m_energy.begin() + a, s.m_energy.begin() + b);
    p.finance.assign(s.m_finance.begin() + a, s.m_finance.begin() + b);
    p.area.assign(s.m_area.begin() + a, s.m_area.begin() + b);
    for (size_t i = a; i < b; ++i) {
        p.codeOffsets.push_back(s.m_codeOffsets[i + 1] - s.m_codeOffsets[a]);
        p.enterpriseOffsets.push_back(s.m_enterpriseOffsets[i + 1] - s.m_enterpriseOffsets[a]);
    }
    p.codes = s.m_codes.mid(s.m_codeOffsets[a], s.m_codeOffsets[b] - s.m_codeOffsets[a]);
    p.enterprises =
        s.m_enterprises.mid(s.m_enterpriseOffsets[a], s.m_enterpriseOffsets[b] - s.m_enterpriseOffsets[a]);
    return p;
}

void ParcelStoreCache::write(GeoPackageCache &cache, const ParcelStore &s, int pageParcels)
{
    if (cache.isReadOnly())
        throw Error(QStringLiteral("render cache: %1 is open read-only").arg(cache.path()));
    if (s.isPartial() || !s.hasTexts() || !s.m_codeOverride.isEmpty() || !s.m_enterpriseOverride.isEmpty())
        throw Error(QStringLiteral("render cache: only a freshly loaded full parcel store can be saved"));
    // Inside an import the copy commits or rolls back with its rows.
    std::optional<SqliteTransaction> tx;
    if (!cache.db().inTransaction())
        tx.emplace(cache.db());
    RenderCacheStore db(cache.db());
    db.installAndClear();
    Meta meta;
    meta.format = kFormat;
    meta.rev = db.parcelsRevision();
    meta.count = s.size();
    meta.originX = s.m_originX;
    meta.originY = s.m_originY;
    meta.extent = s.m_extent;
    meta.ecoKeys = s.m_ecoKeys;
    meta.districts = s.m_districtNames;
    // The overview of the whole city: one level of a pyramid, for views whose pixel spans ≥ 2 tolerances.
    meta.overviewTolerance = ParcelStoreGeneraliser::defaultTolerance(s);
    const QByteArray metaJson = meta.toJson();
    db.writeArray(QStringLiteral("meta"), metaJson.constData(), metaJson.size());
    writePages(db, s, int(Level::Detail), pageParcels);
    if (meta.overviewTolerance > 0)
        writePages(db, *ParcelStoreGeneraliser::generalise(s, meta.overviewTolerance), int(Level::Overview),
                   pageParcels);
    if (tx)
        tx->commit();
}

void ParcelStoreCache::writePages(RenderCacheStore &db, const ParcelStore &s, int level, int pageParcels)
{
    // The overview's pages hold the same parcels as the detail's pages of the same number.
    const int step = std::max(1, pageParcels);
    for (int from = 0, page = 0; from < s.size(); from += step, ++page) {
        const int to = std::min(s.size(), from + step);
        const RenderPageCodec::Encoded e =
            RenderPageCodec::encode(slice(s, from, to), 0, to - from, s.m_originX, s.m_originY);
        db.writePage(level, page, e.box, to - from, e.data);
    }
}

void ParcelStoreCache::rebuild(GeoPackageCache &cache, const TaskProgress &progress)
{
    // The caller's progress counts features: the load only passes a cancel on.
    const TaskProgress cancelOnly(
        [progress](qint64, qint64, const QString &) { return !progress.isCanceled(); });
    write(cache, *ParcelStore::load(cache, cancelOnly));
}

} // namespace zhili
