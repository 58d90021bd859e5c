#pragma once

#include "cache/cachesummary.h"
#include "geometry/envelope.h"

#include <QList>
#include <QString>

namespace zhili {

class SqliteDatabase;

/// Parcel count, area and allocations (ParcelTotals keyed by ecosystem, "" = unassigned) per ecosystem of the
/// parcels in a district or a map box.
class EcosystemTotalsQuery {
public:
    /// Parcels of the named district.
    static QList<ParcelTotals> inDistrict(SqliteDatabase &db, const QString &district);
    /// Parcels whose box meets `extent` (GeoPackage R-tree).
    static QList<ParcelTotals> inExtent(SqliteDatabase &db, const Envelope &extent);
};

} // namespace zhili
