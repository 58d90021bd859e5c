#include "sync/serverschema.h"

#include "sync/pgconnection.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

namespace {

// Version 1: the city's tables, the append-only change log and who may change what.
//
// Rights live here, not in the client: every table has row-level security that is FORCEd (it holds for the
// tables' owner too), officers may UPDATE only the assignment columns of their own district's parcels,
// planners steer targets/key districts/quotas, admins do everything, everyone reads the whole city.
// Who and when in the change log come from current_user and the server clock (a trigger overwrites them).
const char *const kVersion1 = R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhili_admin') THEN CREATE ROLE zhili_admin NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhili_planner') THEN CREATE ROLE zhili_planner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhili_officer') THEN CREATE ROLE zhili_officer NOLOGIN; END IF;
END $$;
CREATE SCHEMA zhili;
CREATE TABLE zhili.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE SEQUENCE zhili.change_seq;
CREATE TABLE zhili.users (
  name text PRIMARY KEY, role text NOT NULL CHECK (role IN ('planner', 'officer', 'admin')),
  district text, created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'officer' OR district IS NOT NULL));
CREATE TABLE zhili.ecosystems (
  key text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, color text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0, chain_leader text);
CREATE TABLE zhili.districts (
  uuid uuid PRIMARY KEY, name text NOT NULL UNIQUE, adcode text,
  boundary_source text NOT NULL DEFAULT 'derived', revision bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(), geom geometry(MultiPolygon, 4549));
CREATE TABLE zhili.parcels (
  uuid uuid PRIMARY KEY, code text NOT NULL, name text, district text NOT NULL, land_use text,
  area_m2 double precision NOT NULL, area_mu double precision NOT NULL, area_ha double precision NOT NULL,
  ecosystem text REFERENCES zhili.ecosystems(key), chain text,
  land_mu double precision NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce double precision NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan double precision NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  status text, enterprise text, notes text, source_attrs text, geom_note text,
  revision bigint NOT NULL DEFAULT 1,
  import_gen integer NOT NULL DEFAULT 1,   -- +1 when the geometry changes (a re-import)
  change_seq bigint NOT NULL DEFAULT 0,    -- the change-log sequence of the last change: what a pull asks for
  updated_at timestamptz NOT NULL DEFAULT now(), updated_by text NOT NULL DEFAULT current_user,
  geom geometry(MultiPolygon, 4549),
  UNIQUE (district, code));
CREATE INDEX parcels_geom ON zhili.parcels USING gist (geom);
CREATE INDEX parcels_district ON zhili.parcels (district);
CREATE INDEX parcels_change_seq ON zhili.parcels (change_seq);
CREATE TABLE zhili.targets (
  year integer NOT NULL, ecosystem text NOT NULL REFERENCES zhili.ecosystems(key), district text NOT NULL DEFAULT '',
  land_mu double precision NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce double precision NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan double precision NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  projects integer NOT NULL DEFAULT 0 CHECK (projects >= 0),
  tax_wan double precision, value_added_wan double precision,
  updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (year, ecosystem, district));
