#include "cache/ecosystemtotalsquery.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

namespace {

QString totalsSql(const QString &where)
{
    return QStringLiteral("SELECT coalesce(p.ecosystem, ''), count(*), coalesce(sum(p.area_mu),0), "
                          "coalesce(sum(p.land_mu),0), coalesce(sum(p.energy_tce),0), "
                          "coalesce(sum(p.finance_wan),0) FROM parcels p WHERE %1 "
                          "GROUP BY coalesce(p.ecosystem, '')")
        .arg(where);
}

QList<ParcelTotals> read(SqliteStatement &st)
{
    QList<ParcelTotals> out;
    while (st.step()) {
        ParcelTotals t;
        t.key = st.text(0);
        t.readSums(st, 1);
        out << t;
    }
    return out;
}

} // namespace

QList<ParcelTotals> EcosystemTotalsQuery::inDistrict(SqliteDatabase &db, const QString &district)
{
    auto st = db.prepare(totalsSql(QStringLiteral("p.district = ?1")));
    st.bind(1, district);
    return read(st);
}

QList<ParcelTotals> EcosystemTotalsQuery::inExtent(SqliteDatabase &db, const Envelope &extent)
{
    auto st = db.prepare(totalsSql(
        QStringLiteral("p.fid IN (SELECT id FROM rtree_parcels_geom WHERE maxx >= ?1 AND minx <= ?2 "
                       "AND maxy >= ?3 AND miny <= ?4)")));
    st.bind(1, extent.minX).bind(2, extent.maxX).bind(3, extent.minY).bind(4, extent.maxY);
    return read(st);
}

} // namespace zhili
