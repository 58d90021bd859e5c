#include "sync/cachepublisher.h"

#include "cache/geopackagecache.h"
#include "cache/syncparcelstore.h"
#include "cache/synctables.h"
#include "geometry/wkbenvelope.h"
#include "sync/parcelcopyencoder.h"
#include "sync/pgconnection.h"
#include "sync/serverparcelrows.h"
#include "sync/serverschema.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSet>

namespace zhili {

namespace {

constexpr int kServerSrid = 4549;

} // namespace

CachePublisher::CachePublisher(GeoPackageCache &cache, PgConnection &conn) : m_cache(cache), m_conn(conn) {}

PublishReport CachePublisher::run(const TaskProgress &progress)
{
    ServerSchema::requireCurrent(m_conn);
    if (m_cache.srsId() != kServerSrid)
        throw Error(QCoreApplication::translate(
                        "CachePublisher",
                        "%1 is in EPSG:%2 but the city server keeps parcels in EPSG:%3 (CGCS2000 / 3-degree "
                        "Gauss-Kruger CM 120E): import the parcels into a cache in EPSG:%3 first")
                        .arg(m_cache.path())
                        .arg(m_cache.srsId())
                        .arg(kServerSrid));
    PublishReport report;
    PgTransaction tx(m_conn);
    PgResult present = m_conn.exec(QStringLiteral("SELECT DISTINCT district FROM zhili.parcels"));
    QSet<QString> onServer;
    for (int i = 0; i < present.rows(); ++i)
        onServer.insert(present.text(i, 0));
    for (const QString &d : m_cache.districtNames())
        (onServer.contains(d) ? report.skippedDistricts : report.districts).append(d);
    if (report.districts.isEmpty())
        throw Error(
            QCoreApplication::translate(
                "CachePublisher",
                "the city server already holds every district of %1 (%2): nothing to publish. To bring "
                "edits to the server, clone it and sync")
                .arg(m_cache.path(), report.skippedDistricts.join(QStringLiteral(", "))));
    publishTables();
    publishDistricts(report.districts);
    report.parcels = publishParcels(report.districts, progress);
    tx.commit();
    return report;
}

void CachePublisher::publishTables()
{
    SyncTables tables(m_cache);
    for (const SyncTable &t : SyncTables::all()) {
        if (t.name == QLatin1String("users")) // server users are LOGIN roles: zhili-cli server add-user
            continue;
        QStringList marks;
        for (int i = 1; i <= t.columns.size(); ++i)
            marks.append(QStringLiteral("$%1").arg(i));
        const QString sql =
            QStringLiteral("INSERT INTO zhili.%1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
                .arg(t.name, t.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        for (const QVariantList &row : tables.read(t))
            m_conn.exec(sql, row);
    }
}

void CachePublisher::publishDistricts(const QStringList &districts)
{
    const QSet<QString> wanted(districts.begin(), districts.end());
    SyncParcelStore store(m_cache);
    store.forEachDistrict([&](const SyncDistrictRow &d) {
        if (!wanted.contains(d.name))
            return;
        const QByteArray geom = d.wkb.isEmpty()
                                    ? QByteArray()
                                    : ewkbHex(reinterpret_cast<const unsigned char *>(d.wkb.constData()),
                                              int(d.wkb.size()), kServerSrid);
        m_conn.exec(
            QStringLiteral("INSERT INTO zhili.districts (uuid, name, adcode, boundary_source, revision, "
                           "geom) VALUES ($1, $2, $3, $4, $5, $6::geometry) ON CONFLICT DO NOTHING"),
            {d.uuid, d.name, d.adcode.isEmpty() ? QVariant() : QVariant(d.adcode), d.boundarySource,
             d.revision, geom.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(geom))});
    });
}

qint64 CachePublisher::publishParcels(const QStringList &districts, const TaskProgress &progress)
{
    // Into an empty city the tables' owner opens zhili.parcels for this one COPY (server schema 6): indexes,
    // foreign key and stamp trigger set aside, the publish's change sequence as the column default, all back
    // in place (and checked at commit) by bulk_publish_end.
    if (m_conn.scalar(QStringLiteral("SELECT zhili.bulk_publish_begin()")).toLongLong() >= 0) {
        const qint64 sent = copyParcels(QStringLiteral("zhili.parcels"), districts, progress);
        m_conn.exec(QStringLiteral("SELECT zhili.bulk_publish_end()"));
        return sent;
    }
    // A city that has parcels: COPY cannot write a table under row-level security, so rows land in a
    // temporary table first and enter zhili.parcels by one INSERT … SELECT, which the policies check like any
    // other insert.
    m_conn.exec(QStringLiteral("CREATE TEMP TABLE publish_parcels (LIKE zhili.parcels INCLUDING DEFAULTS) "
                               "ON COMMIT DROP"));
    const qint64 sent = copyParcels(QStringLiteral("publish_parcels"), districts, progress);
    // One change sequence for the whole publish (taken under the writers' lock, so pulls stay ordered).
    const QString seq = m_conn.scalar(QStringLiteral("SELECT zhili.next_change_seq()")).toString();
    m_conn.exec(
        QStringLiteral("INSERT INTO zhili.parcels (%1, change_seq) SELECT %1, $1 FROM publish_parcels")
            .arg(ServerParcelRows::copyColumns()),
        {seq});
    return sent;
}

qint64 CachePublisher::copyParcels(const QString &table, const QStringList &districts,
                                   const TaskProgress &progress)
{
    QSet<QByteArray> wanted; // as UTF-8: rows are read as the cache's bytes
    for (const QString &d : districts)
        wanted.insert(d.toUtf8());
    const qint64 total = m_cache.parcelCount();
    // Rows stream from the cache into COPY in chunks of about 1 MiB: memory stays flat at any size.
    QByteArray chunk;
    chunk.reserve((1 << 20) + (64 << 10));
    ParcelCopyEncoder::appendHeader(chunk);
    qint64 sent = 0;
    qint64 seen = 0;
    m_conn.beginCopy(QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)")
                         .arg(table, ServerParcelRows::copyColumns()));
    SyncParcelStore store(m_cache);
    try {
        store.forEachParcelView([&](const SyncParcelRowView &p) {
            ++seen;
            if (wanted.contains(QByteArray::fromRawData(p.district.data(), p.district.size()))) {
                ParcelCopyEncoder::appendRow(chunk, p, kServerSrid);
                ++sent;
            }
            if (chunk.size() > (1 << 20)) {
                m_conn.putCopyData(chunk);
                chunk.resize(0);
            }
            if ((seen & 4095) == 0)
                progress.reportOrThrow(seen, total,
                                       QCoreApplication::translate("CachePublisher", "sending parcels"));
        });
    } catch (...) {
        m_conn.abortCopy();
        throw;
    }
    ParcelCopyEncoder::appendTrailer(chunk);
    m_conn.putCopyData(chunk);
    m_conn.endCopy();
    progress.reportOrThrow(total, total,
                           QCoreApplication::translate("CachePublisher", "writing parcels on the server"));
    return sent;
}

} // namespace zhili
