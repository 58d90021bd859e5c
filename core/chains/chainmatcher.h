#pragma once

#include "chains/industrialchain.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// A supplier or customer of an enterprise along a chain.
struct ChainPartner {
    QString enterprise;
    QString ecosystem;
    QString chain;
    QString link;       ///< the partner's link
    QString ownLink;    ///< the enterprise's link it supplies or is supplied by
    QString district;   ///< of the partner's parcel nearest to the enterprise (empty: no parcel)
    QString parcelCode; ///< that parcel
    QString ownParcelCode;
    std::optional<double> distanceM; ///< between the two parcels' centroids; nullopt when one has no parcel
    qint64 parcelFid = 0;            ///< of `parcelCode` (0: none), so a window can zoom to it
    QPointF centroid;                ///< of the partner's parcel (cache CRS), when distanceM is set
    QPointF ownCentroid;             ///< of the enterprise's parcel, when distanceM is set
};

/// Who an enterprise can buy from and sell to (`zhili-cli match`, the Identify panel's Partners tab).
struct ChainMatch {
    QString enterprise;
    QList<ChainLinksOf> links;     ///< the links it sits on
    QList<ChainPartner> suppliers; ///< on links that supply its links, nearest first
    QList<ChainPartner> customers; ///< on links its links supply, nearest first
};

/// Matchmaking along the chains (产业链上下游精准对接): an enterprise's suppliers are the enterprises on the
/// links that supply its links, its customers those on the links its links supply. Each comes with the
/// straight-line distance between the two parcels' area centroids (areaCentroid, in the cache CRS, metres);
/// an enterprise on several parcels counts by its nearest pair. Partners without a parcel come last.
class ChainMatcher {
public:
    explicit ChainMatcher(GeoPackageCache &cache) : m_cache(cache) {}
    /// `withinKm` > 0 keeps only partners at most that far (and drops those without a distance). Throws
    /// zhili::Error when the enterprise sits on no chain link.
    ChainMatch match(const QString &enterprise, double withinKm = 0);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
