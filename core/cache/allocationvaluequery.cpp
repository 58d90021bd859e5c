#include "cache/allocationvaluequery.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

std::vector<double> AllocationValueQuery::positiveValues(SqliteDatabase &db, Allocation allocation)
{
    const QString sql = allocation == Allocation::LandMu
                            ? QStringLiteral("SELECT land_mu FROM parcels WHERE land_mu > 0")
                        : allocation == Allocation::EnergyTce
                            ? QStringLiteral("SELECT energy_tce FROM parcels WHERE energy_tce > 0")
                            : QStringLiteral("SELECT finance_wan FROM parcels WHERE finance_wan > 0");
    std::vector<double> values;
    auto st = db.prepare(sql);
    while (st.step())
        values.push_back(st.real(0));
    return values;
}

} // namespace zhili
