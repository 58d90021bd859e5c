#pragma once

#include <QtGlobal>
#include <memory>
#include <vector>

namespace zhili {

class GeoPackageCache;
class ParcelStore;
class RenderCacheStore;

/// A persisted copy of a ParcelStore's packed arrays inside the GeoPackage (table zhili_render_cache), so
/// opening a big cache reads a few large blobs instead of decoding every parcel's geometry again.
///
/// It is never stale: write() installs triggers on `parcels`. Inserts, deletes and changes of geometry, fid,
/// district or area bump zhili_render_state.parcels_rev (the copy is then ignored and rewritten on the next
/// writable open); assignment edits (ecosystem, allocations, code, enterprise) record the fid in
/// zhili_render_dirty and read() re-reads just those parcels. Dropping and recreating the parcels table drops
/// the triggers, which read() also treats as stale.
class ParcelStoreCache {
public:
    /// Below this many parcels a full load is fast enough: MapScene neither writes nor reads the copy.
    static constexpr int kMinParcels = 50000;

    /// The persisted store when present and current, else null (never throws for a missing/stale copy;
    /// throws zhili::Error only for SQLite failures). Setting ZHILI_RENDER_CACHE=0 disables it (benchmarks).
    static std::shared_ptr<ParcelStore> read(GeoPackageCache &cache);
    /// Replaces the persisted copy with `store` (a full load, not a region) and installs the triggers, in one
    /// transaction. Throws zhili::Error.
    static void write(GeoPackageCache &cache, const ParcelStore &store);
    /// Whether reading is enabled (ZHILI_RENDER_CACHE is not 0).
    static bool enabled();

private:
    /// Calls `visit(name, array)` for each packed per-parcel array that is stored as it is in memory, in the
    /// order they are written: the one list that write() and read() both follow. Stops at the first false.
    template <class Store, class Visit> static bool forEachPlainArray(Store &store, Visit &&visit);
    // Steps of read().
    static bool readArrays(RenderCacheStore &db, ParcelStore &store, std::vector<char> &codes,
                           std::vector<char> &enterprises);
    /// Sizes agree with each other and with `count`; indexes point inside their tables.
    static bool isConsistent(const ParcelStore &store, qint64 count, const std::vector<char> &codes,
                             const std::vector<char> &enterprises);
};

} // namespace zhili