CREATE TABLE zhili.key_districts (
  ecosystem text NOT NULL REFERENCES zhili.ecosystems(key), district text NOT NULL CHECK (district <> ''),
  land_mu double precision NOT NULL DEFAULT 0 CHECK (land_mu >= 0),
  energy_tce double precision NOT NULL DEFAULT 0 CHECK (energy_tce >= 0),
  finance_wan double precision NOT NULL DEFAULT 0 CHECK (finance_wan >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (ecosystem, district));
CREATE TABLE zhili.district_quotas (
  year integer NOT NULL, district text NOT NULL CHECK (district <> ''),
  resource text NOT NULL CHECK (resource IN ('land_mu', 'energy_tce', 'finance_wan')),
  quota double precision NOT NULL CHECK (quota >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (year, district, resource));
CREATE TABLE zhili.changes (
  id bigserial PRIMARY KEY, seq bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(), by_user text NOT NULL DEFAULT current_user,
  kind text NOT NULL CHECK (kind IN ('edit', 'delete', 'conflict', 'refused')),
  cache_id text, edit_id text, parcel_uuid uuid, code text, district text,
  field text, old_value text, new_value text, revision bigint, message text);
CREATE INDEX changes_seq ON zhili.changes (seq);
CREATE INDEX changes_parcel ON zhili.changes (parcel_uuid, field);

CREATE FUNCTION zhili.my_district() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT district FROM zhili.users WHERE name = current_user $$;

-- One writer at a time (the lock is held to commit), so sequence order is commit order and a pull that saw
-- sequence N can never miss a change committed later with a smaller one.
CREATE FUNCTION zhili.next_change_seq() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7102026);
  RETURN nextval('zhili.change_seq');
END $$;

CREATE FUNCTION zhili.assignment_of(p zhili.parcels) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('ecosystem', nullif(p.ecosystem, ''), 'chain', nullif(p.chain, ''),
    'land_mu', p.land_mu, 'energy_tce', p.energy_tce, 'finance_wan', p.finance_wan,
    'status', nullif(p.status, ''), 'enterprise', nullif(p.enterprise, ''), 'notes', nullif(p.notes, '')) $$;

CREATE FUNCTION zhili.parcels_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.change_seq := zhili.next_change_seq();
  NEW.updated_at := now();
  NEW.updated_by := current_user;
  IF TG_OP = 'UPDATE' THEN
    IF NEW.uuid <> OLD.uuid THEN RAISE EXCEPTION 'a parcel''s uuid never changes (%)', OLD.uuid; END IF;
    NEW.revision := OLD.revision + 1;
    IF NEW.geom IS DISTINCT FROM OLD.geom THEN NEW.import_gen := OLD.import_gen + 1; END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER parcels_stamp BEFORE UPDATE ON zhili.parcels
  FOR EACH ROW EXECUTE FUNCTION zhili.parcels_stamp();
-- A bulk insert (publish) takes one sequence number for all its rows under the lock; single inserts get one each.
CREATE TRIGGER parcels_stamp_insert BEFORE INSERT ON zhili.parcels
  FOR EACH ROW WHEN (NEW.change_seq = 0) EXECUTE FUNCTION zhili.parcels_stamp();

CREATE FUNCTION zhili.parcels_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o jsonb; n jsonb; f text;
  v_cache text := nullif(current_setting('zhili.cache_id', true), '');
  v_edit text := nullif(current_setting('zhili.edit_id', true), '');
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO zhili.changes (seq, kind, cache_id, edit_id, parcel_uuid, code, district, revision)
      VALUES (zhili.next_change_seq(), 'delete', v_cache, v_edit, OLD.uuid, OLD.code, OLD.district, OLD.revision);
    PERFORM pg_notify('zhili_changes', currval('zhili.change_seq')::text);
    RETURN NULL;
  END IF;
  o := zhili.assignment_of(OLD) || jsonb_build_object('code', OLD.code, 'name', OLD.name,
    'district', OLD.district, 'land_use', OLD.land_use, 'area_m2', OLD.area_m2);
  n := zhili.assignment_of(NEW) || jsonb_build_object('code', NEW.code, 'name', NEW.name,
    'district', NEW.district, 'land_use', NEW.land_use, 'area_m2', NEW.area_m2);
  FOR f IN SELECT jsonb_object_keys(n) LOOP
    IF o->f IS DISTINCT FROM n->f THEN
      INSERT INTO zhili.changes (seq, kind, cache_id, edit_id, parcel_uuid, code, district, field, old_value,
                                 new_value, revision)
        VALUES (NEW.change_seq, 'edit', v_cache, v_edit, NEW.uuid, NEW.code, NEW.district, f, o->>f, n->>f,
                NEW.revision);
    END IF;
  END LOOP;
  IF NEW.import_gen <> OLD.import_gen THEN
    INSERT INTO zhili.changes (seq, kind, cache_id, edit_id, parcel_uuid, code, district, field, old_value,
                               new_value, revision)
      VALUES (NEW.change_seq, 'edit', v_cache, v_edit, NEW.uuid, NEW.code, NEW.district, 'geom',
              OLD.import_gen::text, NEW.import_gen::text, NEW.revision);
  END IF;
  PERFORM pg_notify('zhili_changes', NEW.change_seq::text);
  RETURN NULL;
END $$;
CREATE TRIGGER parcels_log AFTER UPDATE OR DELETE ON zhili.parcels
  FOR EACH ROW EXECUTE FUNCTION zhili.parcels_log();

CREATE FUNCTION zhili.changes_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.at := now();
  NEW.by_user := current_user;
  RETURN NEW;
END $$;
CREATE TRIGGER changes_stamp BEFORE INSERT ON zhili.changes FOR EACH ROW EXECUTE FUNCTION zhili.changes_stamp();
CREATE FUNCTION zhili.changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'zhili.changes is append-only: its rows are never changed or removed';
END $$;
CREATE TRIGGER changes_no_update BEFORE UPDATE OR DELETE ON zhili.changes
  FOR EACH ROW EXECUTE FUNCTION zhili.changes_append_only();
CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON zhili.changes
  FOR EACH STATEMENT EXECUTE FUNCTION zhili.changes_append_only();

ALTER TABLE zhili.parcels ENABLE ROW LEVEL SECURITY;
ALTER TABLE zhili.parcels FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON zhili.parcels FOR SELECT USING (true);
CREATE POLICY admin_all ON zhili.parcels TO zhili_admin USING (true) WITH CHECK (true);
CREATE POLICY officer_own_district ON zhili.parcels FOR UPDATE TO zhili_officer
  USING (district = zhili.my_district()) WITH CHECK (district = zhili.my_district());

ALTER TABLE zhili.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE zhili.changes FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON zhili.changes FOR SELECT USING (true);
-- Edit and delete rows come only from the parcels' trigger; a session may add conflict/refusal rows (its own).
CREATE POLICY log_rows ON zhili.changes FOR INSERT
  WITH CHECK (pg_trigger_depth() > 0 OR kind IN ('conflict', 'refused'));

DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['users', 'ecosystems', 'districts', 'targets', 'key_districts', 'district_quotas'] LOOP
    EXECUTE format('ALTER TABLE zhili.%I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE zhili.%I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_all ON zhili.%I FOR SELECT USING (true)', t);
    EXECUTE format('CREATE POLICY admin_all ON zhili.%I TO zhili_admin USING (true) WITH CHECK (true)', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['targets', 'key_districts', 'district_quotas'] LOOP
    EXECUTE format('CREATE POLICY planner_steers ON zhili.%I TO zhili_planner USING (true) WITH CHECK (true)', t);
  END LOOP;
END $$;

GRANT USAGE ON SCHEMA zhili TO zhili_admin, zhili_planner, zhili_officer;
GRANT SELECT ON ALL TABLES IN SCHEMA zhili TO zhili_admin, zhili_planner, zhili_officer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA zhili TO zhili_admin, zhili_planner, zhili_officer;
GRANT INSERT ON zhili.changes TO zhili_admin, zhili_planner, zhili_officer;
GRANT UPDATE (ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes) ON zhili.parcels
  TO zhili_officer;
GRANT INSERT, UPDATE, DELETE ON zhili.parcels, zhili.districts, zhili.ecosystems, zhili.users TO zhili_admin;
GRANT INSERT, UPDATE, DELETE ON zhili.targets, zhili.key_districts, zhili.district_quotas
  TO zhili_planner, zhili_admin;
INSERT INTO zhili.meta VALUES ('schema_version', '1'), ('server_id', gen_random_uuid()::text),
  ('created_at', now()::text);
)SQL";

// Pieces of the push functions that more than one migration writes. Each migration's text is what it always
// was; version 5 moves the replay preamble and the stored answer into zhili.push_replayed/push_answered.
// The replay preamble of versions 2 and 4: a push seen before gets its stored answer back.
const char *const kReplayInline =
    R"SQL(  SELECT response INTO v_done FROM zhili.pushes WHERE cache_id = p_cache AND edit_id = p_edit;
  IF FOUND THEN
    RETURN v_done || jsonb_build_object('replayed', true);
  END IF;
  PERFORM set_config('zhili.cache_id', p_cache, true);
  PERFORM set_config('zhili.edit_id', p_edit, true);
)SQL";
// ... and the end: the answer kept under (cache id, edit id) in the same transaction.
const char *const kStoreInline =
    R"SQL(  v_done := jsonb_build_object('edit_id', p_edit, 'parcels', v_parcels, 'conflicts', v_conflicts);
  INSERT INTO zhili.pushes (cache_id, edit_id, response) VALUES (p_cache, p_edit, v_done);
  RETURN v_done;
)SQL";
// The declarations and the three-way merge of an assignment edit (versions 2 and 5).
const char *const kAssignmentDeclare = R"SQL(DECLARE
  k_fields CONSTANT text[] := ARRAY['ecosystem', 'chain', 'land_mu', 'energy_tce', 'finance_wan', 'status',
                                    'enterprise', 'notes'];
  k_group CONSTANT text[] := ARRAY['ecosystem', 'land_mu', 'energy_tce', 'finance_wan'];
  v_done jsonb; v_item jsonb; v_before jsonb; v_after jsonb; v_cur jsonb; v_apply jsonb;
  v_row zhili.parcels; v_uuid uuid; v_code text; v_district text; v_state text; v_group boolean; f text;
  v_parcels jsonb := '[]'; v_conflicts jsonb := '[]'; v_mine int;
