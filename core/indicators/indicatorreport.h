#pragma once

#include "indicators/indicatortypes.h"
#include "util/taskprogress.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// One measure (land, energy, finance or projects) of a row: what is allocated on the map against the target.
struct MeasureProgress {
    double achieved = 0;            ///< sum over the row's parcels (count for projects)
    std::optional<double> target;   ///< the target's figure; nullopt when the row has no target
    std::optional<double> progress; ///< achieved / target, only when target > 0
    Rag rag = Rag::None;            ///< by the cache's RAG thresholds; None without progress
};

/// Progress of one ecosystem in one district (or city-wide) for one year.
struct ProgressRow {
    QString ecosystem; ///< key
    QString ecosystemName;
    QString color;
    QString district; ///< empty = city-wide (全市): all parcels of the ecosystem
    qint64 parcels = 0;
    double areaMu = 0; ///< parcel area in 亩 (geometry), beside the allocated 用地
    MeasureProgress land;
    MeasureProgress energy;
    MeasureProgress finance;
    MeasureProgress projects; ///< projects = parcels tagged with the ecosystem (one parcel, one project)
    bool hasTarget = false;
    std::optional<KeyDistrict> keyDistrict; ///< set when the district is a key district of the ecosystem
    Rag status = Rag::None;                 ///< the worst RAG among the measures that have progress
    QStringList flags;                      ///< e.g. allocations beyond what the key district was given

    bool isCityWide() const { return district.isEmpty(); }
    /// "全市 city-wide" or the district name.
    QString districtLabel() const;
};

/// One line of the allocation ledger: a district's quota of one resource against what is allocated on the
/// map.
struct LedgerRow {
    QString district;
    Resource resource = Resource::Land;
    std::optional<double> quota;   ///< nullopt when no quota is set for the year
    double allocated = 0;          ///< all parcels of the district, every ecosystem
    std::optional<double> balance; ///< quota − allocated
    bool overAllocated = false;    ///< allocated > quota (beyond a 1e-6 relative rounding margin)
};

/// A place where the same land or project may be counted under two ecosystems (or twice).
///
/// Each parcel row carries one ecosystem, so the sums never count one row twice. What the data can show:
/// - "overlap": two tagged parcels overlap (the interior point of one lies inside the other), i.e. the same
///   land imported twice and allocated twice;
/// - "enterprise": one enterprise name (parcels.enterprise, trimmed) on parcels tagged with different
///   ecosystems, so its project is counted under each;
/// - "linked_enterprise": an enterprise of the year's 亩均 data whose linked parcels carry different
/// ecosystems.
struct DoubleCount {
    QString kind;
    QString subject;        ///< the enterprise name, or "code A / code B" for an overlap
    QStringList ecosystems; ///< keys involved
    QList<qint64> fids;     ///< the parcels, for selecting them on the map
    QString message;        ///< bilingual sentence
};

/// The figures of the dashboard and of `zhili-cli report`: progress per ecosystem × district and city-wide,
/// the allocation ledger and the double-count flags. Both call compute(), so they cannot disagree.
///
/// Rows: for each ecosystem (or the one asked for), first the city-wide row (target = the city-wide target
/// row, not a sum of district targets), then one row per district of the cache or of the year's targets.
/// Allocations are the parcels' current values (parcels carry no year); targets and quotas are the year's.
struct IndicatorReport {
    int year = 0;
    QString ecosystemFilter; ///< empty = all five
    RagThresholds thresholds;
    QList<ProgressRow> rows;
    QList<LedgerRow> ledger; ///< every district × resource (district-wide, whatever the ecosystem filter)
    QList<DoubleCount> doubleCounts;

    /// Computes everything from the cache. Throws zhili::Error for an unknown ecosystem.
    /// `progress` counts four steps (table, ledger, overlaps, enterprises) and may cancel (zhili::Cancelled).
    static IndicatorReport compute(GeoPackageCache &cache, int year, const QString &ecosystem = QString(),
                                   const TaskProgress &progress = {});
    /// The parcels behind a row (what the dashboard selects when a bar is clicked); district empty =
    /// city-wide.
    static QList<qint64> contributingParcels(GeoPackageCache &cache, const QString &ecosystem,
                                             const QString &district);

    /// The row of an ecosystem and district, or nullptr.
    const ProgressRow *row(const QString &ecosystem, const QString &district) const;
};

} // namespace zhili
