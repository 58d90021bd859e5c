#pragma once

#include <QString>

namespace zhili {

class SqliteDatabase;
class Crs;

/// Creates and migrates the cache schema: the GeoPackage 1.3 core tables, the `parcels` and `districts`
/// feature tables (R-tree indexed), and Zhili's own `zhili_*` tables.
class CacheSchema {
public:
    static constexpr int kCurrentVersion = 1;

    /// Writes a fresh schema into an empty database (inside the caller's transaction).
    static void create(SqliteDatabase &db, const Crs &crs);
    /// Brings an older cache up to kCurrentVersion; throws if the cache is newer than this program.
    static void migrate(SqliteDatabase &db);
    static int version(SqliteDatabase &db);
    /// Registers ST_MinX/…/ST_IsEmpty, which the GeoPackage R-tree triggers call.
    static void registerSqlFunctions(SqliteDatabase &db);
    /// Adds the CRS to gpkg_spatial_ref_sys if missing; returns its srs_id (the EPSG code).
    static int ensureSpatialRefSys(SqliteDatabase &db, const Crs &crs);
};

} // namespace zhili
