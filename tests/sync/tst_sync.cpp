// District caches and the city server (issue #11), against a real PostgreSQL 15 + PostGIS 3 started for the
// test: the server's own rules (row-level security, the change log stamped by the server), the three-way
// merge of pushes, conflicts kept with both values, and a server killed in the middle of a push.
#include "cache/geopackagecache.h"
#include "cache/rendercachestore.h"
#include "cache/syncconflictstore.h"
#include "cache/syncoutbox.h"
#include "cache/syncparcelstore.h"
#include "cache/syncstate.h"
#include "edit/parceleditor.h"
#include "edit/userdirectory.h"
#include "indicators/indicatorstore.h"
#include "io/importoptions.h"
#include "io/importreport.h"
#include "io/parcelimporter.h"
#include "pgcluster.h"
#include "sync/cachecloner.h"
#include "sync/cachepublisher.h"
#include "sync/conflictresolver.h"
#include "sync/pgconnection.h"
#include "sync/serveridentity.h"
#include "sync/serveridentitycheck.h"
#include "sync/serverschema.h"
#include "sync/serverusers.h"
#include "sync/syncpayload.h"
#include "sync/syncsession.h"
#include "sync/syncsnapshot.h"
#include "testcache.h"
#include "testerrors.h"
#include "testusers.h"
#include "totalscheck.h"
#include "util/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <thread>

using namespace zhili;
using namespace zhili::test;

namespace {

const QString kPassword = QStringLiteral("district-pass-1");

// A square of a district file to re-import: its code and its lower-left corner and side in EPSG:4549.
struct Square {
    QString code;
    double x = 0, y = 0, side = 0;
};

} // namespace

class TestSync : public QObject {
    Q_OBJECT

    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
    int m_caches = 0;

    QString url(const QString &user) const { return m_pg->url(user, kPassword); }

