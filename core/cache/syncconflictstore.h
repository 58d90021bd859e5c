#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// One field of one parcel that the city server refused to merge: the server kept "theirs", "mine" waits
/// here until someone takes one of them (`zhili_sync_conflicts`).
struct SyncConflict {
    qint64 id = 0;
    QString editId;
    QString parcelUuid;
    QString code;
    QString district;
    QString field;  ///< assignment field key
    QString group;  ///< "allocation" when it conflicts as part of the coupled group, else empty
    QString reason; ///< conflict, deleted, reimported, refused
    QJsonValue base;
    QJsonValue mine;
    QJsonValue theirs;
    QString mineBy;
    QString mineAt;
    QString theirsBy;
    QString theirsAt;
    QString openedAt;
    QString resolvedAt;
    QString resolution; ///< mine | theirs
};

/// The conflicts a cache has been told about, open and resolved.
class SyncConflictStore {
public:
    explicit SyncConflictStore(GeoPackageCache &cache);

    /// Records a conflict (a replayed push reporting the same one again adds nothing).
    void add(const SyncConflict &conflict);
    QList<SyncConflict> open();
    int openCount();
    /// The open conflicts on `field` of the parcel — with every other field of its group when it belongs to
    /// one (a coupled group is resolved as a whole).
    QList<SyncConflict> openFor(const QString &parcelUuid, const QString &field);
    void resolve(const QList<SyncConflict> &conflicts, const QString &resolution, const QString &at);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
