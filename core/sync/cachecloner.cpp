#include "sync/cachecloner.h"

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

} // namespace

CacheCloner::CacheCloner(PgConnection &conn, const QString &serverUrl) : m_conn(conn), m_url(serverUrl) {}

CloneReport CacheCloner::run(const QString &cachePath, const TaskProgress &progress)
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
        PgTransaction server(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        SyncSnapshot snapshot(m_conn);
        report.lastSequence = snapshot.watermark(0);
        {
            BulkLoadTransaction tx(cache->db());
            SyncTables tables(*cache);
            for (const SyncTable &t : SyncTables::all())
                tables.replace(t, snapshot.table(t));
            SteeringSync::rememberBases(*cache);
            SyncParcelStore store(*cache);
            for (const SyncDistrictRow &d : snapshot.districts(true)) {
                store.writeDistrict(d, d.wkb.isEmpty() ? Envelope() : wkbEnvelope(d.wkb, d.name));
                ++report.districts;
            }
            SyncState state(*cache);
            const qint64 total = snapshot.parcelCount();
            snapshot.forEachParcel(QString(), {}, [&](const SyncParcelRow &p) {
                const Envelope box = wkbEnvelope(p.wkb, p.code);
                tx.addBox(store.insert(p, box), box);
                state.setParcel(p.uuid, SyncedParcel{p.revision, p.importGen});
                if ((++report.parcels & 4095) == 0)
                    progress.reportOrThrow(report.parcels, total,
                                           QCoreApplication::translate("CacheCloner", "receiving parcels"));
            });
            state.connect(PgConnection::redactedUrl(m_url), snapshot.serverId());
            state.setLastSequence(report.lastSequence);
            state.setLastSyncAt(GeoPackageCache::now());
            tx.finishBulkLoad();
            tx.commit();
        }
        server.commit();
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
