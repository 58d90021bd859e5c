#pragma once

#include "util/taskprogress.h"

#include <QStringList>

namespace zhili {

class GeoPackageCache;
class PgConnection;

/// What publish sent.
struct PublishReport {
    QStringList districts;        ///< published now
    QStringList skippedDistricts; ///< already on the server, left as they are
    qint64 parcels = 0;
};

/// Uploads a cache into the city server: an empty server gets everything; a server that already holds
/// some districts gets only the others (their parcels and outlines), so districts can join one by one.
/// City-wide tables (ecosystems, targets, key districts, quotas) are added where the server has no row
/// yet. One server transaction: a failure publishes nothing. Parcels travel by binary COPY, into an empty
/// city straight into zhili.parcels (server schema 6), otherwise through a temporary table.
class CachePublisher {
public:
    CachePublisher(GeoPackageCache &cache, PgConnection &conn);
    PublishReport run(const TaskProgress &progress = TaskProgress());

private:
    void publishTables();
    void publishDistricts(const QStringList &districts);
    qint64 publishParcels(const QStringList &districts, const TaskProgress &progress);
    /// Streams the cache's parcels of `districts` into `table` by binary COPY; returns how many.
    qint64 copyParcels(const QString &table, const QStringList &districts, const TaskProgress &progress);

    GeoPackageCache &m_cache;
    PgConnection &m_conn;
};

} // namespace zhili
