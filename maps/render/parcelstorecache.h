#pragma once

#include "cache/renderpagecodec.h"
#include "geometry/envelope.h"
#include "util/taskprogress.h"

#include <QtGlobal>
#include <memory>

namespace zhili {

class GeoPackageCache;
class ParcelStore;
class RenderCacheStore;
struct RenderPage;

/// A persisted copy of a ParcelStore inside the GeoPackage, so opening a cache reads compact pages instead
/// of decoding every parcel's geometry again. The store's Hilbert order is cut into pages of kPageParcels
/// parcels, each one row with its box (zhili_render_pages) and its parcels quantised to 1 cm
/// (RenderPageCodec); a region read decodes only the pages whose box meets it. A second set of pages (level
/// 1) holds the overview: the same parcels generalised by ParcelStoreGeneraliser to the default tolerance
/// (extent / 4096), read instead of the detail for views whose pixel spans ≥ 2 tolerances (a whole city).
/// A meta row records the format, the parcels revision, the count, the ecosystem keys, the district names,
/// the extent, the origin and the overview's tolerance; it covers both levels.
///
/// It is never stale: write() installs triggers on `parcels`. Inserts, deletes and changes of geometry, fid,
/// district or area bump zhili_render_state.parcels_rev (the copy is then ignored and rewritten on the next
/// writable open or import); assignment edits (ecosystem, allocations, code, enterprise) record the fid in
/// zhili_render_dirty and read() re-reads just those parcels (in either level). Dropping and recreating the
/// parcels table drops the triggers, which read() also treats as stale.
class ParcelStoreCache {
public:
    /// Below this many parcels a full load is fast enough for MapScene not to write the copy when it opens a
    /// cache without one (imports write it at every size; whatever is present is read).
    static constexpr int kMinParcels = 50000;
    /// Parcels per page: a few hundred pages for a million parcels.
    static constexpr int kPageParcels = 2048;

    /// Which set of pages to read.
    enum class Level { Detail = 0, Overview = 1 };
    /// The overview level and the tolerance its rings were generalised to (map units).
    struct Overview {
        std::shared_ptr<ParcelStore> store;
        double tolerance = 0;
    };

    /// The persisted store when present and current, else null (never throws for a missing/stale copy;
    /// throws zhili::Error only for SQLite failures). With a non-null `region`, only the pages meeting it
    /// are decoded and the store holds the parcels whose box meets it (isPartial(), as ParcelStore::load()
    /// with a region). Setting ZHILI_RENDER_CACHE=0 disables it (benchmarks). With Texts::Skip the codes and
    /// enterprise names are left out (ParcelStore::hasTexts()).
    static std::shared_ptr<ParcelStore> read(GeoPackageCache &cache, const Envelope &region = Envelope(),
                                             RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read);
    /// The persisted overview (Level::Overview) under the same rules as read(): null store when missing or
    /// stale, assignment edits re-read. Its parcels, order, fids, attributes and tables are the detail's;
    /// with Texts::Skip its codes and enterprise names are left out (ParcelStore::hasTexts()).
    static Overview readOverview(GeoPackageCache &cache, const Envelope &region = Envelope(),
                                 RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read);
    /// Replaces the persisted copy with `store` (a full load, not a region) and its overview
    /// (ParcelStoreGeneraliser at the default tolerance), and installs the triggers, in one transaction (the
    /// caller's when one is open). Throws zhili::Error.
    static void write(GeoPackageCache &cache, const ParcelStore &store, int pageParcels = kPageParcels);
    /// Loads every parcel of the cache and writes the copy: the last step of an import, inside its
    /// transaction. Canceling `progress` throws zhili::Cancelled.
    static void rebuild(GeoPackageCache &cache, const TaskProgress &progress = TaskProgress());
    /// Whether reading is enabled (ZHILI_RENDER_CACHE is not 0).
    static bool enabled();
    /// Pages of `level` decoded in this process so far (tests check that a zoomed read stays small and that
    /// a full-extent render reads no detail page).
    static qint64 pagesDecoded(Level level = Level::Detail);

private:
    /// read() and readOverview(): the pages of `level` meeting `region`; `tolerance` gets the overview's.
    static std::shared_ptr<ParcelStore>
    readLevel(GeoPackageCache &cache, const Envelope &region, Level level, double *tolerance,
              RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read);
    /// Writes the pages of `store` as level `level`.
    static void writePages(RenderCacheStore &db, const ParcelStore &store, int level, int pageParcels);
    /// Parcels [from, to) of `store` as a page to encode.
    static RenderPage slice(const ParcelStore &store, int from, int to);
    /// Moves decoded parcels into `store`'s arrays and builds its indexes.
    static void adopt(ParcelStore &store, RenderPage &&parcels);
    /// Indexes point inside their tables.
    static bool isConsistent(const ParcelStore &store);
};

} // namespace zhili
