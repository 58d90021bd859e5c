#pragma once

#include "chains/industrialchain.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// The industrial chains of a cache (zhili_chains, zhili_chain_links, zhili_chain_supplies): read in
/// display order, and written by a chain import. save() runs inside the caller's transaction.
class ChainStore {
public:
    explicit ChainStore(GeoPackageCache &cache) : m_cache(cache) {}

    /// What save() changed.
    struct Written {
        int chainsAdded = 0;
        int chainsUpdated = 0; ///< existing chains whose leader, team, links or supplies changed
        int chainsUnchanged = 0;
        int linksRemoved = 0; ///< links of an imported chain the file no longer lists
    };

    /// Every chain (or those of one ecosystem key) by ecosystem order, then as imported; links in file order.
    QList<IndustrialChain> chains(const QString &ecosystem = QString());
    /// The chain named `name`, in `ecosystem` when given; nullopt when there is none.
    std::optional<IndustrialChain> chain(const QString &name, const QString &ecosystem = QString());
    /// The database id of a chain, or nullopt.
    std::optional<qint64> chainId(const QString &ecosystem, const QString &name);
    /// Ecosystem keys that have a chain named `name` (more than one: the name alone is ambiguous).
    QStringList ecosystemsWithChain(const QString &name);

    /// Adds or updates each chain in place (so events and blockages keep it): its leader, team, links
    /// (stage and order) and supplies become the given ones; links it no longer lists are removed with
    /// their enterprises. Chains not given stay as they are.
    Written save(const QList<IndustrialChain> &chains);

    /// Puts `enterprise` on `links.links` of chain `links.chain`, replacing its links on that chain (inside
    /// the caller's transaction). Throws zhili::Error for an unknown chain.
    void setEnterpriseLinks(const QString &enterprise, const ChainLinksOf &links);
    /// Every link an enterprise sits on, by chain.
    QList<ChainLinksOf> enterpriseLinks(const QString &enterprise);

private:
    void writeLinks(qint64 chainId, const IndustrialChain &chain, Written &w);

    GeoPackageCache &m_cache;
};

} // namespace zhili
