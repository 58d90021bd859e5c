#pragma once

#include "geometry/envelope.h"

#include <QList>

namespace zhili {

class ParcelStore;

/// Hit-testing on the packed parcel store (takes its read lock).
class ParcelPicker {
public:
    /// The parcel at a map point: a parcel containing it wins (holes excluded; of nested parcels the
    /// smaller); otherwise the nearest boundary within `tolerance` map units. Returns the fid or -1.
    static qint64 parcelAt(const ParcelStore &store, double x, double y, double tolerance);
    /// Fids of the parcels that intersect the rectangle.
    static QList<qint64> parcelsIn(const ParcelStore &store, const Envelope &rect);
};

} // namespace zhili
