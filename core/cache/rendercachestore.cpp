#include "cache/rendercachestore.h"

#include "cache/sqlitedatabase.h"
#include "util/error.h"

#include <vector>

namespace zhili {

namespace {

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
CREATE TABLE IF NOT EXISTS zhili_render_pages (
  level INTEGER NOT NULL,
  page INTEGER NOT NULL,
  minx REAL NOT NULL,
  miny REAL NOT NULL,
  maxx REAL NOT NULL,
  maxy REAL NOT NULL,
  parcels INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (level, page));
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

} // namespace

bool RenderCacheStore::hasLevels()
{
    // Format 3 wrote one level, keyed by page alone.
    return m_db
               .scalar(QStringLiteral(
                   "SELECT count(*) FROM pragma_table_info('zhili_render_pages') WHERE name = 'level'"))
               .toLongLong() == 1;
}

bool RenderCacheStore::isInstalled()
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE (type = 'table' AND name IN ('zhili_render_state', "
        "'zhili_render_cache', 'zhili_render_pages', 'zhili_render_dirty')) OR (type = 'trigger' AND "
        "tbl_name = 'parcels' AND "
        "name IN (?, ?, ?, ?))"));
    for (int k = 0; k < 4; ++k)
        st.bind(k + 1, QString::fromLatin1(kTriggers[k]));
    return st.step() && st.integer(0) == 8 && hasLevels();
}

void RenderCacheStore::installAndClear()
{
    if (!hasLevels()) // missing, or a format-3 table without levels: rewritten whole anyway
        m_db.exec(QStringLiteral("DROP TABLE IF EXISTS zhili_render_pages"));
    m_db.exec(QString::fromLatin1(kSchemaSql));
    m_db.exec(QStringLiteral(
        "DELETE FROM zhili_render_cache; DELETE FROM zhili_render_pages; DELETE FROM zhili_render_dirty"));
}

qint64 RenderCacheStore::parcelsRevision()
{
    return m_db.scalar(QStringLiteral("SELECT parcels_rev FROM zhili_render_state WHERE id = 1"))
        .toLongLong();
}

QList<qint64> RenderCacheStore::dirtyParcels()
{
    QList<qint64> fids;
    auto st = m_db.prepare(QStringLiteral("SELECT fid FROM zhili_render_dirty"));
    while (st.step())
        fids << st.integer(0);
    return fids;
}

void RenderCacheStore::writeArray(const QString &name, const void *data, qint64 total)
{
    auto st =
        m_db.prepare(QStringLiteral("INSERT INTO zhili_render_cache (name, part, data) VALUES (?, ?, ?)"));
    const char *bytes = static_cast<const char *>(data);
    int part = 0;
    qint64 at = 0;
    do {
        const qint64 n = std::min(kPartBytes, total - at);
        st.reset();
        st.bind(1, name).bind(2, part++).bindBlob(3, bytes + at, int(n)).run();
        at += n;
    } while (at < total);
}

void RenderCacheStore::writePage(int level, int page, const Envelope &box, int parcels,
                                 const QByteArray &data)
{
    m_db.prepare(QStringLiteral(
                     "INSERT INTO zhili_render_pages (level, page, minx, miny, maxx, maxy, parcels, data) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        .bindAll(1, level, page, box.minX, box.minY, box.maxX, box.maxY, parcels)
        .bindBlob(8, data)
        .run();
}

bool RenderCacheStore::forEachPage(int level, const Envelope &region,
                                   const std::function<bool(QByteArrayView)> &visit)
{
    // A few hundred rows even for a whole city: scanning their boxes is cheaper than keeping an index.
    auto st = region.isNull()
                  ? m_db.prepare(
                        QStringLiteral("SELECT data FROM zhili_render_pages WHERE level = ? ORDER BY page"))
                  : m_db.prepare(QStringLiteral("SELECT data FROM zhili_render_pages WHERE level = ? AND "
                                                "maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? "
                                                "ORDER BY page"));
    st.bind(1, level);
    if (!region.isNull())
        st.bindAll(2, region.minX, region.maxX, region.minY, region.maxY);
    while (st.step()) {
        int size = 0;
        const unsigned char *data = st.blobData(0, &size);
        if (!visit(QByteArrayView(reinterpret_cast<const char *>(data), size)))
            return false;
    }
    return true;
}

qint64 RenderCacheStore::levelBytes(int level)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM zhili_render_pages WHERE level = ?"));
    st.bind(1, level);
    return st.step() ? st.integer(0) : 0;
}

bool RenderCacheStore::readBytes(const QString &name, size_t elementSize,
                                 const std::function<char *(qint64)> &allocate)
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT rowid, length(data) FROM zhili_render_cache WHERE name = ? ORDER BY part"));
    st.bind(1, name);
    std::vector<std::pair<qint64, qint64>> parts; // rowid, bytes
    qint64 total = 0;
    while (st.step()) {
        parts.push_back({st.integer(0), st.integer(1)});
        total += st.integer(1);
    }
    if (parts.empty() || total % qint64(elementSize) != 0)
        return false;
    char *dst = allocate(total);
    for (const auto &[rowid, bytes] : parts) {
        // Incremental blob I/O: straight from SQLite's pages into the array, no copy of the whole blob.
        if (!m_db.readBlob("zhili_render_cache", "data", rowid, dst, bytes))
            return false;
        dst += bytes;
    }
    return true;
}

RenderCacheStore::ReadSnapshot::ReadSnapshot(RenderCacheStore &store) : m_db(store.m_db)
{
    if (m_db.inTransaction())
        return;
    // Up to SQLite's own limit (2 GiB in Debian's build); pages beyond it are read as before.
    m_db.exec(QStringLiteral("PRAGMA mmap_size = 2147418112"));
    m_began = true;
    try {
        m_db.exec(QStringLiteral("BEGIN"));
    } catch (const Error &) {
        m_db.exec(QStringLiteral("PRAGMA mmap_size = 0"));
        throw;
    }
}

RenderCacheStore::ReadSnapshot::~ReadSnapshot()
{
    if (!m_began)
        return;
    // Each on its own: a failed COMMIT of a read-only transaction must not leave the mapping.
    for (const char *sql : {"COMMIT", "PRAGMA mmap_size = 0"}) {
        try {
            m_db.exec(QString::fromLatin1(sql));
        } catch (const Error &) {
        }
    }
}

} // namespace zhili
