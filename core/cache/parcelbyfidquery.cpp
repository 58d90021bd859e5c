#include "cache/parcelbyfidquery.h"

namespace zhili {

ParcelByFidQuery::ParcelByFidQuery(SqliteDatabase &db, const char *columns)
    : m_st(db.prepare(QStringLiteral("SELECT %1 FROM parcels WHERE fid = ?").arg(QLatin1String(columns))))
{
}

ParcelByFidQuery ParcelByFidQuery::geometry(SqliteDatabase &db)
{
    return ParcelByFidQuery(db, "geom, area_mu");
}

ParcelByFidQuery ParcelByFidQuery::identity(SqliteDatabase &db)
{
    return ParcelByFidQuery(db, "code, district");
}

} // namespace zhili
