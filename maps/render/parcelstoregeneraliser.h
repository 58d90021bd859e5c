#pragma once

#include <memory>
#include <vector>

namespace zhili {

class ParcelStore;

/// Builds the overview of a ParcelStore: a copy for views whose pixel is much bigger than the parcels'
/// detail (the full extent of a big city), like one level of a raster pyramid. Same parcels in the same
/// order with the same fids, attributes, tables, extent, origin and boxes (so queries and the R-tree agree
/// with the detail store); only the rings are simplified. No parcel disappears: a ring that collapses becomes
/// a strip (or, for a speck, a square) one tolerance wide, unless it lies inside another ring of its parcel
/// (a hole, which may go). The rings may then reach up to half a tolerance beyond the (kept) boxes.
class ParcelStoreGeneraliser {
public:
    /// The tolerance of the full-extent overview: the larger side of the extent / 4096, about half a device
    /// pixel when the whole city fills a 1920-pixel view.
    static double defaultTolerance(const ParcelStore &detail);
    /// The overview of `detail` with every ring moved by at most `tolerance` map units (> 0): points snapped
    /// to a grid of tolerance / 2, then Douglas–Peucker at tolerance / 2 (drops repeated and collinear
    /// points too). Takes the detail's read lock.
    static std::shared_ptr<ParcelStore> generalise(const ParcelStore &detail, double tolerance);
    /// Copies the attributes of parcels `indices` (ecosystem, allocations, code, enterprise: what
    /// ParcelStore::updateAttributes changes) from `detail` to its overview, so an edit shows in both.
    static void copyAttributes(const ParcelStore &detail, ParcelStore &overview,
                               const std::vector<int> &indices);
};

} // namespace zhili
