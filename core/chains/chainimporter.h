#pragma once

#include "cache/chainstore.h"
#include "chains/industrialchain.h"
#include "edit/user.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// What a chain import did.
struct ChainImportResult {
    QString file;
    QString encoding;
    int links = 0; ///< data rows
    int chains = 0;
    ChainStore::Written written;
};

/// Imports industrial chains from CSV (`zhili-cli chains import`, docs/chains.md).
///
/// Header `ecosystem,chain,link,stage` (any order, case-insensitive), optional `supplies,leader,team`; one
/// row per link. `ecosystem` by key, 中文 or English name; `stage` upstream|midstream|downstream or
/// 上游|中游|下游; `supplies` the `;`-separated links of the same chain this link delivers to; `leader` and
/// `team` on the chain's first row (a later row may repeat them or leave them empty, not differ). Refused,
/// naming line and column: unknown ecosystems, bad stages, a link twice in a chain, a supplied link the chain
/// does not have, a link supplying itself, and cycles (named link by link). All-or-nothing: nothing is
/// written unless every row is good; then one transaction writes the chains (ChainStore::save) and one audit
/// row per chain.
class ChainImporter {
public:
    explicit ChainImporter(GeoPackageCache &cache) : m_cache(cache) {}

    /// Reads and checks the file without writing. Throws CsvImportRefused listing every problem.
    QList<IndustrialChain> read(const QString &path, QString *encoding = nullptr);
    /// Checks the user's rights (planners and administrators; a refusal is audited), reads, then writes.
    ChainImportResult import(const User &user, const QString &path);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