BEGIN
)SQL";
const char *const kAssignmentMerge =
    R"SQL(  FOR v_item IN SELECT value FROM jsonb_array_elements(p_body->'parcels') LOOP
    v_uuid := (v_item->>'uuid')::uuid;
    v_before := v_item->'before';
    v_after := v_item->'after';
    IF v_before IS NULL OR v_after IS NULL OR NOT (v_before ?& k_fields AND v_after ?& k_fields) THEN
      RAISE EXCEPTION 'edit % names parcel % without all assignment fields', p_edit, v_uuid;
    END IF;
    v_state := 'applied';
    v_row := NULL;
    SELECT * INTO v_row FROM zhili.parcels WHERE uuid = v_uuid FOR UPDATE;
    IF NOT FOUND THEN
      SELECT * INTO v_row FROM zhili.parcels WHERE uuid = v_uuid;
      v_state := CASE WHEN FOUND THEN 'refused' ELSE 'deleted' END;
    ELSIF v_row.import_gen <> coalesce((v_item->>'import_gen')::int, v_row.import_gen) THEN
      v_state := 'reimported';
    END IF;
    v_code := coalesce(v_row.code, v_item->>'code');
    v_district := coalesce(v_row.district, v_item->>'district');
    v_cur := CASE WHEN v_row.uuid IS NULL THEN NULL ELSE zhili.assignment_of(v_row) END;
    v_mine := jsonb_array_length(v_conflicts);
    IF v_state <> 'applied' THEN
      FOREACH f IN ARRAY k_fields LOOP
        CONTINUE WHEN v_after->f IS NOT DISTINCT FROM v_before->f;
        v_conflicts := v_conflicts || zhili.record_conflict(p_cache, p_edit, v_uuid, v_code, v_district, f,
          NULL, v_state, v_before->f, v_after->f, v_cur->f);
      END LOOP;
    ELSE
      v_group := zhili.changed_any(k_group, v_before, v_after) AND zhili.changed_any(k_group, v_before, v_cur)
                 AND zhili.changed_any(k_group, v_cur, v_after);
      v_apply := '{}';
      FOREACH f IN ARRAY k_fields LOOP
        CONTINUE WHEN v_after->f IS NOT DISTINCT FROM v_before->f;
        IF v_group AND f = ANY (k_group) THEN
          v_conflicts := v_conflicts || zhili.record_conflict(p_cache, p_edit, v_uuid, v_code, v_district, f,
            'allocation', 'conflict', v_before->f, v_after->f, v_cur->f);
        ELSIF v_cur->f IS NOT DISTINCT FROM v_before->f THEN
          v_apply := v_apply || jsonb_build_object(f, v_after->f);
        ELSIF v_cur->f IS DISTINCT FROM v_after->f THEN
          v_conflicts := v_conflicts || zhili.record_conflict(p_cache, p_edit, v_uuid, v_code, v_district, f,
            NULL, 'conflict', v_before->f, v_after->f, v_cur->f);
        END IF;
      END LOOP;
      IF v_apply <> '{}'::jsonb THEN
        UPDATE zhili.parcels p
          SET (ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes) =
              (SELECT r.ecosystem, r.chain, r.land_mu, r.energy_tce, r.finance_wan, r.status, r.enterprise,
                      r.notes FROM jsonb_populate_record(NULL::zhili.parcels, v_cur || v_apply) r)
          WHERE p.uuid = v_uuid RETURNING * INTO v_row;
      END IF;
      IF jsonb_array_length(v_conflicts) > v_mine THEN
        v_state := 'conflict';
      END IF;
    END IF;
    v_parcels := v_parcels || jsonb_build_array(jsonb_build_object('uuid', v_uuid, 'state', v_state,
      'row', zhili.sync_row(v_row)));
  END LOOP;
)SQL";
// One parcel of a re-import: its shape replaced or the parcel inserted, or a conflict (versions 4 and 5).
const char *const kImportLoopHead =
    R"SQL(  FOR v_item IN SELECT value FROM jsonb_array_elements(p_body->'parcels') LOOP
    v_uuid := (v_item->>'uuid')::uuid;
    v_new := NOT (v_item ? 'import_gen');
    v_state := 'applied';
    v_row := NULL;
)SQL";
const char *const kImportShape =
    R"SQL(    SELECT * INTO v_row FROM zhili.parcels WHERE uuid = v_uuid FOR UPDATE;
    IF FOUND THEN
      IF v_new OR v_row.import_gen <> (v_item->>'import_gen')::int THEN
        v_state := 'reimported';
      ELSE
        UPDATE zhili.parcels SET geom = ST_Multi(ST_GeomFromWKB(decode(v_item->>'wkb', 'hex'), 4549)),
            name = v_item->>'name', land_use = v_item->>'land_use', area_m2 = (v_item->>'area_m2')::float8,
            area_mu = (v_item->>'area_mu')::float8, area_ha = (v_item->>'area_ha')::float8,
            source_attrs = v_item->>'source_attrs', geom_note = v_item->>'geom_note'
          WHERE uuid = v_uuid RETURNING * INTO v_row;
      END IF;
    ELSE
      SELECT * INTO v_row FROM zhili.parcels WHERE uuid = v_uuid;
      IF FOUND THEN
        v_state := 'refused';
      ELSIF NOT v_new THEN
        v_state := 'deleted';
      ELSE
        SELECT * INTO v_row FROM zhili.parcels WHERE district = v_item->>'district' AND code = v_item->>'code';
        IF FOUND THEN
          v_state := 'reimported';
        ELSIF NOT (pg_has_role('zhili_admin', 'MEMBER') OR zhili.my_district() = v_item->>'district') THEN
          v_state := 'refused';
        ELSE
          INSERT INTO zhili.parcels (uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem,
                                     chain, land_mu, energy_tce, finance_wan, status, enterprise, notes,
                                     source_attrs, geom_note, geom)
            SELECT v_uuid, v_item->>'code', v_item->>'name', v_item->>'district', v_item->>'land_use',
                   (v_item->>'area_m2')::float8, (v_item->>'area_mu')::float8, (v_item->>'area_ha')::float8,
                   r.ecosystem, r.chain, coalesce(r.land_mu, 0), coalesce(r.energy_tce, 0),
                   coalesce(r.finance_wan, 0), r.status, r.enterprise, r.notes, v_item->>'source_attrs', v_item->>'geom_note',
                   ST_Multi(ST_GeomFromWKB(decode(v_item->>'wkb', 'hex'), 4549))
              FROM jsonb_populate_record(NULL::zhili.parcels, v_item->'after') r
            RETURNING * INTO v_row;
        END IF;
      END IF;
    END IF;
)SQL";
const char *const kImportShapeConflict = R"SQL(    IF v_state <> 'applied' THEN
      v_conflicts := v_conflicts || zhili.record_conflict(p_cache, p_edit, v_uuid,
        coalesce(v_row.code, v_item->>'code'), coalesce(v_row.district, v_item->>'district'), 'geom', NULL,
        v_state, v_item->'import_gen', jsonb_build_object('area_m2', (v_item->>'area_m2')::float8,
        'wkb', v_item->>'wkb'), zhili.shape_of(v_row));
    END IF;
)SQL";
const char *const kImportLoopTail =
    R"SQL(    v_parcels := v_parcels || jsonb_build_array(jsonb_build_object('uuid', v_uuid, 'state', v_state,
      'row', zhili.sync_row(v_row)));
  END LOOP;
)SQL";

