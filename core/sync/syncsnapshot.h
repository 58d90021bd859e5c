#pragma once

#include "sync/syncparcelrow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace zhili {

class PgConnection;
struct SyncTable;

/// Reads of the city server for clone, pull and refresh. The caller opens the transaction (REPEATABLE READ
/// for clone and pull), so every read sees the same instant and the watermark matches what was read.
class SyncSnapshot {
public:
    explicit SyncSnapshot(PgConnection &conn);

    QString serverId();
    /// The highest change sequence the snapshot holds, at least `after`: what the cache remembers as seen.
    qint64 watermark(qint64 after);
    QList<QVariantList> table(const SyncTable &table);
    QList<SyncDistrictRow> districts(bool withGeometry);
    qint64 parcelCount();
    /// Streams parcels through a cursor, 10,000 rows per round trip. `where` is SQL on zhili.parcels with
    /// $1… bound to `params` (empty: every parcel).
    void forEachParcel(const QString &where, const QVariantList &params,
                       const std::function<void(const SyncParcelRow &)> &visit, bool withGeometry = true);
    /// Every parcel with its geometry as views into the received bytes, streamed like forEachParcel()
    /// (clone).
    void forEachParcelView(const std::function<void(const SyncParcelRowView &)> &visit);
    /// Parcels deleted on the server after `sequence`.
    QStringList deletedSince(qint64 sequence);

private:
    PgConnection &m_conn;
};

} // namespace zhili
