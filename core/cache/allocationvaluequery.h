#pragma once

#include <vector>

namespace zhili {

class SqliteDatabase;

/// The allocation values of all parcels, for cutting theme classes over the whole cache.
class AllocationValueQuery {
public:
    enum class Allocation { LandMu, EnergyTce, FinanceWan };
    /// The column of `parcels` that holds it ("land_mu", "energy_tce", "finance_wan").
    static const char *column(Allocation allocation);
    /// Every value > 0 of that allocation column, in storage order.
    static std::vector<double> positiveValues(SqliteDatabase &db, Allocation allocation);
};

} // namespace zhili
