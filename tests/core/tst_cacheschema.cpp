// The cache schema's migrations, each from the version before it: an older cache opened for writing is
// brought up to CacheSchema::kCurrentVersion with the same result as a cache created now; read-only opens
// and refused files are never migrated.
#include "cache/cacheschema.h"
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "edit/userdirectory.h"
#include "testcache.h"
#include "testerrors.h"
#include "testfiles.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QStringList schemaOf(SqliteDatabase &db, const QString &table)
{
    QStringList items;
    auto cols = db.prepare(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY name"));
    cols.bind(1, table);
    while (cols.step())
        items << cols.text(0) + QLatin1Char(' ') + cols.text(1);
    auto objects = db.prepare(
        QStringLiteral("SELECT type, name FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', "
                       "'trigger') ORDER BY name"));
    objects.bind(1, table);
    while (objects.step())
        items << objects.text(0) + QLatin1Char(' ') + objects.text(1);
    return items;
}

const QStringList kSyncTables{QStringLiteral("zhili_sync_outbox"), QStringLiteral("zhili_sync_parcels"),
                              QStringLiteral("zhili_sync_conflicts")};

const QStringList kChainTables{
    QStringLiteral("zhili_chains"),         QStringLiteral("zhili_chain_links"),
    QStringLiteral("zhili_chain_supplies"), QStringLiteral("zhili_enterprise_links"),
    QStringLiteral("zhili_chain_events"),   QStringLiteral("zhili_chain_event_enterprises"),
    QStringLiteral("zhili_chain_issues")};

// Turns a cache made now back into version 5 (before the parcel totals).
void downgradeToVersion5(const QString &path)
{
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(
        QStringLiteral("DROP TABLE zhili_parcel_totals; DROP TRIGGER zhili_parcel_totals_insert; "
                       "DROP TRIGGER zhili_parcel_totals_update; DROP TRIGGER zhili_parcel_totals_delete; "
                       "UPDATE zhili_meta SET value = '5' WHERE key = 'schema_version'"));
}

// Turns a cache made now back into version 4 (before the chain tables).
void downgradeToVersion4(const QString &path)
{
    downgradeToVersion5(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    for (qsizetype i = kChainTables.size() - 1; i > 0; --i) // children first
        db.exec(QStringLiteral("DROP TABLE ") + kChainTables[i]);
    db.exec(QStringLiteral("ALTER TABLE zhili_chains DROP COLUMN team;"
                           "UPDATE zhili_meta SET value = '4' WHERE key = 'schema_version'"));
}

// Turns a cache made now back into version 3 (before the sync tables).
void downgradeToVersion3(const QString &path)
{
    downgradeToVersion4(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    for (const QString &t : kSyncTables)
        db.exec(QStringLiteral("DROP TABLE ") + t);
    db.exec(QStringLiteral("UPDATE zhili_meta SET value = '3' WHERE key = 'schema_version'"));
}

// Turns a cache made now back into a version-2 cache (before the users' password hashes).
void downgradeToVersion2(const QString &path)
{
    downgradeToVersion3(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(QStringLiteral("DROP TABLE zhili_user_passwords;"
                           "UPDATE zhili_meta SET value = '2' WHERE key = 'schema_version'"));
}

// Turns a cache made now back into a version-1 development cache (before the audit log's edit ids).
void downgradeToVersion1(const QString &path)
{
    downgradeToVersion2(path);
    SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
    db.exec(QStringLiteral("DROP TRIGGER zhili_audit_no_update; DROP TRIGGER zhili_audit_no_delete;"
                           "DROP INDEX zhili_audit_edit; ALTER TABLE zhili_audit DROP COLUMN edit_id;"
                           "ALTER TABLE zhili_audit DROP COLUMN revision;"
                           "UPDATE zhili_meta SET value = '1' WHERE key = 'schema_version'"));
}

// A cache made now, and one made the same way then turned back into an older version by `downgrade`.
struct FreshAndOld {
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.gpkg"));
    const QString old = dir.filePath(QStringLiteral("old.gpkg"));

    explicit FreshAndOld(void (*downgrade)(const QString &))
    {
        makeTestCache(fresh);
        makeTestCache(old);
        downgrade(old);
    }
};

// A read-only open leaves `caches.old` at `oldVersion` without `newTable`; a writable open migrates it to the
// current version with `tables` exactly as a fresh cache has them. `migrated` gets the writable cache.
void checkMigration(const FreshAndOld &caches, int oldVersion, const QString &newTable,
                    const QStringList &tables, std::unique_ptr<GeoPackageCache> &migrated)
{
    QMap<QString, QStringList> expected;
    {
        auto c = GeoPackageCache::open(caches.fresh, true);
        for (const QString &t : tables)
            expected[t] = schemaOf(c->db(), t);
    }
    {
        auto readOnly = GeoPackageCache::open(caches.old, true);
        QCOMPARE(CacheSchema::version(readOnly->db()), oldVersion);
        QVERIFY(!readOnly->db().tableExists(newTable));
    }
    migrated = GeoPackageCache::open(caches.old);
    QCOMPARE(CacheSchema::version(migrated->db()), CacheSchema::kCurrentVersion);
    for (const QString &t : tables) {
        QVERIFY2(!expected[t].isEmpty(), qPrintable(t));
        QCOMPARE(schemaOf(migrated->db(), t), expected[t]);
    }
}

} // namespace

class TestCacheSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migratesVersion1ToCurrent()
    {
        const FreshAndOld caches(downgradeToVersion1);
        QStringList expected;
        {
            auto c = GeoPackageCache::open(caches.fresh, true);
            expected = schemaOf(c->db(), QStringLiteral("zhili_audit"));
            QCOMPARE(CacheSchema::version(c->db()), CacheSchema::kCurrentVersion);
        }
        {
            auto readOnly = GeoPackageCache::open(caches.old, true); // read-only opens never migrate
            QCOMPARE(CacheSchema::version(readOnly->db()), 1);
        }
        auto c = GeoPackageCache::open(caches.old);
        QCOMPARE(CacheSchema::version(c->db()), CacheSchema::kCurrentVersion);
        QCOMPARE(schemaOf(c->db(), QStringLiteral("zhili_audit")), expected);
        // The migrated log works and is append-only again.
        AuditEntry e;
        e.at = GeoPackageCache::now();
        e.action = QStringLiteral("test");
        e.targetKind = QStringLiteral("parcel");
        e.editId = QStringLiteral("E1");
        AuditLog(*c).append(e);
        QVERIFY_THROWS_EXCEPTION(Error, c->db().exec(QStringLiteral("DELETE FROM zhili_audit")));
    }

    // Version 3 adds zhili_user_passwords: users of a version-2 cache keep working without a password, a
    // read-only open of it still lists them, and the migrated table is the one made now.
    void migratesVersion2ToCurrent()
    {
        const FreshAndOld caches(downgradeToVersion2);
        {
            SqliteDatabase db(caches.old, SqliteDatabase::Mode::ReadWrite);
            db.exec(QStringLiteral("INSERT INTO zhili_users (name, role, district, created_at) VALUES "
                                   "('老王', 'admin', NULL, '2025-01-01T00:00:00Z')"));
        }
        QStringList expected;
        {
            auto c = GeoPackageCache::open(caches.fresh, true);
            expected = schemaOf(c->db(), QStringLiteral("zhili_user_passwords"));
            QVERIFY(expected.contains(QStringLiteral("password_hash TEXT")));
        }
        {
            auto readOnly = GeoPackageCache::open(caches.old, true); // read-only opens never migrate
            QCOMPARE(CacheSchema::version(readOnly->db()), 2);
            const std::optional<User> legacy = UserDirectory(*readOnly).find(QStringLiteral("老王"));
            QVERIFY(legacy && !legacy->hasPassword);
        }
        auto c = GeoPackageCache::open(caches.old);
        QCOMPARE(CacheSchema::version(c->db()), CacheSchema::kCurrentVersion);
        QCOMPARE(schemaOf(c->db(), QStringLiteral("zhili_user_passwords")), expected);
        UserDirectory users(*c);
        // The legacy admin needs no password and may add a user with one.
        QCOMPARE(users.authenticate(QStringLiteral("老王"), QString()).role, Role::Admin);
        users.add(User{QStringLiteral("小李"), Role::Planner, {}, {}, false},
                  users.find(QStringLiteral("老王")), QStringLiteral("s3cret-pass"));
        QVERIFY(users.find(QStringLiteral("小李"))->hasPassword);
        QVERIFY(!users.find(QStringLiteral("老王"))->hasPassword);
    }

    // Version 4 adds the sync tables; a read-only open of a version-3 cache does not.
    void migratesVersion3ToCurrent()
    {
        const FreshAndOld caches(downgradeToVersion3);
        std::unique_ptr<GeoPackageCache> c;
        checkMigration(caches, 3, QStringLiteral("zhili_sync_outbox"), kSyncTables, c);
    }

    // Version 5 adds the industrial chain tables and the chains' working group; chains of a version-4 cache
    // (used by the parcel editor's chain check) are kept.
    void migratesVersion4ToCurrent()
    {
        const FreshAndOld caches(downgradeToVersion4);
        {
            SqliteDatabase db(caches.old, SqliteDatabase::Mode::ReadWrite);
            db.exec(
                QStringLiteral("INSERT INTO zhili_chains (ecosystem, name, leader) VALUES ('bio', '创新药', "
                               "'李市长')"));
        }
        std::unique_ptr<GeoPackageCache> c;
        checkMigration(caches, 4, QStringLiteral("zhili_chain_links"), kChainTables, c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(scalarOf(*c, QStringLiteral("SELECT count(*) FROM zhili_chains WHERE leader = '李市长'")),
                 1);
    }

    // Version 6 adds the per-district totals with their triggers, filled from the parcels already there.
    void migratesVersion5ToCurrent()
    {
        const FreshAndOld caches(downgradeToVersion5);
        QStringList expected;
        QList<QVariantList> expectedRows;
        const QString rows = QStringLiteral("SELECT district, ecosystem, parcels, area_mu, land_mu FROM "
                                            "zhili_parcel_totals ORDER BY 1, 2");
        {
            auto c = GeoPackageCache::open(caches.fresh, true);
            expected = schemaOf(c->db(), QStringLiteral("parcels"));
            auto st = c->db().prepare(rows);
            while (st.step())
                expectedRows.append({st.text(0), st.text(1), st.value(2), st.value(3), st.value(4)});
        }
        QVERIFY(expected.contains(QStringLiteral("trigger zhili_parcel_totals_update")));
        QCOMPARE(expectedRows.size(), 4); // 西湖区 bio and unassigned, 滨江区, 萧山区
        {
            auto readOnly = GeoPackageCache::open(caches.old, true);
            QCOMPARE(CacheSchema::version(readOnly->db()), 5);
            QVERIFY(!readOnly->db().tableExists(QStringLiteral("zhili_parcel_totals")));
            QCOMPARE(readOnly->districtNames().size(), 3); // from the parcels, as before
        }
        auto c = GeoPackageCache::open(caches.old);
        QCOMPARE(CacheSchema::version(c->db()), CacheSchema::kCurrentVersion);
        QCOMPARE(schemaOf(c->db(), QStringLiteral("parcels")), expected);
        QList<QVariantList> migrated;
        auto st = c->db().prepare(rows);
        while (st.step())
            migrated.append({st.text(0), st.text(1), st.value(2), st.value(3), st.value(4)});
        QCOMPARE(migrated, expectedRows);
    }

    void newerCachesAreNotWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.gpkg"));
        makeTestCache(path)->db().exec(QStringLiteral("UPDATE zhili_meta SET value = '99' WHERE key = "
                                                      "'schema_version'"));
        const QByteArray before = fileHash(path);
        const QString e = errorOf([&] { GeoPackageCache::open(path); });
        QVERIFY2(e.contains(QStringLiteral("newer Zhili")), qPrintable(e));
        QCOMPARE(fileHash(path), before);
        QVERIFY(GeoPackageCache::open(path, true)->parcelCount() > 0); // still readable
    }

    // A hand-edited version used to be reported as "no zhili_meta table" although the table is there.
    void damagedVersionIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.gpkg"));
        makeTestCache(path)->db().exec(QStringLiteral("UPDATE zhili_meta SET value = 'x1' WHERE key = "
                                                      "'schema_version'"));
        for (bool readOnly : {true, false}) {
            const QString e = errorOf([&] { GeoPackageCache::open(path, readOnly); });
            QVERIFY2(e.contains(QStringLiteral("no valid schema version")) &&
                         e.contains(QStringLiteral("x1")),
                     qPrintable(e));
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"
