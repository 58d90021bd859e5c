#include "cache/cachefacts.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

QString CacheFacts::newestParcelUpdate(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT max(updated_at) FROM parcels")).toString();
}

QString CacheFacts::latestImportSource(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT source FROM zhili_imports ORDER BY id DESC LIMIT 1")).toString();
}

std::optional<int> CacheFacts::latestTargetYear(SqliteDatabase &db)
{
    const QVariant v = db.scalar(QStringLiteral("SELECT max(year) FROM zhili_targets"));
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

} // namespace zhili