    // A new cache cloned from the server for `user`.
    std::unique_ptr<GeoPackageCache> cloneFor(const QString &user)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1-%2.gpkg").arg(++m_caches).arg(user));
        PgConnection conn(url(user));
        CacheCloner(conn, url(user)).run(path);
        return GeoPackageCache::open(path);
    }

    static SyncReport sync(GeoPackageCache &cache, const QString &user, const QString &password = kPassword,
                           PgCluster *pg = nullptr)
    {
        PgConnection conn(SyncState(cache).serverUrl(), password, user);
        Q_UNUSED(pg);
        return SyncSession(cache, conn).run();
    }

    static Parcel parcelIn(GeoPackageCache &cache, const QString &district, int offset)
    {
        const QList<Parcel> list = cache.parcelsByCode(
            cache.db()
                .scalar(QStringLiteral("SELECT code FROM parcels WHERE district = '%1' ORDER BY code LIMIT 1 "
                                       "OFFSET %2")
                            .arg(district)
                            .arg(offset))
                .toString());
        for (const Parcel &p : list)
            if (p.district == district)
                return p;
        throw Error(QStringLiteral("no parcel %1 in %2").arg(offset).arg(district));
    }

    static Parcel edit(GeoPackageCache &cache, const QString &user, const Parcel &p,
                       const AssignmentPatch &patch)
    {
        ParcelEditor(cache).apply(UserDirectory(cache).resolve(user), {p.fid}, patch);
        return *cache.parcelByUuid(p.uuid);
    }

    QString server(const QString &sql) const { return m_pg->psql(sql); }
    // The uuid of the server's parcel number `offset` (by code) of `district`, and a parcel's revision.
    QString serverParcel(const QString &district, int offset) const
    {
        return server(QStringLiteral("SELECT uuid FROM zhili.parcels WHERE district = '%1' ORDER BY code "
                                     "OFFSET %2 LIMIT 1")
                          .arg(district)
                          .arg(offset));
    }
    QString serverRevision(const QString &uuid) const
    {
        return server(QStringLiteral("SELECT revision FROM zhili.parcels WHERE uuid = '%1'").arg(uuid));
    }

    // A URL of `user` in database `db` of the test cluster.
    QString urlIn(const QString &user, const QString &db) const
    {
        QString u = user == PgCluster::kSuperUser ? m_pg->superUrl() : url(user);
        const int at = int(u.lastIndexOf(QStringLiteral("/zhili")));
        return u.replace(at, 6, QLatin1Char('/') + db);
    }

    // A new database `db` with the current server schema; its superuser URL.
    QString freshDatabase(const QString &db)
    {
        m_pg->psql(QStringLiteral("CREATE DATABASE %1").arg(db));
        const QString superUrl = urlIn(PgCluster::kSuperUser, db);
        PgConnection super(superUrl);
        ServerSchema::migrate(super);
        return superUrl;
    }

    // A writable copy of the demo cache.
    QString demoCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(QStringLiteral(ZHILI_DEMO_CACHE), path))
            throw Error(QStringLiteral("cannot copy the demo cache to %1").arg(path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // zhili.parcels' rules: row-level security enabled and forced, its indexes, foreign keys, triggers with
    // their enabled state, change_seq's default and open bulk publishes.
    static QString parcelRules(PgConnection &super)
    {
        return super
            .scalar(QStringLiteral(
                "SELECT concat_ws(',', (SELECT relrowsecurity FROM pg_class WHERE oid = "
                "'zhili.parcels'::regclass), "
                "(SELECT relforcerowsecurity FROM pg_class WHERE oid = 'zhili.parcels'::regclass), (SELECT "
                "string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'zhili' "
                "AND "
                "tablename = 'parcels'), (SELECT string_agg(conname, ' ' ORDER BY conname) FROM "
                "pg_constraint "
                "WHERE conrelid = 'zhili.parcels'::regclass AND contype = 'f'), (SELECT string_agg(tgname || "
                "':' "
                "|| tgenabled::text, ' ' ORDER BY tgname) FROM pg_trigger WHERE tgrelid = "
                "'zhili.parcels'::regclass "
                "AND NOT tgisinternal), (SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef d JOIN "
                "pg_attribute "
                "a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE adrelid = "
                "'zhili.parcels'::regclass "
                "AND attname = 'change_seq'), (SELECT count(*) FROM zhili.meta WHERE key = 'bulk_publish'))"))
            .toString();
    }

    // The columns a publish writes from the cache, comparable between a cache row and a server row.
    static QVariantList rowFields(const SyncParcelRow &r)
    {
        const ParcelAssignment &a = r.assignment;
        return {r.uuid,       r.code,      r.name,        r.district, r.landUse,   r.areaM2,     r.areaMu,
                r.areaHa,     a.ecosystem, a.chain,       a.landMu,   a.energyTce, a.financeWan, a.status,
                a.enterprise, a.notes,     r.sourceAttrs, r.geomNote, r.revision,  r.wkb};
    }

    // Re-imports `squares` as a district file of `district` into `cache` as `user`, through the importer.
    ImportReport reimport(GeoPackageCache &cache, const QString &user, const QList<Square> &squares,
                          bool removeMissing = false, const QString &district = QStringLiteral("西湖区"))
    {
        QList<QPair<QString, QString>> features;
        for (const Square &q : squares)
            features.append({QStringLiteral("\"DKBH\":\"%1\"").arg(q.code), squareGeoJson(q.x, q.y, q.side)});
        const QString file = m_dir.filePath(QStringLiteral("reimport-%1.geojson").arg(++m_caches));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(featureCollection(features)) < 0)
            throw Error(QStringLiteral("cannot write %1").arg(file));
        f.close();
        ImportOptions o;
        o.source = file;
        o.crs = QStringLiteral("EPSG:4549");
        o.district = district;
        o.idField = QStringLiteral("DKBH");
        o.user = user;
        o.removeMissing = removeMissing;
        return ParcelImporter::run(cache, o);
    }

    // The lower-left corner of a parcel's bounding box in the cache (where a re-imported square goes).
    static QPointF cornerOf(GeoPackageCache &cache, const Parcel &p)
    {
        auto st =
            cache.db().prepare(QStringLiteral("SELECT minx, miny FROM rtree_parcels_geom WHERE id = ?"));
        st.bind(1, p.fid);
        if (!st.step())
            throw Error(QStringLiteral("no R-tree entry for %1").arg(p.code));
        return {st.real(0), st.real(1)};
    }

    // Width of a parcel's box in the cache's R-tree (what the map's spatial queries see; float32, rounded
    // outwards: a few centimetres wider at these coordinates).
    static double rtreeWidth(GeoPackageCache &cache, const QString &uuid)
    {
        const std::optional<Parcel> p = cache.parcelByUuid(uuid);
        if (!p)
            return -1;
        auto st =
            cache.db().prepare(QStringLiteral("SELECT maxx - minx FROM rtree_parcels_geom WHERE id = ?"));
        st.bind(1, p->fid);
        return st.step() ? st.real(0) : -1;
    }

    static qint64 renderRevision(GeoPackageCache &cache)
    {
        return RenderCacheStore(cache.db()).parcelsRevision();
    }

    // A district's outline in a cache, as WKB hex.
    static QString outlineOf(GeoPackageCache &cache, const QString &district)
    {
        QString hex;
        SyncParcelStore(cache).forEachDistrict([&](const SyncDistrictRow &d) {
            if (d.name == district)
                hex = QString::fromLatin1(d.wkb.toHex());
        });
        return hex;
    }

    static qint64 rtreeCount(GeoPackageCache &cache)
    {
        return cache.db().scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")).toLongLong();
    }

    // push_edit called by hand (plain libpq, as any client could), its answer as JSON.
    static QJsonObject pushByHand(PgConnection &conn, const QString &edit, const QString &body)
    {
        return QJsonDocument::fromJson(
                   conn.scalar(QStringLiteral("SELECT zhili.push_edit('hand', $1, $2::jsonb)::text"),
                               {edit, body})
                       .toString()
                       .toUtf8())
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        ZHILI_REQUIRE_POSTGRES();
        m_pg = std::make_unique<PgCluster>();
        m_pg->start();
        PgConnection super(m_pg->superUrl());
        ServerSchema::migrate(super);
        ServerUsers users(super);
        users.add(testUser(QStringLiteral("boss"), Role::Admin), kPassword);
        users.add(testUser(QStringLiteral("plan"), Role::Planner), kPassword);
        const QString demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(ZHILI_DEMO_CACHE), demo));
        QFile(demo).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto cache = GeoPackageCache::open(demo, true);
        PgConnection admin(url(QStringLiteral("boss")));
        const PublishReport published = CachePublisher(*cache, admin).run();
        QCOMPARE(published.parcels, cache->parcelCount());
        users.add(testUser(QStringLiteral("xh"), Role::Officer, QStringLiteral("西湖区")), kPassword);
        users.add(testUser(QStringLiteral("bj"), Role::Officer, QStringLiteral("滨江区")), kPassword);
    }

    void cleanupTestCase() { m_pg.reset(); }

    // Init twice changes nothing; a version-1 server is upgraded to the current one.
    void initIsIdempotentAndMigrates()
    {
        m_pg->psql(QStringLiteral("CREATE DATABASE older"));
        QString olderUrl = m_pg->superUrl();
        QVERIFY(olderUrl.endsWith(QStringLiteral("/zhili")));
        olderUrl = olderUrl.chopped(5) + QStringLiteral("older");
        PgConnection older(olderUrl);
        QCOMPARE(ServerSchema::migrate(older, 1), 0);
        QCOMPARE(ServerSchema::version(older), 1);
        QVERIFY(!older.scalar(QStringLiteral("SELECT to_regclass('zhili.pushes')")).isValid());
        QCOMPARE(ServerSchema::migrate(older), 1);
        QCOMPARE(ServerSchema::version(older), ServerSchema::kCurrentVersion);
        QVERIFY(older.scalar(QStringLiteral("SELECT to_regclass('zhili.pushes')")).isValid());

        const QString catalog = QStringLiteral("SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (SELECT "
                                               "tablename || policyname AS x FROM pg_policies "
                                               "WHERE schemaname = 'zhili' UNION ALL SELECT proname || "
                                               "md5(prosrc) FROM pg_proc p JOIN pg_namespace n "
                                               "ON n.oid = p.pronamespace WHERE nspname = 'zhili' UNION ALL "
                                               "SELECT key || value FROM zhili.meta) s");
        const QString before = older.scalar(catalog).toString();
        QCOMPARE(ServerSchema::migrate(older), ServerSchema::kCurrentVersion);
        QCOMPARE(older.scalar(catalog).toString(), before);
        // Row-level security is forced on every table of the schema.
        QCOMPARE(
            older
                .scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                       "c.relnamespace WHERE nspname = 'zhili' AND relkind = 'r' AND NOT "
                                       "(relrowsecurity AND relforcerowsecurity)"))
                .toInt(),
            1); // zhili.meta only: the schema version, readable by all, writable by the owner alone
    }

    // Version 3 → 4 (re-imports): push_edit keeps answering assignment edits and takes imports too.
    void migratesFromVersion3()
    {
        m_pg->psql(QStringLiteral("CREATE DATABASE older3"));
        const QString olderUrl = m_pg->superUrl().chopped(5) + QStringLiteral("older3");
        PgConnection older(olderUrl);
        QCOMPARE(ServerSchema::migrate(older, 3), 0);
        const QString importFn =
            QStringLiteral("SELECT to_regprocedure('zhili.push_import(text,text,jsonb)')");
        QVERIFY(!older.scalar(importFn).isValid());
        QCOMPARE(ServerSchema::migrate(older), 3);
        QCOMPARE(ServerSchema::version(older), ServerSchema::kCurrentVersion);
        QVERIFY(older.scalar(importFn).isValid());
        QCOMPARE(older
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname = 'zhili' AND "
                                            "policyname = 'officer_insert_own_district'"))
                     .toInt(),
                 1);
        const auto answer = [&](const QString &edit, const QString &body) {
            return QJsonDocument::fromJson(
                       older
                           .scalar(QStringLiteral("SELECT zhili.push_edit('c', $1, $2::jsonb)::text"),
                                   {edit, body})
                           .toString()
                           .toUtf8())
                .object();
        };
        QCOMPARE(answer(QStringLiteral("e1"), QStringLiteral("{\"action\":\"assign\",\"parcels\":[]}"))
                     .value(QStringLiteral("edit_id"))
                     .toString(),
                 QStringLiteral("e1"));
        QCOMPARE(answer(QStringLiteral("e2"), QStringLiteral("{\"action\":\"import\",\"parcels\":[]}"))
                     .value(QStringLiteral("edit_id"))
                     .toString(),
                 QStringLiteral("e2"));
        QVERIFY(answer(QStringLiteral("e2"), QStringLiteral("{\"action\":\"import\",\"parcels\":[]}"))
                    .value(QStringLiteral("replayed"))
                    .toBool());
    }

    // Version 5 → 6 (bulk publish by COPY): the old bulk function goes, the two new ones and the commit check
    // come, and a publish into the upgraded, empty city takes the bulk path.
    void migratesFromVersion5ToBulkCopy()
    {
        m_pg->psql(QStringLiteral("CREATE DATABASE older5"));
        PgConnection older(urlIn(PgCluster::kSuperUser, QStringLiteral("older5")));
        QCOMPARE(ServerSchema::migrate(older, 5), 0);
        const QString functions = QStringLiteral(
            "SELECT string_agg(proname, ' ' ORDER BY proname) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
            "p.pronamespace WHERE nspname = 'zhili' AND proname LIKE 'bulk%'");
        QCOMPARE(older.scalar(functions).toString(), QStringLiteral("bulk_load_parcels"));
        QCOMPARE(ServerSchema::migrate(older), 5);
        QCOMPARE(ServerSchema::version(older), ServerSchema::kCurrentVersion);
        QCOMPARE(older.scalar(functions).toString(),
                 QStringLiteral("bulk_publish_begin bulk_publish_end bulk_publish_finished"));
        auto cache = GeoPackageCache::open(demoCopy(QStringLiteral("older5.gpkg")));
        PgConnection admin(urlIn(QStringLiteral("boss"), QStringLiteral("older5")));
        const QString gist = QStringLiteral("SELECT 'zhili.parcels_geom'::regclass::oid");
        const qint64 gistBefore = older.scalar(gist).toLongLong();
        QCOMPARE(CachePublisher(*cache, admin).run().parcels, cache->parcelCount());
        QVERIFY(older.scalar(gist).toLongLong() != gistBefore); // built again by bulk_publish_end
        QCOMPARE(older.scalar(QStringLiteral("SELECT count(DISTINCT change_seq) FROM zhili.parcels")).toInt(),
                 1);
    }

    // Into an empty city the parcels go in bulk (the owner opens zhili.parcels for one COPY and puts
    // row-level security, the foreign key, the indexes and the stamp trigger back before commit); a later
    // publish adds only the missing districts, row by row under the policies. Either way the server ends with
    // the same rules and one change sequence per publish.
    void publishInBulkThenByRows()
    {
        PgConnection super(freshDatabase(QStringLiteral("twostep")));
        const QString all = demoCopy(QStringLiteral("twostep-all.gpkg"));
        const QString most = demoCopy(QStringLiteral("twostep-most.gpkg"));
        auto full = GeoPackageCache::open(all, true);
        auto partial = GeoPackageCache::open(most);
        partial->db().exec(QStringLiteral("DELETE FROM parcels WHERE district = '滨江区'"));
        const qint64 binjiang = full->parcelCount() - partial->parcelCount();
        QVERIFY(binjiang > 0);

        PgConnection admin(urlIn(QStringLiteral("boss"), QStringLiteral("twostep")));
        const QString before = parcelRules(super);
        QVERIFY2(before.startsWith(QStringLiteral("t,t,")) &&
                     before.contains(QStringLiteral("parcels_geom")) &&
                     before.contains(QStringLiteral("parcels_ecosystem_fkey")) &&
                     before.contains(QStringLiteral("parcels_stamp_insert:O")),
                 qPrintable(before));
        QCOMPARE(CachePublisher(*partial, admin).run().parcels, partial->parcelCount());
        QCOMPARE(parcelRules(super), before);
        const PublishReport second = CachePublisher(*full, admin).run();
        QCOMPARE(second.districts, QStringList{QStringLiteral("滨江区")});
        QCOMPARE(second.parcels, binjiang);
        QCOMPARE(parcelRules(super), before);
        QCOMPARE(super.scalar(QStringLiteral("SELECT count(*) FROM zhili.parcels")).toLongLong(),
                 full->parcelCount());
        QCOMPARE(super.scalar(QStringLiteral("SELECT count(DISTINCT change_seq) FROM zhili.parcels")).toInt(),
                 2);
        QCOMPARE(super
                     .scalar(QStringLiteral("SELECT count(DISTINCT change_seq) FROM zhili.parcels WHERE "
                                            "district = '滨江区'"))
                     .toInt(),
                 1);
        // The bulk path is the owner's power lent to administrators only.
        PgConnection planner(urlIn(QStringLiteral("plan"), QStringLiteral("twostep")));
        for (const char *fn : {"begin", "end"}) {
            const QString refused = errorOf([&] {
                planner.exec(QStringLiteral("SELECT zhili.bulk_publish_%1()").arg(QLatin1String(fn)));
            });
            QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        }
        // On a city that has parcels it declines, and the caller takes the ordinary insert; there is nothing
        // to end then.
        QCOMPARE(admin.scalar(QStringLiteral("SELECT zhili.bulk_publish_begin()")).toLongLong(), -1);
        const QString notOpen =
            errorOf([&] { admin.exec(QStringLiteral("SELECT zhili.bulk_publish_end()")); });
        QVERIFY2(notOpen.contains(QStringLiteral("no bulk publish is open")), qPrintable(notOpen));
        QCOMPARE(parcelRules(super), before);
    }

    // A transaction that opened zhili.parcels for a bulk publish cannot commit without closing it again, even
    // from hand-written SQL: the table never stays without row-level security, indexes or foreign key.
    void bulkPublishCannotBeLeftOpen()
    {
        PgConnection super(freshDatabase(QStringLiteral("leftopen")));
        const QString before = parcelRules(super);
        PgConnection admin(urlIn(QStringLiteral("boss"), QStringLiteral("leftopen")));
        for (const char *sql : {"COMMIT", "SET CONSTRAINTS ALL IMMEDIATE"}) {
            admin.exec(QStringLiteral("BEGIN"));
            QVERIFY(admin.scalar(QStringLiteral("SELECT zhili.bulk_publish_begin()")).toLongLong() > 0);
            admin.exec(QStringLiteral("INSERT INTO zhili.parcels (uuid, code, district, area_m2, area_mu, "
                                      "area_ha) VALUES (gen_random_uuid(), 'X-1', '西湖区', 1, 1, 1)"));
            const QString refused = errorOf([&] { admin.exec(QLatin1String(sql)); });
            QVERIFY2(refused.contains(QStringLiteral("not finished")), qPrintable(refused));
            admin.exec(QStringLiteral("ROLLBACK"));
            QCOMPARE(parcelRules(super), before);
            QCOMPARE(super.scalar(QStringLiteral("SELECT count(*) FROM zhili.parcels")).toInt(), 0);
        }
    }

    // What a publish writes is the cache's parcels as they are, the same through the bulk COPY (empty city)
    // and through the temporary table (a city that has parcels): text with tabs, backslashes and line
    // breaks, empty text as NULL, the geometry byte for byte; who is the publishing administrator, one change
    // sequence (the last one taken) and no change-log rows.
    void publishWritesTheCacheAsItIs()
    {
        const QString file = demoCopy(QStringLiteral("asitis.gpkg"));
        auto cache = GeoPackageCache::open(file);
        cache->db().exec(QStringLiteral(
            "UPDATE parcels SET name = 'a' || char(9) || 'b\\c' || char(10) || 'd' || char(13) || '中', "
            "notes = '', land_use = '', geom_note = '\\N', enterprise = '\\.' WHERE fid = (SELECT min(fid) "
            "FROM parcels)"));
        QHash<QString, QVariantList> local;
        SyncParcelStore(*cache).forEachParcel(
            [&](const SyncParcelRow &p) { local.insert(p.uuid, rowFields(p)); });

        QStringList digests;
        for (const QString &db : {QStringLiteral("asitis_bulk"), QStringLiteral("asitis_rows")}) {
            PgConnection super(freshDatabase(db));
            if (db.endsWith(QStringLiteral("rows"))) // a parcel already there: the ordinary insert
                super.exec(
                    QStringLiteral("INSERT INTO zhili.parcels (uuid, code, district, area_m2, area_mu, "
                                   "area_ha) VALUES (gen_random_uuid(), 'O-1', '其他区', 1, 1, 1)"));
            PgConnection admin(urlIn(QStringLiteral("boss"), db));
            QCOMPARE(CachePublisher(*cache, admin).run().parcels, qint64(local.size()));
            const QString mine = QStringLiteral(" FROM zhili.parcels WHERE district <> '其他区'");
            QCOMPARE(
                super
                    .scalar(QStringLiteral("SELECT count(*)") + mine +
                            QStringLiteral(" AND updated_by = 'boss' AND import_gen = 1 AND change_seq = "
                                           "(SELECT last_value FROM zhili.change_seq) AND updated_at > "
                                           "now() - interval '1 hour'"))
                    .toInt(),
                local.size());
            QCOMPARE(super.scalar(QStringLiteral("SELECT count(*) FROM zhili.changes")).toInt(), 0);
            QCOMPARE(super
                         .scalar(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE name = E'a\\tb\\\\c"
                                                "\\nd\\r中' AND notes IS NULL AND land_use IS NULL AND "
                                                "geom_note = E'\\\\N' AND enterprise = E'\\\\.'"))
                         .toInt(),
                     1);
            digests.append(
                super
                    .scalar(QStringLiteral("SELECT md5(string_agg(row(uuid, code, name, district, "
                                           "land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
                                           "land_mu, energy_tce, finance_wan, status, enterprise, "
                                           "notes, source_attrs, geom_note, revision, "
                                           "ST_AsEWKB(geom))::text, '|' ORDER BY uuid))") +
                            mine)
                    .toString());
            int compared = 0;
            PgTransaction tx(super, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            SyncSnapshot(super).forEachParcel(
                QStringLiteral("district <> '其他区'"), {}, [&](const SyncParcelRow &p) {
                    if (rowFields(p) != local.value(p.uuid))
                        QFAIL(qPrintable(QStringLiteral("parcel %1 differs from the cache's").arg(p.code)));
                    ++compared;
                });
            QCOMPARE(compared, local.size());
        }
        QCOMPARE(digests.at(0), digests.at(1));
    }

    // A clone holds every parcel as the server sends it (read back column for column and compared with the
    // server's rows read the way pull reads them), with its synced revision, the totals of its rows, an
    // R-tree entry each and the GeoPackage's validity, at rest in WAL mode; the caller's hook writes into it
    // before it gets its name, and a hook that fails leaves no file.
    void cloneHoldsTheCity()
    {
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        PgConnection conn(url(QStringLiteral("boss")));
        qint64 seenByHook = -1;
        const CloneReport report =
            CacheCloner(conn, url(QStringLiteral("boss"))).run(path, TaskProgress(), [&](GeoPackageCache &c) {
                seenByHook = c.parcelCount();
                SyncState(c).setTableBase(QStringLiteral("hook"), QStringLiteral("[]"));
            });
        for (const char *suffix : {".part", "-journal", "-wal"})
            QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
        auto clone = GeoPackageCache::open(path);
        QCOMPARE(clone->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(seenByHook, report.parcels);
        QCOMPARE(SyncState(*clone).tableBase(QStringLiteral("hook")), QStringLiteral("[]"));

        QHash<QString, SyncParcelRow> server;
        {
            PgTransaction tx(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
            SyncSnapshot(conn).forEachParcel(QString(), {},
                                             [&](const SyncParcelRow &p) { server.insert(p.uuid, p); });
        }
        QCOMPARE(report.parcels, qint64(server.size()));
        QCOMPARE(clone->parcelCount(), report.parcels);
        SyncState state(*clone);
        int compared = 0;
        SyncParcelStore(*clone).forEachParcel([&](const SyncParcelRow &p) {
            const SyncParcelRow s = server.value(p.uuid);
            const auto fields = [](const SyncParcelRow &r) {
                const ParcelAssignment &a = r.assignment;
                return QVariantList{
                    r.uuid,       r.code,      r.name,        r.district, r.landUse,   r.areaM2,     r.areaMu,
                    r.areaHa,     a.ecosystem, a.chain,       a.landMu,   a.energyTce, a.financeWan, a.status,
                    a.enterprise, a.notes,     r.sourceAttrs, r.geomNote, r.revision,  r.updatedAt,  r.wkb};
            };
            if (fields(p) != fields(s))
                QFAIL(qPrintable(QStringLiteral("parcel %1 differs from the server's").arg(p.code)));
            const std::optional<SyncedParcel> synced = state.parcel(p.uuid);
            QVERIFY(synced && synced->revision == s.revision && synced->importGen == s.importGen);
            ++compared;
        });
        QCOMPARE(compared, server.size());
        QCOMPARE(parcelTotalsMismatch(clone->db()), QString());
        QCOMPARE(clone->db().scalar(QStringLiteral("SELECT count(*) FROM rtree_parcels_geom")).toLongLong(),
                 report.parcels);
        QCOMPARE(clone->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        clone.reset();
        QProcess validator;
        validator.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), path});
        QVERIFY(validator.waitForFinished(120000));
        QVERIFY2(validator.exitCode() == 0,
                 validator.readAllStandardOutput() + validator.readAllStandardError());

        const QString failed = m_dir.filePath(QStringLiteral("failed.gpkg"));
        const QString error = errorOf([&] {
            CacheCloner(conn, url(QStringLiteral("boss"))).run(failed, TaskProgress(), [](GeoPackageCache &) {
                throw Error(QStringLiteral("hook failed"));
            });
        });
        QCOMPARE(error, QStringLiteral("hook failed"));
        for (const char *suffix : {"", ".part", ".part-journal", ".part-wal"})
            QVERIFY2(!QFile::exists(failed + QLatin1String(suffix)), suffix);
    }

    // Hand-written SQL in a plain libpq session meets the same rules as the app.
    void serverEnforcesRights()
    {
        PgConnection officer(url(QStringLiteral("xh")));
        const QString other =
            server(QStringLiteral("SELECT uuid FROM zhili.parcels WHERE district = '滨江区' "
                                  "ORDER BY code LIMIT 1"));
        const QString own = server(QStringLiteral("SELECT uuid FROM zhili.parcels WHERE district = '西湖区' "
                                                  "ORDER BY code DESC LIMIT 1"));
        PgResult r =
            officer.exec(QStringLiteral("UPDATE zhili.parcels SET land_mu = 1 WHERE uuid = $1"), {other});
        QCOMPARE(r.affected(), 0);
        r = officer.exec(QStringLiteral("UPDATE zhili.parcels SET land_mu = 1 WHERE district <> '西湖区'"));
        QCOMPARE(r.affected(), 0);
        r = officer.exec(QStringLiteral("UPDATE zhili.parcels SET land_mu = 2 WHERE uuid = $1"), {own});
        QCOMPARE(r.affected(), 1);
        // Moving a parcel into one's district is not a right of officers (its shape is: a re-import).
        QVERIFY(errorOf([&] {
                    officer.exec(
                        QStringLiteral("UPDATE zhili.parcels SET district = '西湖区' WHERE uuid = $1"),
                        {other});
                }).contains(QStringLiteral("permission denied")));
        // Everyone reads the whole city.
        QCOMPARE(officer.scalar(QStringLiteral("SELECT count(*) FROM zhili.parcels")).toString(),
                 server(QStringLiteral("SELECT count(*) FROM zhili.parcels")));
        PgConnection planner(url(QStringLiteral("plan")));
        const QString refused = errorOf([&] {
            planner.exec(QStringLiteral("UPDATE zhili.parcels SET land_mu = 3 WHERE uuid = $1"), {own});
        });
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));
        planner.exec(
            QStringLiteral("INSERT INTO zhili.targets (year, ecosystem, district, land_mu) VALUES (2031, "
                           "'iot', '', 5)"));
        // The log's who and when come from the server, whatever the client writes.
        QCOMPARE(
            server(QStringLiteral("SELECT by_user FROM zhili.changes WHERE parcel_uuid = '%1' AND field = "
                                  "'land_mu' ORDER BY id DESC LIMIT 1")
                       .arg(own)),
            QStringLiteral("xh"));
        officer.exec(QStringLiteral("INSERT INTO zhili.changes (seq, kind, by_user, at, message) VALUES (1, "
                                    "'refused', 'boss', '2000-01-01', 'forged')"));
        QCOMPARE(server(QStringLiteral(
                     "SELECT by_user || (at > now() - interval '1 hour')::text FROM zhili.changes "
                     "WHERE message = 'forged'")),
                 QStringLiteral("xhtrue"));
        QVERIFY(errorOf([&] {
                    officer.exec(
                        QStringLiteral("INSERT INTO zhili.changes (seq, kind, parcel_uuid) VALUES (1, "
                                       "'delete', $1)"),
                        {own});
                }).contains(QStringLiteral("row-level security")));
        QVERIFY(errorOf([&] {
                    officer.exec(QStringLiteral("DELETE FROM zhili.changes"));
                }).contains(QStringLiteral("permission denied")));
    }

    // Two officers of one district and one of another, editing offline, then syncing.
    void editsMergeAndConflictsAreKept()
    {
        auto a = cloneFor(QStringLiteral("xh"));
        auto b = cloneFor(QStringLiteral("xh"));
        auto c = cloneFor(QStringLiteral("bj"));
        const Parcel p1 = parcelIn(*a, QStringLiteral("西湖区"), 1);
        const Parcel p2 = parcelIn(*a, QStringLiteral("西湖区"), 2);
        const Parcel p3 = parcelIn(*a, QStringLiteral("西湖区"), 3);
        const Parcel q1 = parcelIn(*c, QStringLiteral("滨江区"), 1);
        AssignmentPatch notesA, notesB, statusB, same, landA, energyB, q1Patch;
        notesA.notes = QStringLiteral("A's note");
        notesB.notes = QStringLiteral("B's note");
        statusB.status = QStringLiteral("idle");
        same.chain = QStringLiteral("同一条链");
        const double land = std::round(p3.areaMu() * 50) / 100; // half the parcel: always valid
        landA.landMu = land;
        energyB.energyTce = 99.5;
        q1Patch.financeWan = 123;
        // p1: different fields and the same field; p2: the same value on both sides; p3: coupled allocations.
        edit(*a, QStringLiteral("xh"), p1, notesA);
        edit(*b, QStringLiteral("xh"), p1, statusB);
        edit(*b, QStringLiteral("xh"), p1, notesB);
        edit(*a, QStringLiteral("xh"), p2, same);
        edit(*b, QStringLiteral("xh"), p2, same);
        edit(*a, QStringLiteral("xh"), p3, landA);
        edit(*b, QStringLiteral("xh"), p3, energyB);
        edit(*c, QStringLiteral("bj"), q1, q1Patch);
        QCOMPARE(SyncOutbox(*b).pendingCount(), 4);

        SyncReport ra = sync(*a, QStringLiteral("xh"));
        QCOMPARE(ra.pushed, 3);
        QCOMPARE(ra.conflicts, 0);
        SyncReport rc = sync(*c, QStringLiteral("bj"));
        QCOMPARE(rc.conflicts, 0);
        SyncReport rb = sync(*b, QStringLiteral("xh"));
        QCOMPARE(rb.pushed, 4);
        QCOMPARE(rb.conflicts, 2); // p1 notes; p3 energy (the group); not p2's identical chain
        ra = sync(*a, QStringLiteral("xh"));
        QCOMPARE(ra.pushed, 0);
        QVERIFY(ra.pulled >= 2); // p1's status and q1
        QCOMPARE(SyncOutbox(*a).pendingCount(), 0);
        sync(*c, QStringLiteral("bj"));

        // Different fields merged; the first notes kept; identical edits agree.
        for (GeoPackageCache *cache : {a.get(), b.get(), c.get()}) {
            const Parcel m1 = *cache->parcelByUuid(p1.uuid);
            QCOMPARE(m1.assignment.notes, QStringLiteral("A's note"));
            QCOMPARE(m1.assignment.status, QStringLiteral("idle"));
            QCOMPARE(cache->parcelByUuid(p2.uuid)->assignment.chain, QStringLiteral("同一条链"));
            const Parcel m3 = *cache->parcelByUuid(p3.uuid);
            QCOMPARE(m3.assignment.landMu, land);
            QCOMPARE(m3.assignment.energyTce, p3.assignment.energyTce);
        }
        // The other district's edit reached both caches of 西湖区 (the city sees it).
        QCOMPARE(a->parcelByUuid(q1.uuid)->assignment.financeWan, 123.0);
        QCOMPARE(b->parcelByUuid(q1.uuid)->assignment.financeWan, 123.0);

        // The conflicts: listed with both values, who and when; the group one marked as such.
        const QList<SyncConflict> open = SyncConflictStore(*b).open();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open[0].field, QStringLiteral("notes"));
        QCOMPARE(open[0].mine.toString(), QStringLiteral("B's note"));
        QCOMPARE(open[0].theirs.toString(), QStringLiteral("A's note"));
        QCOMPARE(open[0].theirsBy, QStringLiteral("xh"));
        QVERIFY(!open[0].theirsAt.isEmpty() && !open[0].mineAt.isEmpty());
        QCOMPARE(open[1].field, QStringLiteral("energy_tce"));
        QCOMPARE(open[1].group, QStringLiteral("allocation"));
        QCOMPARE(open[1].mine.toDouble(), 99.5);
        // Both values stay in the server's history.
        QCOMPARE(server(QStringLiteral("SELECT string_agg(kind || ':' || new_value, ',' ORDER BY id) FROM "
                                       "zhili.changes WHERE parcel_uuid = '%1' AND field = 'notes'")
                            .arg(p1.uuid)),
                 QStringLiteral("edit:A's note,conflict:B's note"));

        // Taking mine is a new edit pushed at the next sync.
        SyncConflictStore store(*b);
        const QList<SyncConflict> notes = store.openFor(p1.uuid, QStringLiteral("notes"));
        QCOMPARE(notes.size(), 1);
        edit(*b, QStringLiteral("xh"), *b->parcelByUuid(p1.uuid), notesB);
        store.resolve(notes, QStringLiteral("mine"), GeoPackageCache::now());
        QCOMPARE(sync(*b, QStringLiteral("xh")).conflicts, 0);
        sync(*a, QStringLiteral("xh"));
        QCOMPARE(a->parcelByUuid(p1.uuid)->assignment.notes, QStringLiteral("B's note"));
        QCOMPARE(SyncConflictStore(*b).openCount(), 1);
    }

    // A push whose parcel was deleted on the server is a conflict, and the local edit is not lost.
    void deletedOnServerIsAConflict()
    {
        auto a = cloneFor(QStringLiteral("bj"));
        const Parcel p = parcelIn(*a, QStringLiteral("滨江区"), 5);
        AssignmentPatch patch;
        patch.notes = QStringLiteral("edited offline");
        edit(*a, QStringLiteral("bj"), p, patch);
        server(QStringLiteral("DELETE FROM zhili.parcels WHERE uuid = '%1'").arg(p.uuid));
        const SyncReport r = sync(*a, QStringLiteral("bj"));
        QCOMPARE(r.conflicts, 1);
        const QList<SyncConflict> open = SyncConflictStore(*a).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].reason, QStringLiteral("deleted"));
        QCOMPARE(open[0].mine.toString(), QStringLiteral("edited offline"));
        QVERIFY(!a->parcelByUuid(p.uuid)); // the city no longer has it
    }

    // Targets, key districts and quotas a planner changes in a cache reach the server at the next sync,
    // merged three-way per field like parcels; a pull alone (the live view) keeps them until pushed; an
    // officer's tampered cache is refused by the server and keeps its rows.
    void steeringTablesArePushed()
    {
        const QString plan = QStringLiteral("plan");
        const QString xh = QStringLiteral("西湖区");
        auto a = cloneFor(plan);
        auto b = cloneFor(plan);
        const User userA = UserDirectory(*a).resolve(plan);
        const User userB = UserDirectory(*b).resolve(plan);
        Target t;
        t.year = 2032;
        t.ecosystem = QStringLiteral("bio");
        t.district = xh;
        t.landMu = 100;
        t.energyTce = 50;
        t.financeWan = 10;
        IndicatorStore(*a).saveTargets(userA, {t});
        {
            PgConnection conn(url(plan));
            SyncSession(*a, conn).pull();
        }
        QVERIFY(IndicatorStore(*a).target(2032, t.ecosystem, xh));
        SyncReport r = sync(*a, plan);
        QCOMPARE(r.steeringPushed, 1);
        QCOMPARE(r.steeringConflicts, 0);
        const QString row =
            QStringLiteral("SELECT land_mu || '/' || energy_tce FROM zhili.targets WHERE year = "
                           "2032 AND ecosystem = 'bio' AND district = '西湖区'");
        QCOMPARE(server(row), QStringLiteral("100/50"));
        QCOMPARE(sync(*a, plan).steeringPushed, 0); // pushed once, and the pull made it the new base

        sync(*b, plan);
        QCOMPARE(IndicatorStore(*b).target(2032, t.ecosystem, xh)->landMu, 100.0);
        Target mine = t;
        mine.landMu = 120;
        IndicatorStore(*a).saveTargets(userA, {mine});
        Target theirs = t;
        theirs.landMu = 130;   // the same field as a: a syncs first and wins
        theirs.energyTce = 70; // a field nobody else changed: merges
        IndicatorStore(*b).saveTargets(userB, {theirs});
        QCOMPARE(sync(*a, plan).steeringConflicts, 0);
        r = sync(*b, plan);
        QCOMPARE(r.steeringPushed, 1);
        QCOMPARE(r.steeringConflicts, 1);
        QCOMPARE(server(row), QStringLiteral("120/70"));
        const auto local = IndicatorStore(*b).target(2032, t.ecosystem, xh);
        QCOMPARE(local->landMu, 120.0);
        QCOMPARE(local->energyTce, 70.0);
        QCOMPARE(b->db()
                     .scalar(QStringLiteral("SELECT field || ':' || old_value || '>' || new_value FROM "
                                            "zhili_audit WHERE action = 'sync_conflict' AND accepted = 0"))
                     .toString(),
                 QStringLiteral("land_mu:130>120"));

        // Both sides setting the same value is no conflict.
        sync(*a, plan);
        mine.financeWan = 33;
        IndicatorStore(*a).saveTargets(userA, {mine});
        Target same = *local;
        same.financeWan = 33;
        IndicatorStore(*b).saveTargets(userB, {same});
        QCOMPARE(sync(*b, plan).steeringConflicts, 0);
        r = sync(*a, plan);
        QCOMPARE(r.steeringConflicts, 0);

        // Removal, a quota and key districts travel too.
        IndicatorStore(*a).removeTarget(userA, 2032, t.ecosystem, xh);
        IndicatorStore(*a).setQuota(userA, DistrictQuota{2032, xh, Resource::Energy, 900});
        IndicatorStore(*a).setKeyDistricts(userA, QStringLiteral("iot"),
                                           {KeyDistrict{QStringLiteral("iot"), xh, 11, 22, 33}});
        QCOMPARE(sync(*a, plan).steeringConflicts, 0);
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.targets WHERE year = 2032")),
                 QStringLiteral("0"));
        QCOMPARE(server(QStringLiteral("SELECT quota FROM zhili.district_quotas WHERE year = 2032 AND "
                                       "resource = 'energy_tce'")),
                 QStringLiteral("900"));
        QCOMPARE(server(QStringLiteral("SELECT string_agg(district || ':' || land_mu, ',') FROM "
                                       "zhili.key_districts WHERE ecosystem = 'iot'")),
                 QStringLiteral("西湖区:11"));

        // Rights are the server's: an officer's cache changed behind the app is refused, nothing lost.
        auto officer = cloneFor(QStringLiteral("xh"));
        officer->db().exec(QStringLiteral("INSERT INTO zhili_targets (year, ecosystem, district, land_mu, "
                                          "updated_at) VALUES (2033, 'iot', '', 1, '2026-12-07T00:00:00Z')"));
        const QString refused = errorOf([&] { sync(*officer, QStringLiteral("xh")); });
        QVERIFY2(refused.contains(QStringLiteral("refused")), qPrintable(refused));
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.targets WHERE year = 2033")),
                 QStringLiteral("0"));
        QVERIFY(IndicatorStore(*officer).target(2033, QStringLiteral("iot"), QString()));
    }

    // The server killed (pg_ctl stop -m immediate) while 500 edits are pushed: after a restart the next
    // sync applies each exactly once.
    void killedServerLosesNothing()
    {
        auto a = cloneFor(QStringLiteral("xh"));
        const QList<Parcel> parcels = [&] {
            QList<Parcel> list;
            for (int i = 0; i < 100; ++i)
                list.append(parcelIn(*a, QStringLiteral("西湖区"), 20 + i));
            return list;
        }();
        for (int i = 0; i < 500; ++i) {
            AssignmentPatch patch;
            patch.notes = QStringLiteral("kill-%1").arg(i);
            edit(*a, QStringLiteral("xh"), parcels[i % parcels.size()], patch);
        }
        QCOMPARE(SyncOutbox(*a).pendingCount(), 500);
        std::atomic<bool> killed = false;
        std::thread killer;
        const QString message = errorOf([&] {
            PgConnection conn(SyncState(*a).serverUrl(), kPassword, QStringLiteral("xh"));
            SyncSession session(*a, conn);
            session.run(TaskProgress([&](qint64 done, qint64, const QString &) {
                if (done >= 128 && !killed.exchange(true)) // while the next edits are on their way
                    killer = std::thread([this] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                        m_pg->stopImmediately();
                    });
                return true;
            }));
        });
        if (killer.joinable())
            killer.join();
        QVERIFY2(!message.isEmpty(), "the push should have been cut");
        // Nothing is marked pushed before the server has flushed every answer to disk.
        QCOMPARE(SyncOutbox(*a).pendingCount(), 500);
        m_pg->restart();
        // The server kept part of the push (asynchronous commits not yet flushed may be gone): the resend
        // below mixes replayed answers and new applications.
        const int kept =
            server(
                QStringLiteral("SELECT count(*) FROM zhili.pushes WHERE cache_id = '%1'").arg(a->cacheId()))
                .toInt();
        QVERIFY2(kept < 500, qPrintable(QString::number(kept)));
        qInfo("the server kept %d of 500 edits when it was killed", kept);
        const SyncReport r = sync(*a, QStringLiteral("xh"));
        QCOMPARE(r.pushed, 500);
        QCOMPARE(SyncOutbox(*a).pendingCount(), 0);
        QCOMPARE(
            server(
                QStringLiteral("SELECT count(*) FROM zhili.pushes WHERE cache_id = '%1'").arg(a->cacheId())),
            QStringLiteral("500"));
        // Exactly once: 500 notes changes in the log, the last value of each parcel on the server and here.
        QCOMPARE(server(QStringLiteral(
                     "SELECT count(*) FROM zhili.changes WHERE kind = 'edit' AND field = 'notes' "
                     "AND new_value LIKE 'kill-%'")),
                 QStringLiteral("500"));
        for (int i = 0; i < parcels.size(); ++i) {
            const QString last = QStringLiteral("kill-%1").arg(400 + i);
            QCOMPARE(
                server(
                    QStringLiteral("SELECT notes FROM zhili.parcels WHERE uuid = '%1'").arg(parcels[i].uuid)),
                last);
            QCOMPARE(a->parcelByUuid(parcels[i].uuid)->assignment.notes, last);
        }
    }

    // A district re-imported into a connected cache reaches the server at the next sync: the changed shape
    // (the office's columns with it, the bureau's assignment kept) and a new parcel. Another cache pulls
    // them, with its R-tree, render store and totals following.
    void reimportReachesTheServer()
    {
        const QString xh = QStringLiteral("xh");
        auto a = cloneFor(xh);
        auto b = cloneFor(QStringLiteral("plan"));
        const Parcel p = parcelIn(*a, QStringLiteral("西湖区"), 30);
        const QPointF at = cornerOf(*a, p);
        const ImportReport report = reimport(
            *a, xh, {{p.code, at.x(), at.y(), 37}, {QStringLiteral("XH-NEW-1"), at.x() + 200, at.y(), 20}});
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(SyncOutbox(*a).pendingCount(), 1);
        const QString added =
            a->db()
                .scalar(QStringLiteral("SELECT uuid FROM parcels WHERE code = 'XH-NEW-1' AND "
                                       "district = '西湖区'"))
                .toString();
        QVERIFY(!added.isEmpty());

        SyncReport r = sync(*a, xh);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 0);
        const QString shape = QStringLiteral("SELECT round(ST_Area(geom)) || '/' || round(area_m2) || '/' || "
                                             "import_gen || '/' || updated_by || '/' || coalesce(notes, '') "
                                             "FROM zhili.parcels WHERE uuid = '%1'");
        QCOMPARE(server(shape.arg(p.uuid)), QStringLiteral("1369/1369/2/xh/%1").arg(p.assignment.notes));
        QCOMPARE(server(shape.arg(added)), QStringLiteral("400/400/1/xh/"));
        QCOMPARE(
            server(QStringLiteral("SELECT count(*) FROM zhili.changes WHERE parcel_uuid = '%1' AND field = "
                                  "'geom' AND kind = 'edit'")
                       .arg(p.uuid)),
            QStringLiteral("1"));
        QCOMPARE(SyncOutbox(*a).pendingCount(), 0);
        QCOMPARE(sync(*a, xh).pushed, 0); // nothing twice

        RenderCacheStore(b->db()).installAndClear(); // as the window's first open writes it
        const qint64 renderBefore = renderRevision(*b);
        const qint64 countBefore = b->parcelCount();
        r = sync(*b, QStringLiteral("plan"));
        QVERIFY(r.pulled >= 2);
        QVERIFY(r.allocationsChanged); // a parcel came: classes and totals move
        QCOMPARE(b->parcelCount(), countBefore + 1);
        QVERIFY(std::abs(b->parcelByUuid(p.uuid)->areaM2 - 1369) < 1e-6);
        QVERIFY(std::abs(b->parcelByUuid(added)->areaM2 - 400) < 1e-6);
        QCOMPARE(b->parcelByUuid(added)->code, QStringLiteral("XH-NEW-1"));
        QVERIFY(std::abs(rtreeWidth(*b, p.uuid) - 37) < 0.5);
        QVERIFY(std::abs(rtreeWidth(*b, added) - 20) < 0.5);
        QVERIFY(renderRevision(*b) > renderBefore); // the stored render pages are known stale
        QCOMPARE(parcelTotalsMismatch(b->db()), QString());
        QCOMPARE(parcelTotalsMismatch(a->db()), QString());
        // The pushing cache holds what the server holds (its sync base moved to the new generation).
        QCOMPARE(SyncState(*a).parcel(p.uuid)->importGen, 2);
        QVERIFY(std::abs(rtreeWidth(*a, p.uuid) - 37) < 0.5);
    }

    // Shapes of another district are not an officer's to change: not through psql-style SQL, not through the
    // push function. Their own district's shapes are.
    void officerCannotPushAnotherDistrictsShapes()
    {
        const QString victim = serverParcel(QStringLiteral("西湖区"), 40);
        const QString before = server(
            QStringLiteral("SELECT md5(ST_AsBinary(geom)) || import_gen FROM zhili.parcels WHERE uuid = "
                           "'%1'")
                .arg(victim));
        PgConnection bj(url(QStringLiteral("bj")));
        const QString square = QStringLiteral("ST_Multi(ST_MakeEnvelope(0, 0, 10, 10, 4549))");
        QCOMPARE(bj.exec(QStringLiteral("UPDATE zhili.parcels SET geom = %1 WHERE uuid = $1").arg(square),
                         {victim})
                     .affected(),
                 0);
        QCOMPARE(
            bj.exec(
                  QStringLiteral("UPDATE zhili.parcels SET geom = %1 WHERE district = '西湖区'").arg(square))
                .affected(),
            0);
        const QString inserted = errorOf([&] {
            bj.exec(
                QStringLiteral("INSERT INTO zhili.parcels (uuid, code, district, area_m2, area_mu, area_ha, "
                               "geom) VALUES (gen_random_uuid(), 'EVIL-1', '西湖区', 100, 0.15, 0.01, %1)")
                    .arg(square));
        });
        QVERIFY2(inserted.contains(QStringLiteral("row-level security")), qPrintable(inserted));
        // The server's bookkeeping stays the server's, even in one's own district.
        const QString own = serverParcel(QStringLiteral("滨江区"), 40);
        QVERIFY(errorOf([&] {
                    bj.exec(QStringLiteral("UPDATE zhili.parcels SET import_gen = 9 WHERE uuid = $1"), {own});
                }).contains(QStringLiteral("permission denied")));

        // Through the push: refused, listed as such, the server unchanged.
        const QString body =
            QStringLiteral("{\"action\":\"import\",\"parcels\":[{\"uuid\":\"%1\",\"code\":\"X\",\"district\":"
                           "\"西湖区\",\"area_m2\":100,\"area_mu\":0.15,\"area_ha\":0.01,\"import_gen\":1,"
                           "\"wkb\":\"%2\"},{\"uuid\":\"%3\",\"code\":\"EVIL-2\",\"district\":\"西湖区\","
                           "\"area_m2\":100,\"area_mu\":0.15,\"area_ha\":0.01,\"wkb\":\"%2\",\"after\":{}}]}")
                .arg(victim, server(QStringLiteral("SELECT encode(ST_AsBinary(%1), 'hex')").arg(square)),
                     QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QJsonObject answer =
            QJsonDocument::fromJson(bj.scalar(QStringLiteral("SELECT zhili.push_edit('evil-cache', 'e1', "
                                                             "$1::jsonb)::text"),
                                              {body})
                                        .toString()
                                        .toUtf8())
                .object();
        const QJsonArray conflicts = answer.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 2);
        for (const QJsonValue &c : conflicts)
            QCOMPARE(c[QStringLiteral("reason")].toString(), QStringLiteral("refused"));
        QCOMPARE(server(QStringLiteral("SELECT md5(ST_AsBinary(geom)) || import_gen FROM zhili.parcels WHERE "
                                       "uuid = '%1'")
                            .arg(victim)),
                 before);
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE code LIKE 'EVIL-%'")),
                 QStringLiteral("0"));
        // One's own district: allowed (that is what a re-import does).
        QCOMPARE(bj.exec(QStringLiteral("UPDATE zhili.parcels SET geom = %1 WHERE uuid = $1")
                             .arg(QStringLiteral("ST_Multi(ST_Buffer(geom, 0))")),
                         {own})
                     .affected(),
                 1);
    }

    // The server killed after a re-import's chunks went out asynchronously, before the flush: the next sync
    // applies each parcel exactly once (a second application would be a "reimported" conflict).
    void killedServerDuringReimportAppliesOnce()
    {
        const QString xh = QStringLiteral("xh");
        auto a = cloneFor(xh);
        QList<Square> squares;
        QStringList reshaped;
        for (int i = 0; i < 20; ++i) {
            const Parcel p = parcelIn(*a, QStringLiteral("西湖区"), 60 + i);
            const QPointF at = cornerOf(*a, p);
            squares.append({p.code, at.x(), at.y(), 30.0 + i});
            reshaped.append(p.uuid);
        }
        const QPointF origin = cornerOf(*a, parcelIn(*a, QStringLiteral("西湖区"), 0));
        for (int i = 0; i < 1100; ++i) // three entries in the outbox (500 parcels each at most)
            squares.append({QStringLiteral("XH-K-%1").arg(i), origin.x() + 12 * (i % 40),
                            origin.y() - 12 * (i / 40 + 1), 10});
        QCOMPARE(reimport(*a, xh, squares).inserted, 1100);
        QCOMPARE(SyncOutbox(*a).pendingCount(), 3);
        bool killed = false;
        const QString message = errorOf([&] {
            PgConnection conn(SyncState(*a).serverUrl(), kPassword, xh);
            SyncSession(*a, conn).run(TaskProgress([&](qint64 done, qint64, const QString &what) {
                if (done > 0 && what.startsWith(QStringLiteral("sending")) && !killed) {
                    killed = true;
                    m_pg->stopImmediately(); // every chunk sent, none flushed yet
                }
                return true;
            }));
        });
        QVERIFY2(killed && !message.isEmpty(), qPrintable(message));
        QCOMPARE(SyncOutbox(*a).pendingCount(), 3);
        m_pg->restart();
        const SyncReport r = sync(*a, xh);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(SyncConflictStore(*a).openCount(), 0);
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE code LIKE 'XH-K-%'")),
                 QStringLiteral("1100"));
        QCOMPARE(server(QStringLiteral("SELECT string_agg(DISTINCT import_gen::text, ',') FROM zhili.parcels "
                                       "WHERE uuid = ANY ('{%1}'::uuid[])")
                            .arg(reshaped.join(QLatin1Char(',')))),
                 QStringLiteral("2"));
        QCOMPARE(
            server(QStringLiteral("SELECT count(*) FROM zhili.changes WHERE field = 'geom' AND kind = 'edit' "
                                  "AND parcel_uuid = ANY ('{%1}'::uuid[])")
                       .arg(reshaped.join(QLatin1Char(',')))),
            QStringLiteral("20"));
        QCOMPARE(server(QStringLiteral("SELECT round(sum(ST_Area(geom))) FROM zhili.parcels WHERE "
                                       "uuid = ANY ('{%1}'::uuid[])")
                            .arg(reshaped.join(QLatin1Char(',')))),
                 QString::number(20 * 30 * 30 + 2 * 30 * 190 + 2470)); // Σ (30 + i)², i < 20
        QCOMPARE(parcelTotalsMismatch(a->db()), QString());
    }

    // The server re-imported the parcel meanwhile: my shape is a conflict, kept in the conflict list and in
    // the server's history; the cache shows theirs; importing my file again sends mine on their generation.
    void concurrentServerReimportIsAConflict()
    {
        const QString xh = QStringLiteral("xh");
        auto a = cloneFor(xh);
        const Parcel p = parcelIn(*a, QStringLiteral("西湖区"), 90);
        const QPointF at = cornerOf(*a, p);
        const QList<Square> mine = {{p.code, at.x(), at.y(), 41}};
        reimport(*a, xh, mine);
        server(QStringLiteral(
                   "UPDATE zhili.parcels SET geom = ST_Multi(ST_MakeEnvelope(%1, %2, %1 + 50, %2 + 50, "
                   "4549)), area_m2 = 2500 WHERE uuid = '%3'")
                   .arg(at.x(), 0, 'f', 3)
                   .arg(at.y(), 0, 'f', 3)
                   .arg(p.uuid));
        SyncReport r = sync(*a, xh);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 1);
        const QList<SyncConflict> open = SyncConflictStore(*a).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].field, QStringLiteral("geom"));
        QCOMPARE(open[0].reason, QStringLiteral("reimported"));
        QCOMPARE(open[0].theirsBy, QStringLiteral("zhili_super"));
        QCOMPARE(open[0].mine[QStringLiteral("area_m2")].toDouble(), 1681.0);
        QVERIFY(open[0].mine[QStringLiteral("wkb")].toString().size() > 100); // my shape itself is kept
        QCOMPARE(open[0].theirs[QStringLiteral("area_m2")].toDouble(), 2500.0);
        QCOMPARE(SyncPayload::displayText(open[0].mine), QStringLiteral("shape of 1681.0 m²"));
        QCOMPARE(
            server(QStringLiteral("SELECT count(*) FROM zhili.changes WHERE kind = 'conflict' AND field = "
                                  "'geom' AND parcel_uuid = '%1' AND new_value LIKE '%\"wkb\"%'")
                       .arg(p.uuid)),
            QStringLiteral("1"));
        QVERIFY(std::abs(a->parcelByUuid(p.uuid)->areaM2 - 2500) < 1e-6); // theirs, here too
        QVERIFY(std::abs(rtreeWidth(*a, p.uuid) - 50) < 0.5);

        // Taking mine puts my shape back here and sends it at the next sync, on top of theirs.
        ParcelEditor editor(*a);
        const User user = UserDirectory(*a).resolve(xh);
        ConflictResolver(*a, editor).resolve(open, ConflictResolver::Take::Mine, user);
        QCOMPARE(SyncConflictStore(*a).openCount(), 0);
        QVERIFY(std::abs(a->parcelByUuid(p.uuid)->areaM2 - 1681) < 1e-6);
        QVERIFY(std::abs(rtreeWidth(*a, p.uuid) - 41) < 0.5);
        QCOMPARE(SyncOutbox(*a).pendingCount(), 1);
        QCOMPARE(parcelTotalsMismatch(a->db()), QString());
        r = sync(*a, xh);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(server(QStringLiteral(
                            "SELECT round(ST_Area(geom)) || '/' || round(area_m2) || '/' || import_gen FROM "
                            "zhili.parcels WHERE uuid = '%1'")
                            .arg(p.uuid)),
                 QStringLiteral("1681/1681/3"));
        QCOMPARE(SyncState(*a).parcel(p.uuid)->importGen, 3);
    }

    // The password the server accepted becomes the user's local one, once.
    void serverPasswordBecomesLocal()
    {
        auto a = cloneFor(QStringLiteral("bj"));
        UserDirectory users(*a);
        QVERIFY(!users.find(QStringLiteral("bj"))->hasPassword); // the server's users arrive without hashes
        ServerIdentity::remember(*a, QStringLiteral("bj"), kPassword);
        QVERIFY(users.find(QStringLiteral("bj"))->hasPassword);
        QCOMPARE(users.authenticate(QStringLiteral("bj"), kPassword).name, QStringLiteral("bj"));
        QVERIFY(!errorOf([&] {
                     users.authenticate(QStringLiteral("bj"), QStringLiteral("wrong-pass-1"));
                 }).isEmpty());
        const auto audited = [&] {
            return a->db()
                .scalar(QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'user_password'"))
                .toInt();
        };
        const int before = audited();
        ServerIdentity::remember(*a, QStringLiteral("bj"), kPassword); // unchanged: nothing written
        QCOMPARE(audited(), before);
        ServerIdentity::remember(*a, QStringLiteral("nobody"), kPassword); // not a user of this cache
        QVERIFY(!users.find(QStringLiteral("nobody")));

        // The same, compared on a worker thread while a sync runs (ServerIdentityCheck).
        {
            ServerIdentityCheck same(*a, QStringLiteral("bj"), kPassword);
            sync(*a, QStringLiteral("bj"));
            same.finish();
        }
        QCOMPARE(audited(), before);
        const QString changed = QStringLiteral("changed-on-server-2");
        {
            ServerIdentityCheck other(*a, QStringLiteral("bj"), changed);
            other.finish();
        }
        QCOMPARE(audited(), before + 1);
        QCOMPARE(users.authenticate(QStringLiteral("bj"), changed).name, QStringLiteral("bj"));
        {
            ServerIdentityCheck abandoned(*a, QStringLiteral("bj"), kPassword);
        } // a failed sync: no write
        QCOMPARE(audited(), before + 1);
    }

    // A listening cache hears the change sequence of another cache's push (the live city view).
    void listenersHearChanges()
    {
        PgConnection listener(url(QStringLiteral("plan")));
        listener.listen(QStringLiteral("zhili_changes"));
        auto a = cloneFor(QStringLiteral("bj"));
        AssignmentPatch patch;
        patch.status = QStringLiteral("planned");
        edit(*a, QStringLiteral("bj"), parcelIn(*a, QStringLiteral("滨江区"), 9), patch);
        sync(*a, QStringLiteral("bj"));
        QStringList heard;
        QTRY_VERIFY_WITH_TIMEOUT(!(heard += listener.notifications()).isEmpty(), 2000);
        QVERIFY(heard.last().toLongLong() > 0);
    }

    // Version 4 → 5: one replay helper for every push; officers may delete their district's parcels and
    // replace its outline; a district's revision is the server's.
    void migratesFromVersion4()
    {
        m_pg->psql(QStringLiteral("CREATE DATABASE older4"));
        PgConnection older(m_pg->superUrl().chopped(5) + QStringLiteral("older4"));
        QCOMPARE(ServerSchema::migrate(older, 4), 0);
        const QString helper = QStringLiteral("SELECT to_regprocedure('zhili.push_replayed(text,text)')");
        QVERIFY(!older.scalar(helper).isValid());
        const QString emptyImport = QStringLiteral("{\"action\":\"import\",\"parcels\":[]}");
        QVERIFY(!pushByHand(older, QStringLiteral("e4"), emptyImport).contains(QStringLiteral("replayed")));
        QCOMPARE(ServerSchema::migrate(older), 4);
        QCOMPARE(ServerSchema::version(older), ServerSchema::kCurrentVersion);
        QVERIFY(older.scalar(helper).isValid());
        // What version 4 stored is still the answer.
        QVERIFY(
            pushByHand(older, QStringLiteral("e4"), emptyImport).value(QStringLiteral("replayed")).toBool());
        for (const QString &body : {QStringLiteral("{\"action\":\"assign\",\"parcels\":[]}"), emptyImport}) {
            const QString edit = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QCOMPARE(pushByHand(older, edit, body).value(QStringLiteral("edit_id")).toString(), edit);
            QVERIFY(pushByHand(older, edit, body).value(QStringLiteral("replayed")).toBool());
        }
        // The stored answers are looked up in one place only.
        QCOMPARE(
            older
                .scalar(QStringLiteral("SELECT string_agg(proname, ',') FROM pg_proc p JOIN pg_namespace n "
                                       "ON n.oid = p.pronamespace WHERE nspname = 'zhili' AND prosrc LIKE "
                                       "'%FROM zhili.pushes WHERE%'"))
                .toString(),
            QStringLiteral("push_replayed"));
        QCOMPARE(older
                     .scalar(QStringLiteral("SELECT count(*) FROM pg_policies WHERE schemaname = 'zhili' AND "
                                            "policyname IN ('officer_delete_own_district', "
                                            "'officer_own_outline')"))
                     .toInt(),
                 2);
        older.exec(QStringLiteral("INSERT INTO zhili.districts (uuid, name, revision) VALUES "
                                  "(gen_random_uuid(), 'd', 7)"));
        older.exec(QStringLiteral("UPDATE zhili.districts SET revision = 1, adcode = 'x' WHERE name = 'd'"));
        QCOMPARE(
            older.scalar(QStringLiteral("SELECT revision FROM zhili.districts WHERE name = 'd'")).toInt(), 8);
    }

    // A re-import with removeMissing (--remove-missing): the parcels its file no longer has go from the
    // server and from the other caches (their R-tree, render store and totals follow); one changed on the
    // server meanwhile is a conflict and stays; taking mine removes it at the next sync. The district outline
    // the re-import derived reaches the server and the other caches.
    void reimportRemovalsReachTheServer()
    {
        const QString xh = QStringLiteral("xh");
        const QString plan = QStringLiteral("plan");
        const QString district = QStringLiteral("西湖区");
        server(
            QStringLiteral("UPDATE zhili.districts SET boundary_source = 'derived' WHERE name = '西湖区'"));
        auto a = cloneFor(xh);
        auto b = cloneFor(plan);
        RenderCacheStore(b->db()).installAndClear();
        const Parcel gone = parcelIn(*a, district, 5);
        const Parcel changed = parcelIn(*a, district, 6);
        QList<Square> squares;
        auto st = a->db().prepare(
            QStringLiteral("SELECT code, minx, miny FROM parcels JOIN rtree_parcels_geom r ON r.id = fid "
                           "WHERE district = '西湖区'"));
        while (st.step())
            if (st.text(0) != gone.code && st.text(0) != changed.code)
                squares.append({st.text(0), st.real(1), st.real(2), 8});
        server(QStringLiteral("UPDATE zhili.parcels SET notes = 'changed there' WHERE uuid = '%1'")
                   .arg(changed.uuid));
        // My own edit of the other one, still in the outbox before the removal: not someone else's change.
        AssignmentPatch mine;
        mine.notes = QStringLiteral("mine, then removed");
        edit(*a, xh, gone, mine);
        const QString outline = QStringLiteral("SELECT encode(ST_AsBinary(geom), 'hex') FROM zhili.districts "
                                               "WHERE name = '西湖区'");
        const QString outlineBefore = server(outline);

        const ImportReport report = reimport(*a, xh, squares, true);
        QStringList missing{gone.code, changed.code};
        missing.sort();
        QCOMPARE(report.missingCodes.value(district), missing);
        QVERIFY(report.missingRemoved);
        QCOMPARE(report.derivedBoundaries, QStringList{district});
        QVERIFY(!a->parcelByUuid(gone.uuid) && !a->parcelByUuid(changed.uuid));
        QCOMPARE(parcelTotalsMismatch(a->db()), QString());

        SyncReport r = sync(*a, xh);
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(
            server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE uuid = '%1'").arg(gone.uuid)),
            QStringLiteral("0"));
        QCOMPARE(server(QStringLiteral("SELECT by_user || '/' || cache_id FROM zhili.changes WHERE kind = "
                                       "'delete' AND parcel_uuid = '%1'")
                            .arg(gone.uuid)),
                 QStringLiteral("xh/") + a->cacheId());
        QCOMPARE(
            server(QStringLiteral("SELECT notes FROM zhili.parcels WHERE uuid = '%1'").arg(changed.uuid)),
            QStringLiteral("changed there"));
        const QList<SyncConflict> open = SyncConflictStore(*a).open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].field, QStringLiteral("parcel"));
        QCOMPARE(open[0].reason, QStringLiteral("changed"));
        QCOMPARE(open[0].theirsBy, QStringLiteral("zhili_super"));
        QCOMPARE(SyncPayload::displayText(open[0].mine), QStringLiteral("removed"));
        // The cache shows theirs: the parcel is back, shape and all.
        QCOMPARE(a->parcelByUuid(changed.uuid)->assignment.notes, QStringLiteral("changed there"));
        QVERIFY(rtreeWidth(*a, changed.uuid) > 0);
        QVERIFY(!SyncState(*a).parcel(gone.uuid));
        QCOMPARE(rtreeCount(*a), a->parcelCount());
        // The derived outline replaced the server's; the pushing cache holds the server's revision of it.
        const QString outlineAfter = server(outline);
        QVERIFY(outlineAfter != outlineBefore);
        QCOMPARE(outlineOf(*a, district), outlineAfter);
        QCOMPARE(sync(*a, xh).pushed, 0); // nothing twice

        const qint64 renderBefore = renderRevision(*b);
        r = sync(*b, plan);
        QVERIFY(r.allocationsChanged);
        QVERIFY(!b->parcelByUuid(gone.uuid));
        QVERIFY(b->parcelByUuid(changed.uuid));
        QCOMPARE(b->parcelCount(), a->parcelCount());
        QCOMPARE(rtreeCount(*b), b->parcelCount());
        QVERIFY(renderRevision(*b) > renderBefore);
        QCOMPARE(parcelTotalsMismatch(b->db()), QString());
        QCOMPARE(outlineOf(*b, district), outlineAfter);

        // Taking mine removes it again, on the revision the server holds now.
        ParcelEditor editor(*a);
        ConflictResolver(*a, editor)
            .resolve(open, ConflictResolver::Take::Mine, UserDirectory(*a).resolve(xh));
        QVERIFY(!a->parcelByUuid(changed.uuid));
        r = sync(*a, xh);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(
            server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE uuid = '%1'").arg(changed.uuid)),
            QStringLiteral("0"));
        sync(*b, plan);
        QVERIFY(!b->parcelByUuid(changed.uuid));
        QCOMPARE(rtreeCount(*b), b->parcelCount());
        QCOMPARE(parcelTotalsMismatch(b->db()), QString());
    }

    // A district the server does not have yet, added by an administrator's re-import: its parcels and its
    // derived outline reach the server and the other caches.
    void reimportAddsADistrictWithItsOutline()
    {
        auto a = cloneFor(QStringLiteral("boss"));
        auto b = cloneFor(QStringLiteral("plan"));
        const QString district = QStringLiteral("新区");
        QList<Square> squares;
        for (int i = 0; i < 5; ++i)
            squares.append({QStringLiteral("XQ-%1").arg(i), 500000.0 + 100 * i, 3300000.0, 50});
        const ImportReport report = reimport(*a, QStringLiteral("boss"), squares, false, district);
        QCOMPARE(report.inserted, 5);
        QCOMPARE(report.derivedBoundaries, QStringList{district});
        const SyncReport r = sync(*a, QStringLiteral("boss"));
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE district = '新区'")),
                 QStringLiteral("5"));
        // The convex hull of the five squares: 450 m by 50 m.
        QCOMPARE(server(QStringLiteral("SELECT boundary_source || '/' || round(ST_Area(geom)) FROM "
                                       "zhili.districts WHERE name = '新区'")),
                 QStringLiteral("derived/22500"));
        const QString outline = server(QStringLiteral("SELECT encode(ST_AsBinary(geom), 'hex') FROM "
                                                      "zhili.districts WHERE name = '新区'"));
        QCOMPARE(outlineOf(*a, district), outline);
        sync(*b, QStringLiteral("plan"));
        QCOMPARE(outlineOf(*b, district), outline);
        QCOMPARE(
            b->db().scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE district = '新区'")).toInt(),
            5);
    }

    // Another district's officer removes no parcel and replaces no outline: not by hand-written SQL, not by
    // the push function. Planners delete nothing. An officer's own district: allowed.
    void officerCannotRemoveAnotherDistrictsParcels()
    {
        const QString victim = serverParcel(QStringLiteral("西湖区"), 30);
        const QString revision = serverRevision(victim);
        const QString outline =
            QStringLiteral("SELECT revision || md5(ST_AsBinary(geom)) FROM zhili.districts "
                           "WHERE name = '西湖区'");
        const QString outlineBefore = server(outline);
        PgConnection bj(url(QStringLiteral("bj")));
        QCOMPARE(bj.exec(QStringLiteral("DELETE FROM zhili.parcels WHERE uuid = $1"), {victim}).affected(),
                 0);
        QCOMPARE(bj.exec(QStringLiteral("DELETE FROM zhili.parcels WHERE district = '西湖区'")).affected(),
                 0);
        QCOMPARE(bj.exec(QStringLiteral("UPDATE zhili.districts SET geom = NULL WHERE name = '西湖区'"))
                     .affected(),
                 0);
        PgConnection planner(url(QStringLiteral("plan")));
        const QString refused = errorOf(
            [&] { planner.exec(QStringLiteral("DELETE FROM zhili.parcels WHERE uuid = $1"), {victim}); });
        QVERIFY2(refused.contains(QStringLiteral("permission denied")), qPrintable(refused));

        const QString body =
            QStringLiteral("{\"action\":\"import\",\"parcels\":[{\"uuid\":\"%1\",\"code\":\"X\",\"district\":"
                           "\"西湖区\",\"delete\":true,\"revision\":%2}],\"districts\":[{\"name\":\"西湖区\","
                           "\"wkb\":\"%3\"}]}")
                .arg(victim, revision,
                     server(QStringLiteral(
                         "SELECT encode(ST_AsBinary(ST_MakeEnvelope(0, 0, 9, 9, 4549)), 'hex')")));
        const QJsonObject answer = pushByHand(bj, QStringLiteral("evil-delete"), body);
        const QJsonArray conflicts = answer.value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0][QStringLiteral("reason")].toString(), QStringLiteral("refused"));
        QVERIFY(answer[QStringLiteral("districts")][0][QStringLiteral("revision")].isNull());
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE uuid = '%1'").arg(victim)),
                 QStringLiteral("1"));
        QCOMPARE(server(outline), outlineBefore);

        const QString own = serverParcel(QStringLiteral("滨江区"), 50);
        QCOMPARE(bj.exec(QStringLiteral("DELETE FROM zhili.parcels WHERE uuid = $1"), {own}).affected(), 1);

        // Schema 7: an imported boundary is the administrator's, even in the officer's own district.
        const QString ownOutline =
            QStringLiteral("SELECT boundary_source || revision || md5(ST_AsBinary(geom)) "
                           "FROM zhili.districts WHERE name = '滨江区'");
        const QString ownBefore = server(ownOutline);
        QVERIFY2(!ownBefore.startsWith(QStringLiteral("derived")), qPrintable(ownBefore));
        QCOMPARE(
            bj.exec(QStringLiteral("UPDATE zhili.districts SET geom = ST_Multi(ST_MakeEnvelope(0, 0, 9, 9, "
                                   "4549)) WHERE name = '滨江区'"))
                .affected(),
            0);
        QCOMPARE(server(ownOutline), ownBefore);
    }

    // Schema 7: a removal whose parcel moved since its base without a change of this cache is a conflict,
    // even when the move wrote no change-log row (another re-import changed only the source attributes).
    void removalAfterAnUnloggedChangeIsAConflict()
    {
        const QString moved = serverParcel(QStringLiteral("滨江区"), 60);
        const QString base = serverRevision(moved);
        const QString changesBefore = server(QStringLiteral("SELECT count(*) FROM zhili.changes"));
        server(QStringLiteral("UPDATE zhili.parcels SET source_attrs = '{\"moved\": true}' WHERE uuid = '%1'")
                   .arg(moved));
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.changes")),
                 changesBefore); // nothing logged
        PgConnection bj(url(QStringLiteral("bj")));
        const QString body =
            QStringLiteral("{\"action\":\"import\",\"parcels\":[{\"uuid\":\"%1\",\"code\":"
                           "\"X\",\"district\":\"滨江区\",\"delete\":true,\"revision\":%2}]}")
                .arg(moved, base);
        const QJsonArray conflicts = pushByHand(bj, QStringLiteral("removal-after-attrs"), body)
                                         .value(QStringLiteral("conflicts"))
                                         .toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0][QStringLiteral("reason")].toString(), QStringLiteral("changed"));
        QCOMPARE(server(QStringLiteral("SELECT count(*) FROM zhili.parcels WHERE uuid = '%1'").arg(moved)),
                 QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
