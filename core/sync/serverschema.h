#pragma once

namespace zhili {

class PgConnection;

/// The city server's schema `zhili` in PostgreSQL + PostGIS: tables, the append-only change log, the group
/// roles and the row-level security that enforces who may change what (docs/sync.md).
///
/// Versioned like the cache schema: `zhili.meta.schema_version`, one migration per version, each in its own
/// transaction. migrate() is idempotent: on a current server it changes nothing.
class ServerSchema {
public:
    /// 1: tables, change log, roles and policies; 2: idempotent pushes (zhili.push_edit) and live NOTIFY;
    /// 3: bulk publish into an empty city (zhili.bulk_load_parcels); 4: re-imported parcels pushed
    /// (zhili.push_import; officers write their own district's shapes and new parcels); 5: re-imports delete
    /// parcels and push recomputed district outlines, one replay helper (zhili.push_replayed); 6: publish
    /// COPYs an empty city's parcels straight into zhili.parcels (zhili.bulk_publish_begin/end replace
    /// bulk_load_parcels); 7: an officer replaces only a derived outline, and a removal whose parcel moved
    /// without this cache's change is a conflict.
    static constexpr int kCurrentVersion = 7;

    /// Brings the server to `upTo` (default: current); returns the version it found (0: none). Needs a
    /// role that may create schemas and roles (the server's owner). Throws zhili::Error when the server is
    /// newer than this program or PostGIS is missing.
    static int migrate(PgConnection &conn, int upTo = kCurrentVersion);
    /// The schema version on the server; 0 when `zhili` does not exist yet.
    static int version(PgConnection &conn);
    /// Throws a clear message unless the server holds a current Zhili schema.
    static void requireCurrent(PgConnection &conn);
};

} // namespace zhili
