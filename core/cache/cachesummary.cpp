#include "cache/cachesummary.h"

#include "cache/geopackagecache.h"
#include "cache/parceltotalstable.h"
#include "cache/sqlitedatabase.h"
#include "model/ecosystem.h"

namespace zhili {

namespace {

// Where the sums come from: the totals the triggers keep (a few rows), or, in an older cache opened
// read-only, the parcels themselves. Either table is aliased `p`.
struct SumSource {
    QString table;
    QString count;      ///< a group's parcel count
    QString unassigned; ///< the condition of unassigned parcels

    QString sums() const
    {
        return count + QStringLiteral(", coalesce(sum(p.area_mu),0), coalesce(sum(p.land_mu),0), "
                                      "coalesce(sum(p.energy_tce),0), coalesce(sum(p.finance_wan),0)");
    }
};

SumSource sourceFor(SqliteDatabase &db)
{
    if (ParcelTotalsTable::exists(db))
        return {QStringLiteral("zhili_parcel_totals"), QStringLiteral("coalesce(sum(p.parcels),0)"),
                QStringLiteral("p.ecosystem = ''")};
    return {QStringLiteral("parcels"), QStringLiteral("count(p.fid)"), QStringLiteral("p.ecosystem IS NULL")};
}

} // namespace

void ParcelTotals::readSums(const SqliteStatement &st, int first)
{
    st.read(first, parcels, areaMu, landMu, energyTce, financeWan);
}

void ParcelTotals::add(const ParcelTotals &other)
{
    parcels += other.parcels;
    areaMu += other.areaMu;
    landMu += other.landMu;
    energyTce += other.energyTce;
    financeWan += other.financeWan;
}

CacheSummary CacheSummary::compute(GeoPackageCache &cache)
{
    CacheSummary s;
    SqliteDatabase &db = cache.db();
    const SumSource src = sourceFor(db);
    s.crs = QStringLiteral("EPSG:%1").arg(cache.srsId());
    s.extent = cache.parcelExtent();
    {
        auto st = db.prepare(QStringLiteral("SELECT %1 FROM %2 p").arg(src.sums(), src.table));
        st.step();
        s.total.key = QStringLiteral("total");
        s.total.name = QStringLiteral("合计");
        s.total.readSums(st, 0);
    }
    {
        auto st = db.prepare(QStringLiteral("SELECT p.district, %1 FROM %2 p GROUP BY p.district ORDER BY "
                                            "p.district")
                                 .arg(src.sums(), src.table));
        while (st.step()) {
            ParcelTotals t;
            t.key = t.name = st.text(0);
            t.readSums(st, 1);
            s.districts.append(t);
        }
    }
    {
        auto st = db.prepare(QStringLiteral("SELECT e.key, e.name_zh, e.color, %1 FROM zhili_ecosystems e "
                                            "LEFT JOIN %2 p ON p.ecosystem = e.key GROUP BY e.key "
                                            "ORDER BY e.sort_order")
                                 .arg(src.sums(), src.table));
        while (st.step()) {
            ParcelTotals t;
            t.key = st.text(0);
            t.name = st.text(1);
            t.color = st.text(2);
            t.readSums(st, 3);
            s.ecosystems.append(t);
        }
        auto un = db.prepare(
            QStringLiteral("SELECT %1 FROM %2 p WHERE %3").arg(src.sums(), src.table, src.unassigned));
        un.step();
        ParcelTotals t;
        t.key = QString();
        t.name = QStringLiteral("未分配");
        t.color = unassignedColor();
        t.readSums(un, 0);
        s.ecosystems.append(t);
    }
    return s;
}

} // namespace zhili
