#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <vector>

namespace zhili {

/// Parcels of the render store in the packed arrays the map engine draws from: one page of the persisted
/// store (RenderPageCodec), or several pages appended one after the other. Parcel i has rings
/// [parcelRings[i], parcelRings[i + 1]), ring r has points [ringPoints[r], ringPoints[r + 1]); coordinates
/// and boxes are float32 relative to the store's origin; codes and enterprises are UTF-8 slices of one
/// buffer each.
struct RenderPage {
    std::vector<qint64> fid;
    std::vector<float> boxes; ///< minx, miny, maxx, maxy of parcel i at 4*i
    std::vector<quint32> parcelRings{0};
    std::vector<quint32> ringPoints{0};
    std::vector<float> coords; ///< x at 2*p, y at 2*p + 1
    std::vector<quint8> eco;
    std::vector<quint16> district;
    std::vector<float> land, energy, finance, area;
    std::vector<quint32> codeOffsets{0}, enterpriseOffsets{0};
    QByteArray codes, enterprises;

    int size() const { return int(fid.size()); }
    /// Empties the page but keeps its memory: the next page decoded into it allocates (and faults in) nothing
    /// new while it is no larger.
    void clear();
    /// Appends parcel i of `other` (a region read keeps only some parcels of each page).
    void append(const RenderPage &other, int i);
    /// Appends the box of the points [firstPoint, end of coords): the last parcel's, once its rings are in.
    void appendBoxOfPointsFrom(size_t firstPoint);
    /// Reserves `scale` times what every array holds now, at most `maxParcels` parcels and `maxBytes`
    /// elements of the other arrays (pages read after the first, from its share of their bytes: the arrays
    /// then grow without copies). Capacity that is never written costs no memory.
    void reserveScaled(double scale, size_t maxParcels, size_t maxBytes);
};

} // namespace zhili
