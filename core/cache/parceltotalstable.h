#pragma once

#include <QString>

namespace zhili {

class ParcelTotalsAccumulator;
class SqliteDatabase;

/// `zhili_parcel_totals`: parcels, area and allocations per (district, ecosystem; "" = unassigned), kept
/// current by triggers on `parcels`, so `info`, the district list and the other summaries read a few rows
/// instead of every parcel — and an edit made by another GIS in the GeoPackage keeps them right too.
class ParcelTotalsTable {
public:
    /// Creates the table and its triggers and fills it from the parcels (a new cache, or a migration).
    static void create(SqliteDatabase &db);
    /// Whether the cache has it (a read-only open of an older cache does not).
    static bool exists(SqliteDatabase &db);
    /// Refills it from the parcels in one scan: after a bulk load that ran without the insert trigger and
    /// did not sum its rows (CacheCloner).
    static void rebuild(SqliteDatabase &db);
    /// Refills it with the sums a bulk load made of every row it wrote into the empty table (the import).
    static void replaceWith(SqliteDatabase &db, const ParcelTotalsAccumulator &totals);
    /// The per-row insert trigger a bulk load drops (and recreates with `insertTriggerSql()` afterwards).
    static QString insertTriggerName();
    static QString insertTriggerSql();
};

} // namespace zhili