// Version 2: pushes are idempotent by (cache id, edit id) and merged on the server by zhili.push_edit, so
// the conflict rule holds whatever the client does.
const char *const kVersion2Head = R"SQL(
CREATE TABLE zhili.pushes (
  cache_id text NOT NULL, edit_id text NOT NULL, by_user text NOT NULL DEFAULT current_user,
  at timestamptz NOT NULL DEFAULT now(), response jsonb NOT NULL, PRIMARY KEY (cache_id, edit_id));
ALTER TABLE zhili.pushes ENABLE ROW LEVEL SECURITY;
ALTER TABLE zhili.pushes FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON zhili.pushes FOR SELECT USING (true);
CREATE POLICY own_rows ON zhili.pushes FOR INSERT WITH CHECK (by_user = current_user);
GRANT SELECT, INSERT ON zhili.pushes TO zhili_admin, zhili_planner, zhili_officer;

CREATE FUNCTION zhili.changed_any(p_fields text[], a jsonb, b jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS
$$ SELECT EXISTS (SELECT 1 FROM unnest(p_fields) f WHERE a->f IS DISTINCT FROM b->f) $$;

CREATE FUNCTION zhili.sync_row(p zhili.parcels) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p.uuid IS NULL THEN NULL ELSE zhili.assignment_of(p) || jsonb_build_object(
    'uuid', p.uuid, 'code', p.code, 'district', p.district, 'revision', p.revision,
    'import_gen', p.import_gen, 'updated_by', p.updated_by, 'updated_at', p.updated_at) END $$;

-- Keeps the refused value in the change log (both values stay in the history) and describes the conflict.
CREATE FUNCTION zhili.record_conflict(p_cache text, p_edit text, p_uuid uuid, p_code text, p_district text,
    p_field text, p_group text, p_reason text, p_base jsonb, p_mine jsonb, p_theirs jsonb)
    RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v_by text; v_at timestamptz;
BEGIN
  SELECT by_user, at INTO v_by, v_at FROM zhili.changes
    WHERE parcel_uuid = p_uuid AND (field = p_field OR kind = 'delete') AND kind IN ('edit', 'delete')
    ORDER BY id DESC LIMIT 1;
  INSERT INTO zhili.changes (seq, kind, cache_id, edit_id, parcel_uuid, code, district, field, old_value,
                             new_value, message)
    VALUES (zhili.next_change_seq(), CASE WHEN p_reason = 'refused' THEN 'refused' ELSE 'conflict' END,
            p_cache, p_edit, p_uuid, p_code, p_district, p_field, p_base #>> '{}', p_mine #>> '{}', p_reason);
  RETURN jsonb_build_object('uuid', p_uuid, 'code', p_code, 'district', p_district, 'field', p_field,
    'group', p_group, 'reason', p_reason, 'base', p_base, 'mine', p_mine, 'theirs', p_theirs,
    'theirs_by', v_by, 'theirs_at', v_at);
END $$;

-- One local edit, merged three-way per field against what the server holds now (docs/sync.md):
--   unchanged by me → nothing; unchanged on the server since my base → applied; same value → fine;
--   different values → conflict (the server keeps its value). The allocations and the ecosystem are one
--   group: when both sides changed any of them (to different tuples) every field I changed in it conflicts.
-- A parcel deleted, re-imported (import_gen moved) or outside the caller's rights is a conflict too.
CREATE FUNCTION zhili.push_edit(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
)SQL";
const char *const kVersion2Tail = R"SQL(END $$;
UPDATE zhili.meta SET value = '2' WHERE key = 'schema_version';
)SQL";

// The opening both bulk publish functions share (version 3's, version 6's): administrators only, and only
// into an empty city, checked again once the table is locked.
const char *const kBulkAdminOnly = R"SQL(BEGIN
  IF NOT pg_has_role(session_user, 'zhili_admin', 'MEMBER') THEN
    RAISE EXCEPTION 'only a Zhili administrator may publish parcels' USING ERRCODE = 'insufficient_privilege';
  END IF;
)SQL";
const char *const kBulkEmptyCity = R"SQL(  IF EXISTS (SELECT 1 FROM zhili.parcels) THEN
    RETURN -1;
  END IF;
)SQL";
const char *const kBulkLock = R"SQL(  LOCK TABLE zhili.parcels IN ACCESS EXCLUSIVE MODE;
)SQL";

