#include "cache/cacheschema.h"

#include "cache/parceltotalstable.h"
#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "geometry/gpkgblob.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>
#include <iterator>
#include <sqlite3.h>

namespace zhili {

namespace {

constexpr int kGpkgApplicationId = 0x47504B47; // "GPKG"
constexpr int kGpkgUserVersion = 10300;        // GeoPackage 1.3.0

const char *const kGpkgCore = R"SQL(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',
  'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined',
  'undefined geographic coordinate reference system');
)SQL";

// Zhili's own tables. Parcel assignments live as columns of the `parcels` feature table so that any GIS
// opening the GeoPackage sees them, and the renderer reads geometry and ecosystem in one pass.
const char *const kZhiliTables = R"SQL(
CREATE TABLE zhili_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE zhili_ecosystems (
  key TEXT PRIMARY KEY NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
  color TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  sort_order INTEGER NOT NULL, chain_leader TEXT);
CREATE TABLE zhili_chains (
  id INTEGER PRIMARY KEY AUTOINCREMENT, ecosystem TEXT NOT NULL REFERENCES zhili_ecosystems(key),
  name TEXT NOT NULL, leader TEXT, UNIQUE (ecosystem, name));
CREATE TABLE zhili_users (
  name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL CHECK (role IN ('planner','officer','admin')),
  district TEXT, created_at TEXT NOT NULL,
  CHECK (role <> 'officer' OR district IS NOT NULL));
CREATE TABLE zhili_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT, role TEXT,
  action TEXT NOT NULL, target_kind TEXT NOT NULL, target_uuid TEXT, target_label TEXT, district TEXT,
  field TEXT, old_value TEXT, new_value TEXT, accepted INTEGER NOT NULL DEFAULT 1, message TEXT);
CREATE INDEX zhili_audit_target ON zhili_audit(target_uuid);
CREATE TABLE zhili_imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT, source TEXT NOT NULL, layer TEXT,
  district TEXT, encoding TEXT, source_crs TEXT, features INTEGER, inserted INTEGER, updated INTEGER,
  skipped INTEGER, repaired INTEGER, missing INTEGER, report TEXT);
CREATE TABLE zhili_styles (layer TEXT PRIMARY KEY NOT NULL, style TEXT NOT NULL, updated_at TEXT NOT NULL);
)SQL";

// Edits, roles and audit (core/edit). The audit log is the change feed for a later city-server sync
// (docs/sync.md): rows of one edit share edit_id, each carries the target's revision after the change, and
// triggers make the table append-only.
const char *const kEditTables = R"SQL(
ALTER TABLE zhili_audit ADD COLUMN edit_id TEXT;
ALTER TABLE zhili_audit ADD COLUMN revision INTEGER;
CREATE INDEX zhili_audit_edit ON zhili_audit(edit_id);
CREATE TRIGGER zhili_audit_no_update BEFORE UPDATE ON zhili_audit
BEGIN SELECT RAISE(ABORT, 'zhili_audit is append-only'); END;
CREATE TRIGGER zhili_audit_no_delete BEFORE DELETE ON zhili_audit
BEGIN SELECT RAISE(ABORT, 'zhili_audit is append-only'); END;
)SQL";

// Local users' passwords (core/edit/PasswordHasher, issue #14): the Argon2id string with its salt and cost;
// users without a row were added before passwords (they keep working; `users list` flags them). A table of
// its own rather than a zhili_users column: zhili_users keeps its shape for every tool that reads or fills
// it, and a later sync or export of the users (docs/sync.md) does not carry the hashes along. create() and
// the migration to version 3 run the same statement, so a new cache and a migrated one are alike.
const char *const kUserPasswordTable = R"SQL(
CREATE TABLE zhili_user_passwords (
  name TEXT PRIMARY KEY NOT NULL REFERENCES zhili_users(name), password_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL);
)SQL";

