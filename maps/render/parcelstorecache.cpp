#include "render/parcelstorecache.h"

#include "cache/geopackagecache.h"
#include "cache/rendercachestore.h"
#include "render/parcelstore.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zhili {

namespace {

// Bump when the layout of the persisted arrays changes: older copies are then ignored and rewritten.
constexpr int kFormat = 2;

QStringList ecosystemKeys(GeoPackageCache &cache)
{
    QStringList keys;
    for (const Ecosystem &e : cache.ecosystems())
        keys << e.key;
    return keys;
}

} // namespace

bool ParcelStoreCache::enabled()
{
    return qEnvironmentVariable("ZHILI_RENDER_CACHE") != QLatin1String("0");
}

namespace {

/// The "meta" array: what the persisted arrays were written from.
struct Meta {
    int format = 0;
    qint64 rev = -1;
    qint64 count = -1;
    bool littleEndian = false;
    QStringList ecoKeys, districts;
    double originX = 0, originY = 0;
    Envelope extent;
};

bool readMeta(RenderCacheStore &db, Meta *out)
{
    std::vector<char> metaBytes;
    if (!db.readArray(QStringLiteral("meta"), metaBytes))
        return false;
    const QJsonObject meta =
        QJsonDocument::fromJson(QByteArray(metaBytes.data(), qsizetype(metaBytes.size()))).object();
    for (const QJsonValue &v : meta.value(QStringLiteral("ecosystems")).toArray())
        out->ecoKeys << v.toString();
    for (const QJsonValue &v : meta.value(QStringLiteral("districts")).toArray())
        out->districts << v.toString();
    out->format = meta.value(QStringLiteral("format")).toInt();
    out->rev = qint64(meta.value(QStringLiteral("rev")).toDouble(-1));
    out->count = qint64(meta.value(QStringLiteral("count")).toDouble(-1));
    out->littleEndian = meta.value(QStringLiteral("littleEndian")).toBool();
    out->originX = meta.value(QStringLiteral("originX")).toDouble();
    out->originY = meta.value(QStringLiteral("originY")).toDouble();
    const QJsonArray ext = meta.value(QStringLiteral("extent")).toArray();
    if (ext.size() == 4) {
        out->extent.include(ext[0].toDouble(), ext[1].toDouble());
        out->extent.include(ext[2].toDouble(), ext[3].toDouble());
    }
    return true;
}

} // namespace

std::shared_ptr<ParcelStore> ParcelStoreCache::read(GeoPackageCache &cache)
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
    const qint64 rev = db.parcelsRevision();
    Meta meta;
    if (!readMeta(db, &meta) || meta.format != kFormat || meta.rev != rev ||
        meta.littleEndian != (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) || meta.ecoKeys != ecosystemKeys(cache))
        return {};

    std::shared_ptr<ParcelStore> s(new ParcelStore);
    s->m_ecoKeys = meta.ecoKeys;
    s->m_districtNames = meta.districts;
    s->m_originX = meta.originX;
    s->m_originY = meta.originY;
    s->m_extent = meta.extent;
    std::vector<char> codes, ents;
    if (!readArrays(db, *s, codes, ents) || !isConsistent(*s, meta.count, codes, ents))
        return {};
    s->m_codes = QByteArray(codes.data(), qsizetype(codes.size()));
    s->m_enterprises = QByteArray(ents.data(), qsizetype(ents.size()));
    codes = {};
    ents = {};

    const QList<qint64> dirty = db.dirtyParcels();
    const size_t n = s->m_fid.size();
    s->m_index.build(s->m_boxes.data(), int(n)); // cheap: the boxes are already in Hilbert order
    // Assignment edits since the copy was written: re-read just those parcels.
    if (!dirty.isEmpty())
        s->updateAttributes(cache, dirty);
    if (qEnvironmentVariableIsSet("ZHILI_LOAD_TIMING"))
        qInfo("ParcelStoreCache::read %zu parcels, %lld re-read: %.1f ms", n, qlonglong(dirty.size()),
              timer.nsecsElapsed() / 1e6);
    return s;
}

template <class Store, class Visit> bool ParcelStoreCache::forEachPlainArray(Store &s, Visit &&visit)
{
    return visit("fid", s.m_fid) && visit("boxes", s.m_boxes) && visit("parcelRings", s.m_parcelRings) &&
           visit("ringPoints", s.m_ringPoints) && visit("coords", s.m_coords) && visit("eco", s.m_eco) &&
           visit("district", s.m_district) && visit("land", s.m_land) && visit("energy", s.m_energy) &&
           visit("finance", s.m_finance) && visit("area", s.m_area) &&
           visit("codeOffsets", s.m_codeOffsets) && visit("enterpriseOffsets", s.m_enterpriseOffsets);
}