// Version 3: the first publish into an empty city loads in bulk. zhili.bulk_load_parcels runs as the tables'
// owner (who ran server init), so it may set the foreign key and the secondary indexes aside while the rows
// go in and build them once at the end — row-by-row upkeep of the GiST index and the per-row foreign-key
// checks are two thirds of the insert. The table lock and the caller's one transaction mean nobody ever sees
// the table without them, and row-level security is forced again before it returns. Only administrators
// may call it; a city that already has parcels takes the ordinary INSERT, which the policies check.
// parcels_district goes: UNIQUE (district, code) serves every lookup by district.
const char *const kVersion3Head = R"SQL(
DROP INDEX zhili.parcels_district;
CREATE FUNCTION zhili.bulk_load_parcels(p_seq bigint) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_cols text; v_n bigint;
)SQL";
const char *const kVersion3Tail =
    R"SQL(  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO v_cols FROM pg_attribute
    WHERE attrelid = 'pg_temp.publish_parcels'::regclass AND attnum > 0 AND NOT attisdropped
      AND attname <> 'change_seq';
  ALTER TABLE zhili.parcels NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE zhili.parcels DROP CONSTRAINT parcels_ecosystem_fkey;
  DROP INDEX zhili.parcels_geom, zhili.parcels_change_seq;
  EXECUTE format('INSERT INTO zhili.parcels (%s, change_seq) SELECT %s, $1 FROM pg_temp.publish_parcels',
                 v_cols, v_cols) USING p_seq;
  GET DIAGNOSTICS v_n = ROW_COUNT;
  CREATE INDEX parcels_geom ON zhili.parcels USING gist (geom);
  CREATE INDEX parcels_change_seq ON zhili.parcels (change_seq);
  ALTER TABLE zhili.parcels ADD CONSTRAINT parcels_ecosystem_fkey FOREIGN KEY (ecosystem)
    REFERENCES zhili.ecosystems(key);
  ALTER TABLE zhili.parcels FORCE ROW LEVEL SECURITY;
  RETURN v_n;
END $$;
REVOKE ALL ON FUNCTION zhili.bulk_load_parcels(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zhili.bulk_load_parcels(bigint) TO zhili_admin;
UPDATE zhili.meta SET value = '3' WHERE key = 'schema_version';
)SQL";

// Version 4: a district re-imported into a connected cache reaches the server (docs/sync.md, "Re-imports").
// Officers may now write the office's columns (shape, name, land use, areas, source attributes) of their own
// district's parcels and insert new parcels there — the policies check the district, so hand-written SQL on
// another district changes 0 rows or fails. The change-log columns (revision, import_gen, change_seq, who and
// when) stay the server's. zhili.push_edit now also takes an "import" edit and hands it to push_import, in
// the same one-transaction, idempotent way as assignment edits. And the helpers push_edit calls per edit
// become PL/pgSQL (compiled once per session instead of parsed per transaction).
const char *const kVersion4Head = R"SQL(
GRANT UPDATE (geom, name, land_use, area_m2, area_mu, area_ha, source_attrs, geom_note) ON zhili.parcels
  TO zhili_officer;
GRANT INSERT (uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, land_mu,
              energy_tce, finance_wan, status, enterprise, notes, source_attrs, geom_note, geom)
  ON zhili.parcels TO zhili_officer;
CREATE POLICY officer_insert_own_district ON zhili.parcels FOR INSERT TO zhili_officer
  WITH CHECK (district = zhili.my_district());

-- Speed (a sync of 1,000 edits): SQL helper functions called from PL/pgSQL are parsed and planned again in
-- every transaction (fmgr_sql), a quarter of push_edit's time; the same bodies in PL/pgSQL are compiled once
-- per session. Same results.
CREATE OR REPLACE FUNCTION zhili.assignment_of(p zhili.parcels) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN jsonb_build_object('ecosystem', nullif(p.ecosystem, ''), 'chain', nullif(p.chain, ''),
    'land_mu', p.land_mu, 'energy_tce', p.energy_tce, 'finance_wan', p.finance_wan,
    'status', nullif(p.status, ''), 'enterprise', nullif(p.enterprise, ''), 'notes', nullif(p.notes, ''));
END $$;
CREATE OR REPLACE FUNCTION zhili.changed_any(p_fields text[], a jsonb, b jsonb) RETURNS boolean
  LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE f text;
BEGIN
  FOREACH f IN ARRAY p_fields LOOP
    IF a->f IS DISTINCT FROM b->f THEN
      RETURN true;
    END IF;
  END LOOP;
  RETURN false;
END $$;
CREATE OR REPLACE FUNCTION zhili.sync_row(p zhili.parcels) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF p.uuid IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN zhili.assignment_of(p) || jsonb_build_object('uuid', p.uuid, 'code', p.code, 'district', p.district,
    'revision', p.revision, 'import_gen', p.import_gen, 'updated_by', p.updated_by, 'updated_at', p.updated_at);
END $$;
CREATE OR REPLACE FUNCTION zhili.my_district() RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (SELECT district FROM zhili.users WHERE name = current_user);
END $$;

-- What a conflict shows of a shape: its area (and import generation on the server); mine keeps the WKB.
CREATE FUNCTION zhili.shape_of(p zhili.parcels) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN CASE WHEN p.uuid IS NULL THEN NULL
    ELSE jsonb_build_object('area_m2', p.area_m2, 'import_gen', p.import_gen) END;
END $$;

