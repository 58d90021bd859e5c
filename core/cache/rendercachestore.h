#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <type_traits>

namespace zhili {

class SqliteDatabase;

/// The tables behind the persisted render cache: pages of parcels with their boxes in zhili_render_pages
/// (so a region reads only the pages it meets), one set of pages per level of detail (0: the parcels as
/// stored, 1: their generalised overview), named byte arrays such as the meta row (split into parts)
/// in zhili_render_cache, the parcels revision in zhili_render_state and the fids of assignment edits in
/// zhili_render_dirty, kept current by triggers on `parcels`. What the bytes mean is the map engine's
/// business (ParcelStoreCache, RenderPageCodec); this class owns the SQL.
class RenderCacheStore {
public:
    explicit RenderCacheStore(SqliteDatabase &db) : m_db(db) {}

    /// True when the four tables (the pages with their levels) and all four triggers exist (a recreated
    /// `parcels` table has no triggers, so its copy must not be trusted).
    bool isInstalled();
    /// Creates the tables and triggers when missing (replacing a pages table without levels), then empties
    /// the copy and the dirty list. Call inside a
    /// transaction together with the writeArray() and writePage() calls.
    void installAndClear();
    /// Bumped by the triggers on every insert, delete and change of geometry, fid, district or area.
    qint64 parcelsRevision();
    /// Fids whose assignment (ecosystem, allocations, code, enterprise) changed since installAndClear().
    QList<qint64> dirtyParcels();

    /// Stores `bytes` bytes under `name` (split into parts SQLite accepts).
    void writeArray(const QString &name, const void *data, qint64 bytes);
    /// Stores page number `page` of level `level`: the box of its parcels (map units), how many there are and
    /// their bytes.
    void writePage(int level, int page, const Envelope &box, int parcels, const QByteArray &data);
    /// Calls visit(bytes) for each page of `level` whose box meets `region` (every page of the level for a
    /// null region), in page order; the bytes are valid during the call only. Stops and returns false when
    /// visit() does.
    bool forEachPage(int level, const Envelope &region, const std::function<bool(QByteArrayView)> &visit);
    /// The bytes of all pages of `level` (from the blobs' lengths, without reading them).
    qint64 levelBytes(int level);

    /// Reads array `name` into `out` (a std::vector of plain values, as written by writeArray()) straight
    /// from SQLite's pages; false when it is missing or its size is not a whole number of elements.
    template <typename Vec> bool readArray(const QString &name, Vec &out)
    {
        using T = std::remove_reference_t<decltype(out[0])>;
        return readBytes(name, sizeof(T), [&out](qint64 total) {
            out.resize(size_t(total) / sizeof(T));
            return reinterpret_cast<char *>(out.data());
        });
    }

    /// A read transaction: the copy, the revision and the dirty list are seen at the same instant (inside
    /// the caller's transaction when one is open, which is then left as it is).
    ///
    /// A transaction of its own also reads the file through a memory mapping, straight from the OS's
    /// cache, instead of copying each database page into SQLite's page cache (a fifth of reading a million
    /// parcels' overview: the copies and the page faults of the cache they fill). The mapping ends with
    /// the read: left in place, it would crash the process if another program shrank the file (a VACUUM).
    class ReadSnapshot {
    public:
        explicit ReadSnapshot(RenderCacheStore &store);
        ~ReadSnapshot();
        Q_DISABLE_COPY(ReadSnapshot)

    private:
        SqliteDatabase &m_db;
        bool m_began = false;
    };

private:
    /// Whether zhili_render_pages exists with its level column (format 3 had none).
    bool hasLevels();
    bool readBytes(const QString &name, size_t elementSize, const std::function<char *(qint64)> &allocate);

    SqliteDatabase &m_db;
};

} // namespace zhili
