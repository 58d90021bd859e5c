#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zhili {

class GeoPackageCache;
struct EditRecord;

/// One local edit waiting for the city server.
struct OutboxEdit {
    qint64 id = 0;
    QString editId;
    QString action;
    QString user;
    QString at;
    QString reason;
    QJsonObject body; ///< SyncPayload::editBody
};

/// Local edits of a connected cache, in the order they were made, until the server has answered for them
/// (`zhili_sync_outbox`). Offline first: ParcelEditor records every edit here in the edit's own transaction,
/// so an edit and its place in the outbox are committed together or not at all.
class SyncOutbox {
public:
    explicit SyncOutbox(GeoPackageCache &cache);

    /// Adds the edit when the cache is connected to a server (does nothing otherwise).
    void recordIfConnected(const EditRecord &record);
    /// Adds a (re-)import's parcels when the cache is connected: `reshaped` (fids whose shape or office
    /// columns changed), `added` (new parcels) and `removed` (parcels the file no longer has, already gone
    /// here: {uuid, code, district} each), in entries of at most kImportChunk parcels, each pushed in its own
    /// server transaction (action "import", body {"parcels": [{uuid, code, district, new | delete}]}); the
    /// last entry names the districts whose derived outline the import recomputed ("districts"). Shapes and
    /// outlines themselves are read from the cache when pushed.
    void recordImportIfConnected(const QList<qint64> &reshaped, const QList<qint64> &added,
                                 const QJsonArray &removed, const QStringList &outlines, const QString &user,
                                 const QString &reason);
    static constexpr int kImportChunk = 500;
    QList<OutboxEdit> pending();
    int pendingCount();
    /// The parcels some pending edit changes (a pull leaves them to the push's merge).
    QSet<QString> pendingParcels();
    /// The districts whose recomputed outline some pending import entry sends (a pull leaves them alone).
    QSet<QString> pendingOutlines();
    void markPushed(const QString &editId, const QString &at);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
