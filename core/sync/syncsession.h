#pragma once

#include "util/taskprogress.h"

#include "cache/syncoutbox.h"
#include "sync/pgresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVariantList>
#include <memory>
#include <vector>

namespace zhili {

class AuditLog;
class GeoPackageCache;
class PgConnection;
class SyncParcelStore;
class SyncState;
struct SyncParcelRow;

/// What one sync did.
struct SyncReport {
    int pulled = 0;            ///< parcels changed, added or removed locally by the server's changes
    int pushed = 0;            ///< local edits the server has answered for
    int conflicts = 0;         ///< fields the server refused to merge (now listed by `zhili-cli conflicts`)
    int steeringPushed = 0;    ///< target, key-district and quota rows written on the server
    int steeringConflicts = 0; ///< their fields the server kept (audited locally as sync_conflict)
    /// A land, energy or finance figure changed locally, or parcels came or went: theme classes may move.
    bool allocationsChanged = false;
    qint64 lastSequence = 0;
};

/// One sync of a connected cache with its city server: pull every change since the last sequence seen,
/// then push each pending local edit in its own server transaction (zhili.push_edit merges it three-way and
/// is idempotent by cache id + edit id), then re-read the pushed parcels as the server now holds them.
///
/// Nothing is lost when the connection breaks at any point: pulled changes are committed locally with the
/// new sequence in one transaction; an edit leaves the outbox only after the server's answer is stored; a
/// retried push gets the answer the server kept.
class SyncSession {
public:
    SyncSession(GeoPackageCache &cache, PgConnection &conn);
    ~SyncSession();

    /// Throws, saying how to make one, unless the cache is connected to a city server.
    static void requireConnected(GeoPackageCache &cache);
    /// Throws unless the cache is connected to this very server (by id) with a current schema; run() checks
    /// it first, a caller of pull() or push() alone checks it itself.
    void requireSameServer();
    SyncReport run(const TaskProgress &progress = TaskProgress());
    int pull(const TaskProgress &progress = TaskProgress());
    /// Returns {edits pushed, conflicts}.
    std::pair<int, int> push(const TaskProgress &progress = TaskProgress());

    /// The local parcels (fids) this session's pulls and pushes changed, so a view can redraw just those.
    const QSet<qint64> &changedParcels() const { return m_changed; }
    /// Whether a parcel was added, removed or reshaped (its fid list or geometry changed): a view reloads.
    bool parcelsReshaped() const { return m_reshaped; }
    /// Whether a local allocation changed or parcels came or went (SyncReport::allocationsChanged).
    bool allocationsChanged() const { return m_allocationsChanged; }

private:
    /// Makes the local parcel what the server sent (audited as action "sync"); false when nothing changed.
    bool adopt(const SyncParcelRow &row);
    /// Removes a parcel the server no longer has; false when the cache does not have it either.
    bool removeLocal(const QString &uuid);
    void refresh(const QSet<QString> &uuids);
    /// push_edit's arguments for each edit; collects the parcels they touch.
    QList<QVariantList> pushArguments(const QList<OutboxEdit> &edits, QSet<QString> &touched);
    /// One parcel of an import edit as push_import takes it: its shape and office columns as the cache holds
    /// them now, with my base generation (known parcels) or its assignment (new ones); empty when gone.
    QJsonObject importItem(const QJsonObject &listed);
    /// A re-import's recomputed outlines as push_import takes them: {name, wkb} of each named district the
    /// cache derives (an imported boundary is not sent).
    QJsonArray outlineItems(const QJsonValue &names);
    /// Writes the named districts as the server holds them now (after their outlines were pushed).
    void refreshOutlines(const QSet<QString> &names);
    /// Stores the server's answers (conflicts, pushed marks) in one local transaction; {pushed, conflicts}.
    /// Adds the parcels the answers name to `touched` (the server's parcel that holds a code I sent as new).
    std::pair<int, int> recordAnswers(const QList<OutboxEdit> &edits, const std::vector<PgResult> &answers,
                                      const QStringList &errors, QSet<QString> &touched);

    GeoPackageCache &m_cache;
    PgConnection &m_conn;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<SyncParcelStore> m_store;
    std::unique_ptr<AuditLog> m_audit;
    QSet<qint64> m_changed;
    bool m_reshaped = false;
    bool m_allocationsChanged = false;
    bool m_steeringPushed = false;
    QSet<QString> m_outlines; ///< districts whose outline a push sent
};

} // namespace zhili
