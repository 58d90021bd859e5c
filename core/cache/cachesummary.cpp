#include "cache/cachesummary.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "model/ecosystem.h"

namespace zhili {

namespace {
const char *const kSums = "count(*), coalesce(sum(area_mu),0), coalesce(sum(land_mu),0), "
                          "coalesce(sum(energy_tce),0), coalesce(sum(finance_wan),0)";

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
    s.crs = QStringLiteral("EPSG:%1").arg(cache.srsId());
    s.extent = cache.parcelExtent();
    {
        auto st = db.prepare(QStringLiteral("SELECT %1 FROM parcels").arg(QLatin1String(kSums)));
        st.step();
        s.total.key = QStringLiteral("total");
        s.total.name = QStringLiteral("合计");
        s.total.readSums(st, 0);
    }
    {
        auto st =
            db.prepare(QStringLiteral("SELECT district, %1 FROM parcels GROUP BY district ORDER BY district")
                           .arg(QLatin1String(kSums)));
        while (st.step()) {
            ParcelTotals t;
            t.key = t.name = st.text(0);
            t.readSums(st, 1);
            s.districts.append(t);
        }
    }
    {
        auto st = db.prepare(QStringLiteral("SELECT e.key, e.name_zh, e.color, %1 FROM zhili_ecosystems e "
                                            "LEFT JOIN parcels p ON p.ecosystem = e.key GROUP BY e.key "
                                            "ORDER BY e.sort_order")
                                 .arg(QLatin1String(kSums).toString().replace(
                                     QStringLiteral("count(*)"), QStringLiteral("count(p.fid)"))));
        while (st.step()) {
            ParcelTotals t;
            t.key = st.text(0);
            t.name = st.text(1);
            t.color = st.text(2);
            t.readSums(st, 3);
            s.ecosystems.append(t);
        }
        auto un = db.prepare(
            QStringLiteral("SELECT %1 FROM parcels WHERE ecosystem IS NULL").arg(QLatin1String(kSums)));
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