// Indicators (core/indicators): assessment targets, key districts, district quotas, enterprises and the
// per-mu evaluation rules. City-wide targets use district = '' (not NULL) so UNIQUE catches duplicates.
// Evaluation rules are data versioned by year: a version applies from its year until a later one; year 0
// holds the typical Zhejiang weighting as a starting point. Bands are cumulative percentile limits:
// A = top band_a %, B up to band_b %, C up to band_c %, D the rest.
const char *const kIndicatorTables = R"SQL(
CREATE TABLE zhili_targets (
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  ecosystem TEXT NOT NULL REFERENCES zhili_ecosystems(key),
  district TEXT NOT NULL DEFAULT '',
  land_mu REAL NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce REAL NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan REAL NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  projects INTEGER NOT NULL DEFAULT 0 CHECK (projects >= 0),
  tax_wan REAL CHECK (tax_wan IS NULL OR tax_wan >= 0),
  value_added_wan REAL CHECK (value_added_wan IS NULL OR value_added_wan >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (year, ecosystem, district));
CREATE TABLE zhili_key_districts (
  ecosystem TEXT NOT NULL REFERENCES zhili_ecosystems(key),
  district TEXT NOT NULL CHECK (district <> ''),
  land_mu REAL NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce REAL NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan REAL NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (ecosystem, district));
CREATE TABLE zhili_district_quotas (
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  district TEXT NOT NULL CHECK (district <> ''),
  resource TEXT NOT NULL CHECK (resource IN ('land_mu','energy_tce','finance_wan')),
  quota REAL NOT NULL CHECK (quota >= 0),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (year, district, resource));
CREATE TABLE zhili_enterprises (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL CHECK (name <> ''),
  year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  tax_wan REAL CHECK (tax_wan IS NULL OR tax_wan >= 0),
  value_added_wan REAL CHECK (value_added_wan IS NULL OR value_added_wan >= 0),
  energy_tce REAL CHECK (energy_tce IS NULL OR energy_tce >= 0),
  employees REAL CHECK (employees IS NULL OR employees >= 0),
  rd_wan REAL CHECK (rd_wan IS NULL OR rd_wan >= 0),
  revenue_wan REAL CHECK (revenue_wan IS NULL OR revenue_wan >= 0),
  emissions_t REAL CHECK (emissions_t IS NULL OR emissions_t >= 0),
  updated_at TEXT NOT NULL,
  UNIQUE (name, year));
CREATE TABLE zhili_enterprise_parcels (
  enterprise_id INTEGER NOT NULL REFERENCES zhili_enterprises(id) ON DELETE CASCADE,
  parcel_uuid TEXT NOT NULL,
  PRIMARY KEY (enterprise_id, parcel_uuid));
CREATE INDEX zhili_enterprise_parcels_parcel ON zhili_enterprise_parcels(parcel_uuid);
CREATE TABLE zhili_eval_rules (
  year INTEGER PRIMARY KEY NOT NULL CHECK (year = 0 OR year BETWEEN 1949 AND 2200),
  large_revenue_wan REAL NOT NULL DEFAULT 2000 CHECK (large_revenue_wan >= 0),
  band_a REAL NOT NULL CHECK (band_a > 0),
  band_b REAL NOT NULL CHECK (band_b >= band_a),
  band_c REAL NOT NULL CHECK (band_c >= band_b AND band_c <= 100),
  note TEXT,
  updated_at TEXT NOT NULL);
CREATE TABLE zhili_eval_indicators (
  year INTEGER NOT NULL REFERENCES zhili_eval_rules(year) ON DELETE CASCADE,
  size_class TEXT NOT NULL CHECK (size_class IN ('large','small')),
  indicator TEXT NOT NULL CHECK (indicator IN ('tax_per_mu','value_added_per_mu','value_added_per_tce',
    'value_added_per_emission','productivity','rd_intensity')),
  benchmark REAL NOT NULL CHECK (benchmark > 0),
  weight REAL NOT NULL CHECK (weight >= 0),
  PRIMARY KEY (year, size_class, indicator));
CREATE TABLE zhili_rag_thresholds (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  green REAL NOT NULL CHECK (green > 0),
  amber REAL NOT NULL CHECK (amber >= 0 AND amber <= green),
  updated_at TEXT NOT NULL);
INSERT INTO zhili_rag_thresholds VALUES (1, 0.9, 0.6, '1970-01-01T00:00:00.000Z');
INSERT INTO zhili_eval_rules VALUES (0, 2000, 20, 80, 95,
  '默认 typical Zhejiang weighting; benchmarks are placeholders: set your county''s', '1970-01-01T00:00:00.000Z');
INSERT INTO zhili_eval_indicators VALUES
  (0, 'large', 'tax_per_mu', 30, 30), (0, 'large', 'value_added_per_mu', 120, 20),
  (0, 'large', 'value_added_per_tce', 2, 20), (0, 'large', 'value_added_per_emission', 100, 10),
  (0, 'large', 'productivity', 30, 10), (0, 'large', 'rd_intensity', 0.03, 10),
  (0, 'small', 'tax_per_mu', 15, 100);
)SQL";