-- One chunk of a local re-import: parcels whose shape (and the office's columns) changed, and new parcels.
--   a known parcel whose import_gen is still my base → its shape is replaced (import_gen + 1 by the trigger);
--   re-imported on the server since my base → conflict "reimported"; gone → "deleted"; outside my rights
--   (hidden from FOR UPDATE) → "refused". A new parcel whose code the district already has on the server
--   (another re-import got there first) → "reimported"; a district not mine → "refused".
-- A conflict keeps my shape (WKB) in the change log and in the answer: nothing is lost.
CREATE FUNCTION zhili.push_import(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  v_done jsonb; v_item jsonb; v_row zhili.parcels; v_uuid uuid; v_state text; v_new boolean;
  v_parcels jsonb := '[]'; v_conflicts jsonb := '[]';
BEGIN
)SQL";
const char *const kVersion4Tail = R"SQL(END $$;

-- The client sends every edit to push_edit; an import goes on to push_import, assignments to the merge.
ALTER FUNCTION zhili.push_edit(text, text, jsonb) RENAME TO push_assignment;
CREATE FUNCTION zhili.push_edit(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
  IF p_body->>'action' = 'import' THEN
    RETURN zhili.push_import(p_cache, p_edit, p_body);
  END IF;
  RETURN zhili.push_assignment(p_cache, p_edit, p_body);
END $$;
UPDATE zhili.meta SET value = '4' WHERE key = 'schema_version';
)SQL";

// Version 5: the rest of a re-import reaches the server (docs/sync.md, "Re-imports"): parcels its file no
// longer has are deleted there, and the district outline it recomputed replaces the server's derived one.
// Officers may DELETE their own district's parcels and UPDATE their own district's outline, or add it when
// the server lacks it (policies by district: another district's rows are 0 rows); a district's revision and
// time are stamped by the server. The replay preamble and the stored answer every push repeated become one
// helper each, used by push_edit, push_assignment and push_import.
const char *const kVersion5Head = R"SQL(
GRANT DELETE ON zhili.parcels TO zhili_officer;
CREATE POLICY officer_delete_own_district ON zhili.parcels FOR DELETE TO zhili_officer
  USING (district = zhili.my_district());
GRANT UPDATE (geom) ON zhili.districts TO zhili_officer;
GRANT INSERT (uuid, name, boundary_source, geom) ON zhili.districts TO zhili_officer;
CREATE POLICY officer_own_outline ON zhili.districts FOR UPDATE TO zhili_officer
  USING (name = zhili.my_district()) WITH CHECK (name = zhili.my_district());
CREATE POLICY officer_add_own_district ON zhili.districts FOR INSERT TO zhili_officer
  WITH CHECK (name = zhili.my_district() AND boundary_source = 'derived');
CREATE FUNCTION zhili.districts_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.revision := OLD.revision + 1;
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER districts_stamp BEFORE UPDATE ON zhili.districts
  FOR EACH ROW EXECUTE FUNCTION zhili.districts_stamp();

-- The answer stored for this (cache id, edit id), marked replayed, when the push came before; otherwise NULL,
-- and the change log of this transaction names the cache and the edit.
CREATE FUNCTION zhili.push_replayed(p_cache text, p_edit text) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v_done jsonb;
BEGIN
  SELECT response INTO v_done FROM zhili.pushes WHERE cache_id = p_cache AND edit_id = p_edit;
  IF FOUND THEN
    RETURN v_done || jsonb_build_object('replayed', true);
  END IF;
  PERFORM set_config('zhili.cache_id', p_cache, true);
  PERFORM set_config('zhili.edit_id', p_edit, true);
  RETURN NULL;
END $$;
-- The answer of a push, kept under (cache id, edit id) in the push's own transaction.
CREATE FUNCTION zhili.push_answered(p_cache text, p_edit text, p_parcels jsonb, p_conflicts jsonb,
    p_more jsonb DEFAULT '{}') RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE v_done jsonb := jsonb_build_object('edit_id', p_edit, 'parcels', p_parcels, 'conflicts', p_conflicts)
                        || p_more;
BEGIN
  INSERT INTO zhili.pushes (cache_id, edit_id, response) VALUES (p_cache, p_edit, v_done);
  RETURN v_done;
END $$;
CREATE OR REPLACE FUNCTION zhili.push_edit(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb
  LANGUAGE plpgsql AS $$
DECLARE v_done jsonb := zhili.push_replayed(p_cache, p_edit);
BEGIN
  IF v_done IS NOT NULL THEN
    RETURN v_done;
  END IF;
  IF p_body->>'action' = 'import' THEN
    RETURN zhili.push_import(p_cache, p_edit, p_body);
  END IF;
  RETURN zhili.push_assignment(p_cache, p_edit, p_body);
END $$;

-- A parcel the re-imported file no longer has: deleted when nobody else changed it since my base revision (the
-- cache's own pushes since do not count) → 'removed'; changed by someone else since → 'changed' (kept: a
-- conflict); gone already → 'gone' (nobody disagrees); outside my rights (hidden from FOR UPDATE) → 'refused'.
CREATE FUNCTION )SQL";
// zhili.import_delete, whose test for "changed by someone else" version 7 tightens.
const char *const kImportDeleteHead =
    R"SQL(zhili.import_delete(p_cache text, p_item jsonb) RETURNS text LANGUAGE plpgsql AS $$
DECLARE v_uuid uuid := (p_item->>'uuid')::uuid; v_base bigint := (p_item->>'revision')::bigint; v_revision bigint;
BEGIN
  SELECT revision INTO v_revision FROM zhili.parcels WHERE uuid = v_uuid FOR UPDATE;
  IF NOT FOUND THEN
    RETURN CASE WHEN EXISTS (SELECT 1 FROM zhili.parcels WHERE uuid = v_uuid) THEN 'refused' ELSE 'gone' END;
  END IF;
)SQL";
const char *const kImportDeleteChanged5 =
    R"SQL(  IF v_revision <> v_base AND EXISTS (SELECT 1 FROM zhili.changes WHERE parcel_uuid = v_uuid AND kind = 'edit'
      AND revision > v_base AND cache_id IS DISTINCT FROM p_cache) THEN
)SQL";
const char *const kImportDeleteTail = R"SQL(    RETURN 'changed';
  END IF;
  DELETE FROM zhili.parcels WHERE uuid = v_uuid;
  RETURN CASE WHEN FOUND THEN 'removed' ELSE 'refused' END;
END $$;
)SQL";
const char *const kVersion5AfterDelete = R"SQL(
CREATE OR REPLACE FUNCTION zhili.push_assignment(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb
  LANGUAGE plpgsql AS $$
)SQL";
const char *const kVersion5Middle =
    R"SQL(  RETURN zhili.push_answered(p_cache, p_edit, v_parcels, v_conflicts);
