#include "render/parcelstorecache.h"

#include "cache/geopackagecache.h"
#include "render/parcelstore.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>
#include <sqlite3.h>
#include <type_traits>

namespace zhili {

namespace {

// Bump when the layout of the persisted arrays changes: older copies are then ignored and rewritten.
constexpr int kFormat = 2;
// SQLite refuses blobs over ~1 GB; arrays are split into parts well below that.
constexpr qint64 kPartBytes = 256 << 20;

const char *const kTriggers[] = {"zhili_render_parcels_insert", "zhili_render_parcels_delete",
                                 "zhili_render_parcels_geometry", "zhili_render_parcels_assignment"};

const char kSchemaSql[] = R"SQL(
CREATE TABLE IF NOT EXISTS zhili_render_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  parcels_rev INTEGER NOT NULL);
INSERT OR IGNORE INTO zhili_render_state VALUES (1, 0);
CREATE TABLE IF NOT EXISTS zhili_render_cache (
  name TEXT NOT NULL,
  part INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (name, part));
CREATE TABLE IF NOT EXISTS zhili_render_dirty (fid INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS zhili_render_parcels_insert AFTER INSERT ON parcels
BEGIN UPDATE zhili_render_state SET parcels_rev = parcels_rev + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS zhili_render_parcels_delete AFTER DELETE ON parcels
BEGIN UPDATE zhili_render_state SET parcels_rev = parcels_rev + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS zhili_render_parcels_geometry AFTER UPDATE OF fid, geom, district, area_m2 ON parcels
BEGIN UPDATE zhili_render_state SET parcels_rev = parcels_rev + 1 WHERE id = 1; END;
CREATE TRIGGER IF NOT EXISTS zhili_render_parcels_assignment
AFTER UPDATE OF ecosystem, land_mu, energy_tce, finance_wan, code, enterprise ON parcels
BEGIN INSERT OR IGNORE INTO zhili_render_dirty (fid) VALUES (NEW.fid); END;
)SQL";

template <typename T> void writeArray(SqliteStatement &st, const char *name, const T *data, size_t count)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    const qint64 total = qint64(count * sizeof(T));
    int part = 0;
    qint64 at = 0;
    do {
        const qint64 n = std::min(kPartBytes, total - at);
        st.reset();
        st.bind(1, QString::fromLatin1(name)).bind(2, part++).bindBlob(3, bytes + at, int(n)).run();
        at += n;
    } while (at < total);
}

/// Reads array `name` into `out` straight from SQLite's pages (incremental blob I/O: no intermediate copy of
/// the whole blob); false when missing or its size is not a whole number of T.
template <typename Vec> bool readArray(SqliteDatabase &db, SqliteStatement &st, const char *name, Vec &out)
{
    using T = std::remove_reference_t<decltype(out[0])>;
    st.reset();
    st.bind(1, QString::fromLatin1(name));
    std::vector<std::pair<qint64, qint64>> parts; // rowid, bytes
    qint64 total = 0;
    while (st.step()) {
        parts.push_back({st.integer(0), st.integer(1)});
        total += st.integer(1);
    }
    if (parts.empty() || total % qint64(sizeof(T)) != 0)
        return false;
    out.resize(size_t(total) / sizeof(T));
    char *dst = reinterpret_cast<char *>(out.data());
    for (const auto &[rowid, bytes] : parts) {
        sqlite3_blob *blob = nullptr;
        if (sqlite3_blob_open(db.handle(), "main", "zhili_render_cache", "data", rowid, 0, &blob) !=
            SQLITE_OK) {
            sqlite3_blob_close(blob);
            return false;
        }
        const bool ok =
            sqlite3_blob_bytes(blob) == bytes && sqlite3_blob_read(blob, dst, int(bytes), 0) == SQLITE_OK;
        sqlite3_blob_close(blob);
        if (!ok)
            return false;
        dst += bytes;
    }
    return true;
}

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