// Sync with the city server (CacheSchema version 3). Values in conflicts are JSON (numbers, text or null).
const char *const kSyncTables = R"SQL(
CREATE TABLE zhili_sync_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT, edit_id TEXT NOT NULL UNIQUE, action TEXT NOT NULL, user TEXT,
  at TEXT NOT NULL, reason TEXT, body TEXT NOT NULL, pushed_at TEXT);
CREATE TABLE zhili_sync_parcels (
  uuid TEXT PRIMARY KEY NOT NULL, revision INTEGER NOT NULL, import_gen INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE zhili_sync_conflicts (
  id INTEGER PRIMARY KEY AUTOINCREMENT, edit_id TEXT NOT NULL, parcel_uuid TEXT NOT NULL, code TEXT,
  district TEXT, field TEXT NOT NULL, grp TEXT, reason TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT,
  mine_by TEXT, mine_at TEXT, theirs_by TEXT, theirs_at TEXT, opened_at TEXT NOT NULL, resolved_at TEXT,
  resolution TEXT, UNIQUE (edit_id, parcel_uuid, field));
)SQL";

// Industrial chains (产业链, CacheSchema version 5): each chain's links by stage and who supplies whom (a
// directed graph, acyclic: checked by the importer), the enterprises on each link, matchmaking events
// (对接活动) with the enterprises that took part, and the blockage list (问题清单). Chains and links are
// updated in place by a re-import, so events and blockages keep their chain.
const char *const kChainTables = R"SQL(
ALTER TABLE zhili_chains ADD COLUMN team TEXT;
CREATE TABLE zhili_chain_links (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  chain_id INTEGER NOT NULL REFERENCES zhili_chains(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (name <> ''),
  stage TEXT NOT NULL CHECK (stage IN ('upstream','midstream','downstream')),
  sort_order INTEGER NOT NULL,
  UNIQUE (chain_id, name));
CREATE TABLE zhili_chain_supplies (
  from_link INTEGER NOT NULL REFERENCES zhili_chain_links(id) ON DELETE CASCADE,
  to_link INTEGER NOT NULL REFERENCES zhili_chain_links(id) ON DELETE CASCADE,
  PRIMARY KEY (from_link, to_link), CHECK (from_link <> to_link)) WITHOUT ROWID;
CREATE TABLE zhili_enterprise_links (
  enterprise TEXT NOT NULL CHECK (enterprise <> ''),
  link_id INTEGER NOT NULL REFERENCES zhili_chain_links(id) ON DELETE CASCADE,
  PRIMARY KEY (enterprise, link_id)) WITHOUT ROWID;
CREATE INDEX zhili_enterprise_links_link ON zhili_enterprise_links(link_id);
CREATE TABLE zhili_chain_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  held_on TEXT NOT NULL CHECK (held_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  chain_id INTEGER NOT NULL REFERENCES zhili_chains(id),
  title TEXT NOT NULL CHECK (title <> ''),
  district TEXT,
  projects INTEGER NOT NULL DEFAULT 0 CHECK (projects >= 0),
  orders_wan REAL NOT NULL DEFAULT 0 CHECK (orders_wan >= 0),
  financing_wan REAL NOT NULL DEFAULT 0 CHECK (financing_wan >= 0),
  created_by TEXT, created_at TEXT NOT NULL);
CREATE TABLE zhili_chain_event_enterprises (
  event_id INTEGER NOT NULL REFERENCES zhili_chain_events(id) ON DELETE CASCADE,
  enterprise TEXT NOT NULL CHECK (enterprise <> ''),
  PRIMARY KEY (event_id, enterprise)) WITHOUT ROWID;
CREATE TABLE zhili_chain_issues (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  chain_id INTEGER NOT NULL REFERENCES zhili_chains(id),
  text TEXT NOT NULL CHECK (text <> ''),
  district TEXT, owner TEXT,
  opened_on TEXT NOT NULL CHECK (opened_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= opened_on),
  created_by TEXT, created_at TEXT NOT NULL);
)SQL";

