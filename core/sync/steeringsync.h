#pragma once

#include "cache/synctables.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace zhili {

class GeoPackageCache;
class PgConnection;
class SyncState;

/// What one push of the steering tables did.
struct SteeringReport {
    int pushed = 0;    ///< rows added, changed or removed on the server
    int conflicts = 0; ///< fields the server kept because someone changed them there since the last sync
};

/// Sends a planner's local changes to the steering tables (targets, key districts, quotas) to the city
/// server. These tables are pulled whole, so the cache keeps what the server last gave as a base: a row
/// that differs from its base was changed here. Each changed field is merged three-way against the
/// server's row as the parcels are: it applies when nobody changed it on the server since, it is no
/// conflict when both sides agree, and otherwise the server keeps its value and the refusal is audited
/// here. All rows go in one server transaction; the server's row-level security decides who may write.
class SteeringSync {
public:
    SteeringSync(GeoPackageCache &cache, PgConnection &conn);

    /// The tables a sync pushes (a subset of SyncTables::all()).
    static bool isSteering(const SyncTable &table);
    /// Records what the cache now holds of each steering table as the base of the next push: called
    /// right after a pull or a clone made them equal to the server's.
    /// `except`: tables still holding unpushed local changes (a pull kept them).
    static void rememberBases(GeoPackageCache &cache, const QSet<QString> &except = {});
    /// The steering tables with local changes not yet pushed: a pull leaves them alone until the push.
    static QSet<QString> changedTables(GeoPackageCache &cache);
    /// Pushes the local changes; a table without a recorded base (a cache cloned before bases were kept)
    /// pushes nothing and gets one at the pull that follows.
    SteeringReport push();

private:
    using Rows = QHash<QString, QVariantList>; ///< by key text
    struct Change;
    static QList<Change> changesOf(GeoPackageCache &cache, const SyncTable &table, SyncState &state);
    int apply(const SyncTable &table, const Change &change, const Rows &server, SteeringReport &report);
    void writeRow(const SyncTable &table, const QVariantList &row, const QList<int> &columns, bool insert);
    void auditConflict(const SyncTable &table, const Change &change, int column, const QVariant &theirs);

    GeoPackageCache &m_cache;
    PgConnection &m_conn;
};

} // namespace zhili
