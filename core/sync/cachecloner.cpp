#include "sync/cachecloner.h"

#include "cache/freshfilewrites.h"
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncparcelstore.h"
#include "cache/syncstate.h"
#include "cache/synctables.h"
#include "geometry/wkbenvelope.h"
#include "io/bulkloadtransaction.h"
#include "sync/pgconnection.h"
#include "sync/serverparcelrows.h"
#include "sync/serverschema.h"
#include "sync/steeringsync.h"
#include "sync/syncsnapshot.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

namespace zhili {

namespace {

void removeCacheFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The text of the last value seen: rows come in runs of one district and ecosystem, converted once a run.
class Recent {
public:
    const QString &text(QByteArrayView utf8)
    {
        if (utf8 != m_utf8 || utf8.isNull() != m_utf8.isNull()) {
            m_utf8 = utf8.toByteArray();
            m_text = QString::fromUtf8(utf8);
        }
        return m_text;
    }

private:
    QByteArray m_utf8;
    QString m_text;
};

// Everything the clone holds, in the caller's bulk-load transaction: the city-wide tables, the districts
// and every parcel with its synced revision, and the connection to the server.
CloneReport load(GeoPackageCache &cache, SyncSnapshot &snapshot, BulkLoadTransaction &tx,
                 const QString &redactedUrl, const TaskProgress &progress)
{
    CloneReport report;
    report.lastSequence = snapshot.watermark(0);
    SyncTables tables(cache);
    for (const SyncTable &t : SyncTables::all())
        tables.replace(t, snapshot.table(t));
    SteeringSync::rememberBases(cache);
    SyncParcelStore store(cache);
    for (const SyncDistrictRow &d : snapshot.districts(true)) {
        store.writeDistrict(d, d.wkb.isEmpty() ? Envelope() : wkbEnvelope(d.wkb, d.name));
        ++report.districts;
    }
    SyncState state(cache);
    const qint64 total = snapshot.parcelCount();
    Recent district, ecosystem;
    snapshot.forEachParcelView([&](const SyncParcelRowView &p) {
        const Envelope box =
            wkbEnvelope(QByteArray::fromRawData(p.wkb.data(), p.wkb.size()), QString::fromUtf8(p.code));
        // The figures as written: zhili_parcel_totals is summed from them, not by a scan at the end.
        tx.addRow(store.insert(p, box), box,
                  {district.text(p.district), ecosystem.text(p.ecosystem), p.areaMu, p.landMu, p.energyTce,
                   p.financeWan});
        state.setParcel(QString::fromLatin1(p.uuidText()), SyncedParcel{p.revision, p.importGen});
        if ((++report.parcels & 4095) == 0)
            progress.reportOrThrow(report.parcels, total,
                                   QCoreApplication::translate("CacheCloner", "receiving parcels"));
    });
    state.connect(redactedUrl, snapshot.serverId());
    state.setLastSequence(report.lastSequence);
    state.setLastSyncAt(GeoPackageCache::now());
    return report;
}

} // namespace

CacheCloner::CacheCloner(PgConnection &conn, const QString &serverUrl) : m_conn(conn), m_url(serverUrl) {}

CloneReport CacheCloner::run(const QString &cachePath, const TaskProgress &progress,
                             const AfterLoad &afterLoad)
{
    ServerSchema::requireCurrent(m_conn);
    if (QFile::exists(cachePath))
        throw Error(QCoreApplication::translate(
                        "CacheCloner", "%1 exists already: clone writes a new cache; choose another name")
                        .arg(cachePath));
    const QString part = cachePath + QStringLiteral(".part");
    removeCacheFiles(part);
    CloneReport report;
    try {
        auto cache = GeoPackageCache::create(part);
        FreshFileWrites fresh(cache->db());
        {
            PgTransaction server(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            SyncSnapshot snapshot(m_conn);
            BulkLoadTransaction tx(cache->db(), BulkLoadTransaction::Totals::FromRows);
            report = load(*cache, snapshot, tx, PgConnection::redactedUrl(m_url), progress);
            tx.finishBulkLoad();
            tx.commit();
            server.commit();
            if (afterLoad)
                afterLoad(*cache); // while the new pages are still in the bulk load's page cache
        }
        fresh.finish();
    } catch (...) {
        removeCacheFiles(part);
        throw;
    }
    if (!QFile::rename(part, cachePath)) {
        removeCacheFiles(part);
        throw Error(
            QCoreApplication::translate("CacheCloner", "cannot rename %1 to %2").arg(part, cachePath));
    }
    return report;
}

} // namespace zhili