bool ParcelStoreCache::readArrays(RenderCacheStore &db, ParcelStore &s, std::vector<char> &codes,
                                  std::vector<char> &ents)
{
    return forEachPlainArray(
               s, [&](const char *name, auto &v) { return db.readArray(QString::fromLatin1(name), v); }) &&
           db.readArray(QStringLiteral("codes"), codes) &&
           db.readArray(QStringLiteral("enterprises"), ents) &&
           db.readArray(QStringLiteral("fidIndex"), s.m_fidIndex);
}

bool ParcelStoreCache::isConsistent(const ParcelStore &s, qint64 count, const std::vector<char> &codes,
                                    const std::vector<char> &ents)
{
    const size_t n = s.m_fid.size();
    // A damaged or half-written copy must not be drawn.
    if (qint64(n) != count || s.m_boxes.size() != 4 * n || s.m_parcelRings.size() != n + 1 ||
        s.m_eco.size() != n || s.m_district.size() != n || s.m_land.size() != n || s.m_energy.size() != n ||
        s.m_finance.size() != n || s.m_area.size() != n || s.m_codeOffsets.size() != n + 1 ||
        s.m_enterpriseOffsets.size() != n + 1 || s.m_parcelRings.back() + 1 != s.m_ringPoints.size() ||
        2 * size_t(s.m_ringPoints.back()) != s.m_coords.size() || s.m_codeOffsets.back() != codes.size() ||
        s.m_enterpriseOffsets.back() != ents.size() || s.m_fidIndex.size() != n)
        return false;
    for (size_t k = 0; k < n; k += 997) // spot check: the lookup points back at its parcel
        if (s.m_fidIndex[k].second < 0 || size_t(s.m_fidIndex[k].second) >= n ||
            s.m_fid[size_t(s.m_fidIndex[k].second)] != s.m_fidIndex[k].first)
            return false;
    for (quint8 e : s.m_eco)
        if (e > s.m_ecoKeys.size())
            return false;
    for (quint16 d : s.m_district)
        if (d >= s.m_districtNames.size())
            return false;
    return true;
}

void ParcelStoreCache::write(GeoPackageCache &cache, const ParcelStore &s)
{
    if (cache.isReadOnly())
        throw Error(QStringLiteral("render cache: %1 is open read-only").arg(cache.path()));
    if (s.isPartial() || !s.m_codeOverride.isEmpty() || !s.m_enterpriseOverride.isEmpty())
        throw Error(QStringLiteral("render cache: only a freshly loaded full parcel store can be saved"));
    SqliteTransaction tx(cache.db());
    RenderCacheStore db(cache.db());
    db.installAndClear();
    const qint64 rev = db.parcelsRevision();
    QJsonObject meta;
    meta[QStringLiteral("format")] = kFormat;
    meta[QStringLiteral("rev")] = double(rev);
    meta[QStringLiteral("count")] = double(s.size());
    meta[QStringLiteral("littleEndian")] = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    meta[QStringLiteral("originX")] = s.m_originX;
    meta[QStringLiteral("originY")] = s.m_originY;
    meta[QStringLiteral("extent")] =
        QJsonArray{s.m_extent.minX, s.m_extent.minY, s.m_extent.maxX, s.m_extent.maxY};
    meta[QStringLiteral("ecosystems")] = QJsonArray::fromStringList(s.m_ecoKeys);
    meta[QStringLiteral("districts")] = QJsonArray::fromStringList(s.m_districtNames);
    const QByteArray metaJson = QJsonDocument(meta).toJson(QJsonDocument::Compact);

    auto put = [&](const char *name, const auto &v) {
        db.writeArray(QString::fromLatin1(name), v.data(), qint64(v.size() * sizeof(v[0])));
        return true;
    };
    db.writeArray(QStringLiteral("meta"), metaJson.constData(), metaJson.size());
    forEachPlainArray(s, put);
    db.writeArray(QStringLiteral("codes"), s.m_codes.constData(), s.m_codes.size());
    db.writeArray(QStringLiteral("enterprises"), s.m_enterprises.constData(), s.m_enterprises.size());
    put("fidIndex", s.m_fidIndex);
    tx.commit();
}

} // namespace zhili
