#pragma once

#include "chains/chainactivitytypes.h"
#include "edit/user.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// Records matchmaking events and blockages of the chains as audited edits: planners and administrators
/// may (officers read; a refusal is audited), every value is checked with a message that names it, and each
/// change is written with its audit row in one transaction.
class ChainActivity {
public:
    explicit ChainActivity(GeoPackageCache &cache) : m_cache(cache) {}

    /// `event.chain` (and `event.ecosystem` when a name is in several ecosystems) names the chain; the date
    /// is YYYY-MM-DD; the enterprises must be known to the cache (enterprises import); figures ≥ 0. Returns
    /// the stored event. Throws zhili::Error (PermissionDenied for rights).
    ChainEvent addEvent(const User &user, ChainEvent event);
    ChainIssue addIssue(const User &user, ChainIssue issue);
    /// Closes an open blockage on `closedOn` (not before it was opened).
    ChainIssue closeIssue(const User &user, qint64 id, const QString &closedOn);

private:
    qint64 requireChain(const QString &ecosystem, const QString &chain, QString *ecosystemOut);
    void requireDistrict(const QString &district);
    static void requireDate(const QString &date, const char *what);

    GeoPackageCache &m_cache;
};

} // namespace zhili