END $$;

-- A re-import's chunk: shapes and new parcels as in version 4, parcels to delete (item "delete": true, with my
-- base revision), and the district outlines it recomputed ("districts": [{uuid, name, wkb}]), which replace the
-- server's when it derives them too (an imported boundary stays; answered as revision NULL), or add the
-- district when the server does not have it yet (an administrator's, or an officer's own).
CREATE OR REPLACE FUNCTION zhili.push_import(p_cache text, p_edit text, p_body jsonb) RETURNS jsonb
  LANGUAGE plpgsql AS $$
DECLARE
  v_item jsonb; v_row zhili.parcels; v_uuid uuid; v_state text; v_new boolean; v_revision bigint;
  v_parcels jsonb := '[]'; v_conflicts jsonb := '[]'; v_outlines jsonb := '[]';
BEGIN
)SQL";
const char *const kVersion5Delete = R"SQL(    IF v_item ? 'delete' THEN
      v_state := zhili.import_delete(p_cache, v_item);
      SELECT * INTO v_row FROM zhili.parcels WHERE uuid = v_uuid;
      IF v_state IN ('changed', 'refused') THEN
        v_conflicts := v_conflicts || (zhili.record_conflict(p_cache, p_edit, v_uuid,
          coalesce(v_row.code, v_item->>'code'), coalesce(v_row.district, v_item->>'district'), 'parcel', NULL,
          v_state, v_item->'revision', '{"deleted": true}', zhili.shape_of(v_row))
          || jsonb_build_object('theirs_by', v_row.updated_by, 'theirs_at', v_row.updated_at));
      ELSE
        v_state := 'applied';
      END IF;
    ELSE
)SQL";
const char *const kVersion5Tail = R"SQL(    END IF;
)SQL";
const char *const kVersion5Outlines =
    R"SQL(  FOR v_item IN SELECT value FROM jsonb_array_elements(coalesce(p_body->'districts', '[]')) LOOP
    v_revision := NULL;
    UPDATE zhili.districts SET geom = ST_Multi(ST_GeomFromWKB(decode(v_item->>'wkb', 'hex'), 4549))
      WHERE name = v_item->>'name' AND boundary_source = 'derived' RETURNING revision INTO v_revision;
    IF v_revision IS NULL AND NOT EXISTS (SELECT 1 FROM zhili.districts WHERE name = v_item->>'name')
       AND (pg_has_role('zhili_admin', 'MEMBER') OR zhili.my_district() = v_item->>'name') THEN
      INSERT INTO zhili.districts (uuid, name, boundary_source, geom)
        VALUES ((v_item->>'uuid')::uuid, v_item->>'name', 'derived',
                ST_Multi(ST_GeomFromWKB(decode(v_item->>'wkb', 'hex'), 4549)))
        RETURNING revision INTO v_revision;
    END IF;
    v_outlines := v_outlines || jsonb_build_array(jsonb_build_object('name', v_item->>'name',
      'revision', v_revision));
  END LOOP;
  RETURN zhili.push_answered(p_cache, p_edit, v_parcels, v_conflicts, jsonb_build_object('districts', v_outlines));
END $$;
UPDATE zhili.meta SET value = '5' WHERE key = 'schema_version';
)SQL";

// Version 6: publish COPYs an empty city's parcels straight into zhili.parcels. Version 3 let them land in a
// temporary table first (COPY cannot write a table under row-level security) and moved them by INSERT …
// SELECT: every row was parsed, written and read back once more than needed (a third of publish). Now the
// tables' owner, through two SECURITY DEFINER functions only administrators may call, opens the table for one
// COPY: bulk_publish_begin takes the publish's change sequence and an ACCESS EXCLUSIVE lock, turns row-level
// security off (FORCE stays set), sets the per-row stamp trigger, the ecosystem foreign key and the GiST and
// change_seq indexes aside and makes the change sequence the column's default; bulk_publish_end builds them
// again and turns row-level security back on. Nobody else ever sees the table in between (the lock is held
// to the end of the transaction), and a transaction that would commit without bulk_publish_end fails: the
// open publish is a row in zhili.meta that only the owner can write, and a deferred constraint trigger checks
// at commit that it is gone. The administrator's COPY writes what an INSERT under their admin_all policy
// could write; who and when (updated_by, updated_at) and import_gen come from the columns' defaults.
const char *const kVersion6Head = R"SQL(
DROP FUNCTION zhili.bulk_load_parcels(bigint);
CREATE FUNCTION zhili.bulk_publish_begin() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_seq bigint;
)SQL";
const char *const kVersion6Begin = R"SQL(  v_seq := zhili.next_change_seq();
)SQL";
const char *const kVersion6Middle = R"SQL(  INSERT INTO zhili.meta VALUES ('bulk_publish', v_seq::text);
  ALTER TABLE zhili.parcels DISABLE ROW LEVEL SECURITY;
  ALTER TABLE zhili.parcels DISABLE TRIGGER parcels_stamp_insert;
  ALTER TABLE zhili.parcels DROP CONSTRAINT parcels_ecosystem_fkey;
  DROP INDEX zhili.parcels_geom, zhili.parcels_change_seq;
  EXECUTE format('ALTER TABLE zhili.parcels ALTER COLUMN change_seq SET DEFAULT %s', v_seq);
  RETURN v_seq;
END $$;
CREATE FUNCTION zhili.bulk_publish_end() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
)SQL";
const char *const kVersion6Tail = R"SQL(  DELETE FROM zhili.meta WHERE key = 'bulk_publish';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no bulk publish is open in this transaction (zhili.bulk_publish_begin)';
  END IF;
  CREATE INDEX parcels_geom ON zhili.parcels USING gist (geom);
  CREATE INDEX parcels_change_seq ON zhili.parcels (change_seq);
  ALTER TABLE zhili.parcels ALTER COLUMN change_seq SET DEFAULT 0,
    ADD CONSTRAINT parcels_ecosystem_fkey FOREIGN KEY (ecosystem) REFERENCES zhili.ecosystems(key),
    ENABLE TRIGGER parcels_stamp_insert, ENABLE ROW LEVEL SECURITY;
