#pragma once

#include "geometry/envelope.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;
class SqliteStatement;

/// Totals for one group of parcels (a district, an ecosystem, or the whole cache).
struct ParcelTotals {
    QString key;  ///< district name or ecosystem key ("" = unassigned)
    QString name; ///< display name (ecosystem 中文 name)
    QString color;
    qint64 parcels = 0;
    double areaMu = 0;
    double landMu = 0;
    double energyTce = 0;
    double financeWan = 0;

    /// Reads parcels, area, land, energy and finance from the columns `first` … `first + 4`.
    void readSums(const SqliteStatement &st, int first);
    /// Adds the counts and sums of `other` (a total row).
    void add(const ParcelTotals &other);
};

/// What `zhili-cli info` prints: parcels, area and allocations per district and per ecosystem.
struct CacheSummary {
    QString crs;
    Envelope extent;
    ParcelTotals total;
    QList<ParcelTotals> districts;
    QList<ParcelTotals> ecosystems; ///< the five in order, then unassigned

    static CacheSummary compute(GeoPackageCache &cache);
};

} // namespace zhili
