#pragma once

#include "cache/parcelfilter.h"
#include "cache/sqlitedatabase.h"
#include "model/parcel.h"

#include <QByteArray>
#include <QSet>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// The parcels an export writes: every column of `parcels` and the geometry blob, under a filter and
/// optionally only a selection of fids, in fid order. The filter's values are bound, never spliced.
class ParcelExportRows {
public:
    ParcelExportRows(GeoPackageCache &cache, const ParcelFilter &filter,
                     const std::optional<QSet<qint64>> &fids = std::nullopt);

    /// Number of parcels next() will yield (a count query; the selection is intersected in memory).
    qint64 count();
    /// Starts (again) from the first parcel.
    void rewind();
    bool next();
    /// The current parcel, source attributes included.
    Parcel parcel() const;
    /// The current parcel's GeoPackage geometry blob (empty when the parcel has no geometry).
    QByteArray geometryBlob() const;
    /// The current parcel's source attributes as stored (JSON text), without decoding the rest.
    QString sourceAttributesJson() const;

private:
    GeoPackageCache &m_cache;
    ParcelFilter m_filter;
    std::optional<QSet<qint64>> m_fids;
    std::optional<SqliteStatement> m_st;
};

} // namespace zhili