END $$;
REVOKE ALL ON FUNCTION zhili.bulk_publish_begin(), zhili.bulk_publish_end() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION zhili.bulk_publish_begin(), zhili.bulk_publish_end() TO zhili_admin;
CREATE FUNCTION zhili.bulk_publish_finished() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM zhili.meta WHERE key = 'bulk_publish') THEN
    RAISE EXCEPTION 'a bulk publish was opened but not finished (zhili.bulk_publish_end): nothing is committed';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER bulk_publish_finished AFTER INSERT ON zhili.meta DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.key = 'bulk_publish') EXECUTE FUNCTION zhili.bulk_publish_finished();
UPDATE zhili.meta SET value = '6' WHERE key = 'schema_version';
)SQL";

// Version 7 (from a review): an officer may replace their district's outline only while it is derived, as
// push_import already keeps to — with hand-written SQL an officer could replace the official boundary an
// administrator imported. And a re-import's removal is a conflict when the parcel's revision moved since my
// base without a change this cache pushed: a re-import elsewhere that changed only the source attributes (or
// the geometry note) moves the revision but writes no change-log row, and the removal used to delete it
// silently.
const char *const kVersion7Head = R"SQL(
ALTER POLICY officer_own_outline ON zhili.districts
  USING (name = zhili.my_district() AND boundary_source = 'derived')
  WITH CHECK (name = zhili.my_district() AND boundary_source = 'derived');
CREATE OR REPLACE FUNCTION )SQL";
const char *const kImportDeleteChanged7 =
    R"SQL(  IF v_revision <> v_base AND (EXISTS (SELECT 1 FROM zhili.changes WHERE parcel_uuid = v_uuid
      AND kind = 'edit' AND revision > v_base AND cache_id IS DISTINCT FROM p_cache)
      OR NOT EXISTS (SELECT 1 FROM zhili.changes WHERE parcel_uuid = v_uuid AND kind = 'edit'
      AND revision > v_base AND cache_id = p_cache)) THEN
)SQL";
const char *const kVersion7Tail = R"SQL(UPDATE zhili.meta SET value = '7' WHERE key = 'schema_version';
)SQL";

// The text of the migration to `version`.
QString migrationStep(int version)
{
    QList<const char *> parts;
    switch (version) {
    case 1:
        parts = {kVersion1};
        break;
    case 2:
        parts = {kVersion2Head,    kAssignmentDeclare, kReplayInline,
                 kAssignmentMerge, kStoreInline,       kVersion2Tail};
        break;
    case 3:
        parts = {kVersion3Head, kBulkAdminOnly, kBulkEmptyCity, kBulkLock, kBulkEmptyCity, kVersion3Tail};
        break;
    case 4:
        parts = {kVersion4Head,        kReplayInline,   kImportLoopHead, kImportShape,
                 kImportShapeConflict, kImportLoopTail, kStoreInline,    kVersion4Tail};
        break;
    case 5:
        parts = {kVersion5Head,        kImportDeleteHead,  kImportDeleteChanged5, kImportDeleteTail,
                 kVersion5AfterDelete, kAssignmentDeclare, kAssignmentMerge,      kVersion5Middle,
                 kImportLoopHead,      kVersion5Delete,    kImportShape,          kImportShapeConflict,
                 kVersion5Tail,        kImportLoopTail,    kVersion5Outlines};
        break;
    case 6:
        parts = {kVersion6Head,  kBulkAdminOnly,  kBulkEmptyCity, kVersion6Begin, kBulkLock,
                 kBulkEmptyCity, kVersion6Middle, kBulkAdminOnly, kVersion6Tail};
        break;
    default:
        parts = {kVersion7Head, kImportDeleteHead, kImportDeleteChanged7, kImportDeleteTail, kVersion7Tail};
    }
    QString sql;
    for (const char *p : parts)
        sql += QString::fromUtf8(p);
    return sql;
}

void requirePostgis(PgConnection &conn)
{
    if (conn.scalar(QStringLiteral("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).isValid())
        return;
    try {
        conn.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS postgis"));
    } catch (const Error &e) {
        throw Error(QCoreApplication::translate(
                        "ServerSchema",
                        "PostGIS is not available in this database (%1). Install it (Debian: apt-get install "
                        "postgresql-15-postgis-3) and run CREATE EXTENSION postgis as a superuser, then "
                        "run server init again")
                        .arg(e.message()));
    }
}

} // namespace

int ServerSchema::version(PgConnection &conn)
{
    if (!conn.scalar(QStringLiteral("SELECT to_regclass('zhili.meta')")).isValid())
        return 0;
    return conn.scalar(QStringLiteral("SELECT value FROM zhili.meta WHERE key = 'schema_version'")).toInt();
}

int ServerSchema::migrate(PgConnection &conn, int upTo)
{
    const int found = version(conn);
    if (found > kCurrentVersion)
        throw Error(QCoreApplication::translate(
                        "ServerSchema",
                        "the city server holds Zhili schema version %1, this program knows %2: update Zhili")
                        .arg(found)
                        .arg(kCurrentVersion));
    if (found < upTo)
        requirePostgis(conn);
    for (int v = found + 1; v <= upTo; ++v) {
        PgTransaction tx(conn);
        // Two inits at once: the second waits, then sees the version the first wrote.
        conn.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7102027)"));
        if (version(conn) >= v)
            continue;
        conn.exec(migrationStep(v));
        tx.commit();
    }
    return found;
}

void ServerSchema::requireCurrent(PgConnection &conn)
{
    const int v = version(conn);
    if (v == 0)
        throw Error(QCoreApplication::translate(
            "ServerSchema",
            "the city server has no Zhili schema yet: an administrator runs zhili-cli server init "
            "--url URL first"));
    if (v != kCurrentVersion)
        throw Error(
            QCoreApplication::translate(
                "ServerSchema", "the city server holds Zhili schema version %1, this program needs %2: %3")
                .arg(v)
                .arg(kCurrentVersion)
                .arg(v < kCurrentVersion
                         ? QCoreApplication::translate("ServerSchema",
                                                       "run zhili-cli server init --url URL to upgrade it")
                         : QCoreApplication::translate("ServerSchema", "update Zhili")));
}

} // namespace zhili