std::shared_ptr<ParcelStore> ParcelStoreCache::read(GeoPackageCache &cache)
{
    if (!enabled())
        return {};
    SqliteDatabase &db = cache.db();
    // All tables and every trigger must be there: a recreated parcels table comes without our triggers.
    {
        auto st = db.prepare(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE (type = 'table' AND name IN ('zhili_render_state', "
            "'zhili_render_cache', 'zhili_render_dirty')) OR (type = 'trigger' AND tbl_name = 'parcels' AND "
            "name IN (?, ?, ?, ?))"));
        for (int k = 0; k < 4; ++k)
            st.bind(k + 1, QString::fromLatin1(kTriggers[k]));
        if (!st.step() || st.integer(0) != 7)
            return {};
    }
    QElapsedTimer timer;
    timer.start();
    // One read transaction: the copy, the revision and the dirty list are seen at the same instant.
    db.exec(QStringLiteral("BEGIN"));
    struct Rollback {
        SqliteDatabase &db;
        ~Rollback()
        {
            try {
                db.exec(QStringLiteral("COMMIT"));
            } catch (const Error &) {
            }
        }
    } rollback{db};

    const qint64 rev =
        db.scalar(QStringLiteral("SELECT parcels_rev FROM zhili_render_state WHERE id = 1")).toLongLong();
    auto st = db.prepare(
        QStringLiteral("SELECT rowid, length(data) FROM zhili_render_cache WHERE name = ? ORDER BY part"));
    std::vector<char> metaBytes;
    if (!readArray(db, st, "meta", metaBytes))
        return {};
    const QJsonObject meta =
        QJsonDocument::fromJson(QByteArray(metaBytes.data(), qsizetype(metaBytes.size()))).object();
    QStringList ecoKeys, districts;
    for (const QJsonValue &v : meta.value(QStringLiteral("ecosystems")).toArray())
        ecoKeys << v.toString();
    for (const QJsonValue &v : meta.value(QStringLiteral("districts")).toArray())
        districts << v.toString();
    if (meta.value(QStringLiteral("format")).toInt() != kFormat ||
        qint64(meta.value(QStringLiteral("rev")).toDouble(-1)) != rev ||
        meta.value(QStringLiteral("littleEndian")).toBool() != (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) ||
        ecoKeys != ecosystemKeys(cache))
        return {};

    std::shared_ptr<ParcelStore> s(new ParcelStore);
    s->m_ecoKeys = ecoKeys;
    s->m_districtNames = districts;
    s->m_originX = meta.value(QStringLiteral("originX")).toDouble();
    s->m_originY = meta.value(QStringLiteral("originY")).toDouble();
    const QJsonArray ext = meta.value(QStringLiteral("extent")).toArray();
    if (ext.size() == 4) {
        s->m_extent.include(ext[0].toDouble(), ext[1].toDouble());
        s->m_extent.include(ext[2].toDouble(), ext[3].toDouble());
    }
    std::vector<char> codes, ents;
    const bool ok =
        readArray(db, st, "fid", s->m_fid) && readArray(db, st, "boxes", s->m_boxes) &&
        readArray(db, st, "parcelRings", s->m_parcelRings) &&
        readArray(db, st, "ringPoints", s->m_ringPoints) && readArray(db, st, "coords", s->m_coords) &&
        readArray(db, st, "eco", s->m_eco) && readArray(db, st, "district", s->m_district) &&
        readArray(db, st, "land", s->m_land) && readArray(db, st, "energy", s->m_energy) &&
        readArray(db, st, "finance", s->m_finance) && readArray(db, st, "area", s->m_area) &&
        readArray(db, st, "codeOffsets", s->m_codeOffsets) &&
        readArray(db, st, "enterpriseOffsets", s->m_enterpriseOffsets) && readArray(db, st, "codes", codes) &&
        readArray(db, st, "enterprises", ents) && readArray(db, st, "fidIndex", s->m_fidIndex);
    const size_t n = s->m_fid.size();
    // Consistency: a damaged or half-written copy must not be drawn.
    if (!ok || qint64(n) != qint64(meta.value(QStringLiteral("count")).toDouble(-1)) ||
        s->m_boxes.size() != 4 * n || s->m_parcelRings.size() != n + 1 || s->m_eco.size() != n ||
        s->m_district.size() != n || s->m_land.size() != n || s->m_energy.size() != n ||
        s->m_finance.size() != n || s->m_area.size() != n || s->m_codeOffsets.size() != n + 1 ||
        s->m_enterpriseOffsets.size() != n + 1 || s->m_parcelRings.back() + 1 != s->m_ringPoints.size() ||
        2 * size_t(s->m_ringPoints.back()) != s->m_coords.size() || s->m_codeOffsets.back() != codes.size() ||
        s->m_enterpriseOffsets.back() != ents.size() || s->m_fidIndex.size() != n)
        return {};
    for (size_t k = 0; k < n; k += 997) // spot check: the lookup points back at its parcel
        if (s->m_fidIndex[k].second < 0 || size_t(s->m_fidIndex[k].second) >= n ||
            s->m_fid[size_t(s->m_fidIndex[k].second)] != s->m_fidIndex[k].first)
            return {};
    for (quint8 e : s->m_eco)
        if (e > ecoKeys.size())
            return {};
    for (quint16 d : s->m_district)
        if (d >= districts.size())
            return {};
    s->m_codes = QByteArray(codes.data(), qsizetype(codes.size()));
    s->m_enterprises = QByteArray(ents.data(), qsizetype(ents.size()));
    codes = {};
    ents = {};

    QList<qint64> dirty;
    {
        auto d = db.prepare(QStringLiteral("SELECT fid FROM zhili_render_dirty"));
        while (d.step())
            dirty << d.integer(0);
    }
    s->m_index.build(s->m_boxes.data(), int(n)); // cheap: the boxes are already in Hilbert order
    // Assignment edits since the copy was written: re-read just those parcels.
    if (!dirty.isEmpty())
        s->updateAttributes(cache, dirty);
    if (qEnvironmentVariableIsSet("ZHILI_LOAD_TIMING"))
        qInfo("ParcelStoreCache::read %zu parcels, %lld re-read: %.1f ms", n, qlonglong(dirty.size()),
              timer.nsecsElapsed() / 1e6);
    return s;
}

void ParcelStoreCache::write(GeoPackageCache &cache, const ParcelStore &s)
{
    if (cache.isReadOnly())
        throw Error(QStringLiteral("render cache: %1 is open read-only").arg(cache.path()));
    if (s.isPartial() || !s.m_codeOverride.isEmpty() || !s.m_enterpriseOverride.isEmpty())
        throw Error(QStringLiteral("render cache: only a freshly loaded full parcel store can be saved"));
    SqliteDatabase &db = cache.db();
    SqliteTransaction tx(db);
    db.exec(QString::fromLatin1(kSchemaSql));
    db.exec(QStringLiteral("DELETE FROM zhili_render_cache; DELETE FROM zhili_render_dirty"));
    const qint64 rev =
        db.scalar(QStringLiteral("SELECT parcels_rev FROM zhili_render_state WHERE id = 1")).toLongLong();
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

    auto st =
        db.prepare(QStringLiteral("INSERT INTO zhili_render_cache (name, part, data) VALUES (?, ?, ?)"));
    auto put = [&](const char *name, const auto &v) { writeArray(st, name, v.data(), v.size()); };
    writeArray(st, "meta", metaJson.constData(), size_t(metaJson.size()));
    put("fid", s.m_fid);
    put("boxes", s.m_boxes);
    put("parcelRings", s.m_parcelRings);
    put("ringPoints", s.m_ringPoints);
    put("coords", s.m_coords);
    put("eco", s.m_eco);
    put("district", s.m_district);
    put("land", s.m_land);
    put("energy", s.m_energy);
    put("finance", s.m_finance);
    put("area", s.m_area);
    put("codeOffsets", s.m_codeOffsets);
    put("enterpriseOffsets", s.m_enterpriseOffsets);
    writeArray(st, "codes", s.m_codes.constData(), size_t(s.m_codes.size()));
    writeArray(st, "enterprises", s.m_enterprises.constData(), size_t(s.m_enterprises.size()));
    put("fidIndex", s.m_fidIndex);
    tx.commit();
}

} // namespace zhili
