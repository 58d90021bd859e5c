#include "cache/synctables.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"

namespace zhili {

SyncTables::SyncTables(GeoPackageCache &cache) : m_cache(cache) {}

const QList<SyncTable> &SyncTables::all()
{
    static const QList<SyncTable> tables{
        {QStringLiteral("ecosystems"),
         {QStringLiteral("key"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
          QStringLiteral("color"), QStringLiteral("sort_order"), QStringLiteral("chain_leader")},
         {QStringLiteral("key")}},
        {QStringLiteral("users"),
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("district"),
          QStringLiteral("created_at")},
         {QStringLiteral("name")}},
        {QStringLiteral("targets"),
         {QStringLiteral("year"), QStringLiteral("ecosystem"), QStringLiteral("district"),
          QStringLiteral("land_mu"), QStringLiteral("energy_tce"), QStringLiteral("finance_wan"),
          QStringLiteral("projects"), QStringLiteral("tax_wan"), QStringLiteral("value_added_wan"),
          QStringLiteral("updated_at")},
         {QStringLiteral("year"), QStringLiteral("ecosystem"), QStringLiteral("district")}},
        {QStringLiteral("key_districts"),
         {QStringLiteral("ecosystem"), QStringLiteral("district"), QStringLiteral("land_mu"),
          QStringLiteral("energy_tce"), QStringLiteral("finance_wan"), QStringLiteral("updated_at")},
         {QStringLiteral("ecosystem"), QStringLiteral("district")}},
        {QStringLiteral("district_quotas"),
         {QStringLiteral("year"), QStringLiteral("district"), QStringLiteral("resource"),
          QStringLiteral("quota"), QStringLiteral("updated_at")},
         {QStringLiteral("year"), QStringLiteral("district"), QStringLiteral("resource")}},
    };
    return tables;
}

QList<QVariantList> SyncTables::read(const SyncTable &table)
{
    auto st = m_cache.db().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                       .arg(table.columns.join(QStringLiteral(", ")), table.cacheTable(),
                                            table.key.join(QStringLiteral(", "))));
    QList<QVariantList> rows;
    while (st.step()) {
        QVariantList row;
        for (int c = 0; c < table.columns.size(); ++c)
            row.append(st.value(c));
        rows.append(row);
    }
    return rows;
}

void SyncTables::replace(const SyncTable &table, const QList<QVariantList> &rows)
{
    SqliteDatabase &db = m_cache.db();
    const QString cols = table.columns.join(QStringLiteral(", "));
    const QString marks = QStringList(table.columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    if (table.name == QLatin1String("users")) {
        db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_names (name TEXT PRIMARY KEY); "
                               "DELETE FROM sync_names"));
        auto keep = db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_names VALUES (?)"));
        auto upsert =
            db.prepare(QStringLiteral("INSERT INTO zhili_users (%1) VALUES (%2) ON CONFLICT (name) DO "
                                      "UPDATE SET role = excluded.role, district = excluded.district")
                           .arg(cols, marks));
        for (const QVariantList &row : rows) {
            keep.bind(1, row.value(0)).run();
            for (int c = 0; c < row.size(); ++c)
                upsert.bind(c + 1, row.at(c));
            upsert.run();
        }
        db.exec(QStringLiteral("DELETE FROM zhili_users WHERE name NOT IN (SELECT name FROM sync_names)"));
        return;
    }
    if (table.name == QLatin1String("ecosystems")) {
        // Parcels refer to ecosystems: update in place, never delete one a parcel still names.
        auto upsert = db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO zhili_ecosystems (%1) VALUES (%2)").arg(cols, marks));
        for (const QVariantList &row : rows) {
            for (int c = 0; c < row.size(); ++c)
                upsert.bind(c + 1, row.at(c));
            upsert.run();
        }
        return;
    }
    db.exec(QStringLiteral("DELETE FROM ") + table.cacheTable());
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table.cacheTable(), cols, marks));
    for (const QVariantList &row : rows) {
        for (int c = 0; c < row.size(); ++c)
            insert.bind(c + 1, row.at(c));
        insert.run();
    }
}

} // namespace zhili
