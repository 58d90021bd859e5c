#include "cache/allocationvaluequery.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

const char *AllocationValueQuery::column(Allocation allocation)
{
    return allocation == Allocation::LandMu      ? "land_mu"
           : allocation == Allocation::EnergyTce ? "energy_tce"
                                                 : "finance_wan";
}

std::vector<double> AllocationValueQuery::positiveValues(SqliteDatabase &db, Allocation allocation)
{
    std::vector<double> values;
    auto st = db.prepare(
        QStringLiteral("SELECT %1 FROM parcels WHERE %1 > 0").arg(QLatin1String(column(allocation))));
    while (st.step())
        values.push_back(st.real(0));
    return values;
}

} // namespace zhili
