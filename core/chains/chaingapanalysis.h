#pragma once

#include "cache/chainfactsquery.h"
#include "chains/industrialchain.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zhili {

class GeoPackageCache;

/// How present a link is somewhere (the city or one district).
struct LinkPresence {
    QStringList enterprises; ///< on the link (in a district: those with a parcel there)
    int parcels = 0;
    double mu = 0; ///< 亩 of those parcels

    bool isMissing() const { return enterprises.isEmpty(); } ///< 补链
    bool isThin() const { return enterprises.size() == 1; }  ///< 强链
};

/// One link of a chain: where it is present, and, when missing in the scope, open parcels it could go to.
struct LinkGap {
    ChainLink link;
    LinkPresence city;
    QMap<QString, LinkPresence> districts; ///< every district of the cache (or only the one asked for)
    LinkPresence scope;                    ///< the city, or the district asked for
    QList<ChainFactsQuery::OpenParcel> candidates;
};

/// The gap analysis of one chain (`zhili-cli chain-gaps`, the Chains panel).
struct ChainGaps {
    IndustrialChain chain;
    QString district; ///< the scope; empty = the city
    QStringList keyDistricts;
    QList<LinkGap> links;

    QStringList missingLinks() const;
    QStringList thinLinks() const;
};

/// Per link of each chain of an ecosystem: the enterprises and parcels (count, 亩) in the city and in each
/// district; missing links (no enterprise in the scope: 补链) and thin links (one enterprise: 强链); for each
/// missing link, candidate parcels — unassigned or idle parcels in the ecosystem's key districts (only the
/// district asked for, when it is one), largest first.
class ChainGapAnalysis {
public:
    static constexpr int kCandidates = 5;

    explicit ChainGapAnalysis(GeoPackageCache &cache) : m_cache(cache) {}
    /// Throws zhili::Error naming what is unknown (ecosystem, chain, district) and what exists.
    QList<ChainGaps> run(const QString &ecosystem, const QString &chain = QString(),
                         const QString &district = QString());

private:
    ChainGaps analyse(const IndustrialChain &chain, const QString &district, const QStringList &keyDistricts);

    GeoPackageCache &m_cache;
};

} // namespace zhili
