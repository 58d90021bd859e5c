#pragma once

#include "chains/chainactivitytypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// The matchmaking events and blockages of the chains (zhili_chain_events, zhili_chain_event_enterprises,
/// zhili_chain_issues). Writes run inside the caller's transaction; ChainActivity checks and audits them.
class ChainActivityStore {
public:
    explicit ChainActivityStore(GeoPackageCache &cache) : m_cache(cache) {}

    /// Stores the event of chain `chainId`; returns its id.
    qint64 insertEvent(qint64 chainId, const ChainEvent &event);
    /// Events by date, optionally of one chain name and/or one year (0 = all).
    QList<ChainEvent> events(const QString &chain = QString(), int year = 0);

    qint64 insertIssue(qint64 chainId, const ChainIssue &issue);
    QList<ChainIssue> issues(const QString &chain = QString(), bool openOnly = false);
    std::optional<ChainIssue> issue(qint64 id);
    void closeIssue(qint64 id, const QString &closedOn);

    /// Enterprise names the cache knows (enterprises table or seats on links), for checking an event's list.
    QStringList knownEnterprises();

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
