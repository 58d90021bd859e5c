#pragma once

#include "geometry/envelope.h"

#include <QList>
#include <QString>

namespace zhili {

class SqliteDatabase;

/// Parcel count, area and allocations per ecosystem of the parcels in a district or a map box.
class EcosystemTotalsQuery {
public:
    struct Totals {
        QString ecosystem; ///< key; "" = unassigned
        qint64 parcels = 0;
        double areaMu = 0, landMu = 0, energyTce = 0, financeWan = 0;
    };
    /// Parcels of the named district.
    static QList<Totals> inDistrict(SqliteDatabase &db, const QString &district);
    /// Parcels whose box meets `extent` (GeoPackage R-tree).
    static QList<Totals> inExtent(SqliteDatabase &db, const Envelope &extent);
};

} // namespace zhili