QString parcelsTableSql()
{
    return QStringLiteral(R"SQL(
CREATE TABLE parcels (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  uuid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  name TEXT,
  district TEXT NOT NULL,
  land_use TEXT,
  area_m2 REAL NOT NULL,
  area_mu REAL NOT NULL,
  area_ha REAL NOT NULL,
  ecosystem TEXT REFERENCES zhili_ecosystems(key),
  chain TEXT,
  land_mu REAL NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce REAL NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan REAL NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  status TEXT,
  enterprise TEXT,
  notes TEXT,
  source_attrs TEXT,
  geom_note TEXT,
  revision INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  UNIQUE (district, code));
CREATE INDEX parcels_district ON parcels(district);
CREATE INDEX parcels_ecosystem ON parcels(ecosystem);
CREATE INDEX parcels_code ON parcels(code);
CREATE TABLE districts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  geom MULTIPOLYGON,
  name TEXT NOT NULL UNIQUE,
  adcode TEXT,
  boundary_source TEXT NOT NULL DEFAULT 'derived',
  uuid TEXT NOT NULL UNIQUE,
  revision INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL);
)SQL");
}

// The GeoPackage 1.3 R-tree extension triggers, verbatim in shape (spec annex F.3).
QString rtreeSql(const QString &t, const QString &c, const QString &pk)
{
    QString s = QStringLiteral(R"SQL(
CREATE VIRTUAL TABLE rtree_T_C USING rtree(id, minx, maxx, miny, maxy);
CREATE TRIGGER rtree_T_C_insert AFTER INSERT ON T WHEN (new.C NOT NULL AND NOT ST_IsEmpty(NEW.C))
BEGIN INSERT OR REPLACE INTO rtree_T_C VALUES (NEW.I, ST_MinX(NEW.C), ST_MaxX(NEW.C), ST_MinY(NEW.C), ST_MaxY(NEW.C)); END;
CREATE TRIGGER rtree_T_C_update1 AFTER UPDATE OF C ON T WHEN OLD.I = NEW.I AND (NEW.C NOTNULL AND NOT ST_IsEmpty(NEW.C))
BEGIN INSERT OR REPLACE INTO rtree_T_C VALUES (NEW.I, ST_MinX(NEW.C), ST_MaxX(NEW.C), ST_MinY(NEW.C), ST_MaxY(NEW.C)); END;
CREATE TRIGGER rtree_T_C_update2 AFTER UPDATE OF C ON T WHEN OLD.I = NEW.I AND (NEW.C ISNULL OR ST_IsEmpty(NEW.C))
BEGIN DELETE FROM rtree_T_C WHERE id = OLD.I; END;
CREATE TRIGGER rtree_T_C_update3 AFTER UPDATE ON T WHEN OLD.I != NEW.I AND (NEW.C NOTNULL AND NOT ST_IsEmpty(NEW.C))
BEGIN DELETE FROM rtree_T_C WHERE id = OLD.I; INSERT OR REPLACE INTO rtree_T_C VALUES (NEW.I, ST_MinX(NEW.C), ST_MaxX(NEW.C), ST_MinY(NEW.C), ST_MaxY(NEW.C)); END;
CREATE TRIGGER rtree_T_C_update4 AFTER UPDATE ON T WHEN OLD.I != NEW.I AND (NEW.C ISNULL OR ST_IsEmpty(NEW.C))
BEGIN DELETE FROM rtree_T_C WHERE id IN (OLD.I, NEW.I); END;
CREATE TRIGGER rtree_T_C_delete AFTER DELETE ON T WHEN old.C NOT NULL
BEGIN DELETE FROM rtree_T_C WHERE id = OLD.I; END;
INSERT INTO gpkg_extensions VALUES ('T', 'C', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
)SQL");
    s.replace(QStringLiteral("T_C"), t + QLatin1Char('_') + c);
    s.replace(QStringLiteral("ON T "), QStringLiteral("ON ") + t + QLatin1Char(' '));
    s.replace(QStringLiteral("'T', 'C'"), QStringLiteral("'%1', '%2'").arg(t, c));
    s.replace(QStringLiteral(".C"), QLatin1Char('.') + c);
    s.replace(QStringLiteral("OF C ON"), QStringLiteral("OF ") + c + QStringLiteral(" ON"));
    s.replace(QStringLiteral(".I"), QLatin1Char('.') + pk);
    return s;
}

void registerFeatureTable(SqliteDatabase &db, const QString &table, const QString &identifier,
                          const QString &description, int srsId)
{
    auto st = db.prepare(
        QStringLiteral("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                       "srs_id) VALUES (?, 'features', ?, ?, ?)"));
    st.bind(1, table).bind(2, identifier).bind(3, description).bind(4, srsId).run();
    auto gc = db.prepare(
        QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)"));
    gc.bind(1, table).bind(2, srsId).run();
}

// Reads the envelope from the blob header (or, when absent, from the WKB) for the R-tree functions.
bool blobEnvelope(sqlite3_value *v, Envelope *env, bool *empty)
{
    if (sqlite3_value_type(v) != SQLITE_BLOB)
        return false;
    const auto *data = static_cast<const unsigned char *>(sqlite3_value_blob(v));
    const int size = sqlite3_value_bytes(v);
    try {
        GpkgBlob b = GpkgBlob::parse(data, size);
        *empty = b.empty;
        if (b.hasEnvelope) {
            *env = b.envelope;
        } else if (!b.empty) {
            return false;
        }
        return true;
    } catch (const Error &) {
        return false;
    }
}

template <int Which> void envelopeFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope e;
    bool empty = false;
    if (!blobEnvelope(argv[0], &e, &empty) || empty) {
        sqlite3_result_null(ctx);
        return;
    }
    const double values[] = {e.minX, e.maxX, e.minY, e.maxY};
    sqlite3_result_double(ctx, values[Which]);
}

void isEmptyFunction(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    Envelope e;
    bool empty = false;
    if (!blobEnvelope(argv[0], &e, &empty)) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int(ctx, empty ? 1 : 0);
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

void CacheSchema::registerSqlFunctions(SqliteDatabase &db)
{
    db.registerFunction("ST_MinX", 1, envelopeFunction<0>);
    db.registerFunction("ST_MaxX", 1, envelopeFunction<1>);
    db.registerFunction("ST_MinY", 1, envelopeFunction<2>);
    db.registerFunction("ST_MaxY", 1, envelopeFunction<3>);
    db.registerFunction("ST_IsEmpty", 1, isEmptyFunction);
}

int CacheSchema::ensureSpatialRefSys(SqliteDatabase &db, const Crs &crs)
{
    const int code = crs.epsg();
    if (code <= 0)
        throw Error(QStringLiteral("the cache CRS must have an EPSG code (got \"%1\")").arg(crs.name()));
    auto exists = db.prepare(QStringLiteral("SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?"));
    exists.bind(1, code);
    if (!exists.step()) {
        auto st =
            db.prepare(QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)"));
        st.bind(1, crs.name()).bind(2, code).bind(3, code).bind(4, crs.wkt()).bind(5, crs.name()).run();
    }
    return code;
}

void CacheSchema::create(SqliteDatabase &db, const Crs &crs)
{
    db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kGpkgApplicationId));
    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kGpkgUserVersion));
    db.exec(QString::fromUtf8(kGpkgCore));
    ensureSpatialRefSys(db, Crs::fromEpsg(4326));
    const int srsId = ensureSpatialRefSys(db, crs);
    db.exec(QString::fromUtf8(kZhiliTables));
    db.exec(QString::fromUtf8(kEditTables));
    db.exec(QString::fromUtf8(kUserPasswordTable));
    db.exec(parcelsTableSql());
    db.exec(QString::fromUtf8(kIndicatorTables));
    db.exec(QString::fromUtf8(kSyncTables));
    db.exec(QString::fromUtf8(kChainTables));
    ParcelTotalsTable::create(db);
    registerFeatureTable(db, QStringLiteral("parcels"), QStringLiteral("parcels"),
                         QCoreApplication::translate("CacheSchema", "Industrial land parcels (Zhili)"),
                         srsId);
    registerFeatureTable(db, QStringLiteral("districts"), QStringLiteral("districts"),
                         QCoreApplication::translate("CacheSchema", "Districts and counties (Zhili)"), srsId);
    db.exec(rtreeSql(QStringLiteral("parcels"), QStringLiteral("geom"), QStringLiteral("fid")));
    db.exec(rtreeSql(QStringLiteral("districts"), QStringLiteral("geom"), QStringLiteral("fid")));

    auto meta = db.prepare(QStringLiteral("INSERT INTO zhili_meta VALUES (?, ?)"));
    meta.bind(1, QStringLiteral("schema_version")).bind(2, QString::number(kCurrentVersion)).run();
    meta.bind(1, QStringLiteral("cache_id"))
        .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .run();
    meta.bind(1, QStringLiteral("created_at")).bind(2, nowIso()).run();
    meta.bind(1, QStringLiteral("crs")).bind(2, QStringLiteral("EPSG:%1").arg(srsId)).run();

    auto eco =
        db.prepare(QStringLiteral("INSERT INTO zhili_ecosystems (key, name_zh, name_en, color, sort_order) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    for (const Ecosystem &e : builtinEcosystems())
        eco.bind(1, e.key).bind(2, e.nameZh).bind(3, e.nameEn).bind(4, e.color).bind(5, e.sortOrder).run();
}

void CacheSchema::requireZhiliCache(SqliteDatabase &db)
{
    if (version(db) > 0 || !db.tableExists(QStringLiteral("zhili_meta")))
        return;
    const QString raw =
        db.scalar(QStringLiteral("SELECT value FROM zhili_meta WHERE key = 'schema_version'")).toString();
    throw Error(
        QStringLiteral("%1 has a zhili_meta table but no valid schema version (found \"%2\"): the cache is "
                       "damaged or was edited by hand; restore it from a backup or import the parcels "
                       "into a new cache")
            .arg(db.path(), raw.left(40)));
}

int CacheSchema::version(SqliteDatabase &db)
{
    if (!db.tableExists(QStringLiteral("zhili_meta")))
        return 0;
    return db.scalar(QStringLiteral("SELECT value FROM zhili_meta WHERE key = 'schema_version'")).toInt();
}

namespace {

bool hasColumn(SqliteDatabase &db, const QString &table, const QString &column)
{
    auto info = db.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    info.bind(1, table).bind(2, column);
    return info.step();
}

// To version 2: caches made during development of version 1 lacked the audit log's edit ids, revisions and
// append-only triggers (every cache made by a release has them, so this only adds what is missing).
void addAuditEditColumns(SqliteDatabase &db)
{
    if (!hasColumn(db, QStringLiteral("zhili_audit"), QStringLiteral("edit_id")))
        db.exec(QStringLiteral("ALTER TABLE zhili_audit ADD COLUMN edit_id TEXT"));
    if (!hasColumn(db, QStringLiteral("zhili_audit"), QStringLiteral("revision")))
        db.exec(QStringLiteral("ALTER TABLE zhili_audit ADD COLUMN revision INTEGER"));
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS zhili_audit_edit ON zhili_audit(edit_id);"
                           "CREATE TRIGGER IF NOT EXISTS zhili_audit_no_update BEFORE UPDATE ON zhili_audit "
                           "BEGIN SELECT RAISE(ABORT, 'zhili_audit is append-only'); END;"
                           "CREATE TRIGGER IF NOT EXISTS zhili_audit_no_delete BEFORE DELETE ON zhili_audit "
                           "BEGIN SELECT RAISE(ABORT, 'zhili_audit is append-only'); END;"));
}

