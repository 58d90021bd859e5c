#pragma once

#include <QString>

namespace zhili {

class SqliteDatabase;
class Crs;

/// Creates and migrates the cache schema: the GeoPackage 1.3 core tables, the `parcels` and `districts`
/// feature tables (R-tree indexed), and Zhili's own `zhili_*` tables.
class CacheSchema {
public:
    /// Version 1: the first schema; 2: the audit log's edit ids, revisions and append-only triggers for
    /// caches made before they were part of version 1; 3: the users' password hashes (zhili_user_passwords);
    /// 4: the sync tables (outbox, synced revisions, conflicts); 5: industrial chains, their links, the
    /// enterprises on links, matchmaking events and blockages (see kMigrations in cacheschema.cpp).
    static constexpr int kCurrentVersion = 6;

    /// Writes a fresh schema into an empty database (inside the caller's transaction).
    static void create(SqliteDatabase &db, const Crs &crs);
    /// Brings an older cache up to kCurrentVersion, one step per version, each in its own transaction; throws
    /// (writing nothing) when the database is not a Zhili cache or is newer than this program. The only
    /// place, besides create(), that changes the schema.
    static void migrate(SqliteDatabase &db);
    static int version(SqliteDatabase &db);
    /// Throws when zhili_meta exists but holds no valid schema version (a damaged or hand-edited cache),
    /// which callers would otherwise report as "not a Zhili cache".
    static void requireZhiliCache(SqliteDatabase &db);
    /// Registers ST_MinX/…/ST_IsEmpty, which the GeoPackage R-tree triggers call.
    static void registerSqlFunctions(SqliteDatabase &db);
    /// Adds the CRS to gpkg_spatial_ref_sys if missing; returns its srs_id (the EPSG code).
    static int ensureSpatialRefSys(SqliteDatabase &db, const Crs &crs);
};

} // namespace zhili
