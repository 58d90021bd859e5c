#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace zhili {

class GeoPackageCache;

/// A small city-wide table that a cache and the city server hold alike: `zhili_<name>` in the cache,
/// `zhili.<name>` on the server, same columns.
struct SyncTable {
    QString name; ///< server name, e.g. "targets"
    QStringList columns;
    QStringList key; ///< primary key columns
    QString cacheTable() const { return QStringLiteral("zhili_") + name; }
};

/// Reads and replaces the small tables a sync carries whole (ecosystems, users, targets, key districts,
/// quotas): they hold tens of rows, so a copy is simpler and safer than a change feed.
class SyncTables {
public:
    explicit SyncTables(GeoPackageCache &cache);

    /// In dependency order (ecosystems first).
    static const QList<SyncTable> &all();
    QList<QVariantList> read(const SyncTable &table);
    /// Makes the cache's table hold exactly `rows` (inside the caller's transaction). Users keep their local
    /// columns (e.g. a password hash): they are updated in place, added or removed by name.
    void replace(const SyncTable &table, const QList<QVariantList> &rows);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