// To version 3: the users' password hashes (kUserPasswordTable).
void addUserPasswordHash(SqliteDatabase &db)
{
    db.exec(QString::fromUtf8(kUserPasswordTable));
}

// To version 4: the tables a cache connected to a city server keeps (docs/sync.md): the outbox of local
// edits not yet pushed, the server's revision and geometry generation of each parcel as last synced, and the
// conflicts the server reported. Empty and unused in a cache that is not connected.
void addSyncTables(SqliteDatabase &db)
{
    db.exec(QString::fromUtf8(kSyncTables));
}

// To version 5: the industrial chain tables (kChainTables).
void addChainTables(SqliteDatabase &db)
{
    db.exec(QString::fromUtf8(kChainTables));
}

// To version 6: per-district, per-ecosystem totals kept by triggers (ParcelTotalsTable), filled here.
void addParcelTotals(SqliteDatabase &db)
{
    ParcelTotalsTable::create(db);
}

struct Migration {
    int toVersion;
    void (*apply)(SqliteDatabase &db);
};

// One step per version, in order; each is tested from the version before it (tst_cacheschema).
const Migration kMigrations[] = {
    {2, addAuditEditColumns}, {3, addUserPasswordHash}, {4, addSyncTables},
    {5, addChainTables},      {6, addParcelTotals},
};
static_assert(std::size(kMigrations) == CacheSchema::kCurrentVersion - 1, "one migration per version");

} // namespace

void CacheSchema::migrate(SqliteDatabase &db)
{
    requireZhiliCache(db);
    const int v = version(db);
    if (v == 0)
        throw Error(
            QStringLiteral("%1 is not a Zhili cache (no zhili_meta table); import parcels into a new cache "
                           "file instead")
                .arg(db.path()));
    if (v > kCurrentVersion)
        throw Error(
            QStringLiteral("%1 was written by a newer Zhili (schema %2, this program knows %3): update Zhili")
                .arg(db.path())
                .arg(v)
                .arg(kCurrentVersion));
    for (const Migration &m : kMigrations) {
        if (version(db) >= m.toVersion)
            continue;
        SqliteTransaction tx(db);
        m.apply(db);
        auto set = db.prepare(QStringLiteral("UPDATE zhili_meta SET value = ? WHERE key = 'schema_version'"));
        set.bind(1, QString::number(m.toVersion)).run();
        tx.commit();
    }
}

} // namespace zhili
