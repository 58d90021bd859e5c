// Target and key-district edits as the app's editor makes them (IndicatorStore::applyTargetEdits,
// replaceKeyDistricts, checkTarget): validation with a message per problem, compare-and-set against the row
// the editor saw, one transaction with one audit row per changed row, undo by the reversed edit, and the role
// rule (officers refused, the refusal audited, nothing written).
#include "cache/geopackagecache.h"
#include "edit/permissiondenied.h"
#include "edit/user.h"
#include "freshcachetest.h"
#include "indicators/indicatorstore.h"
#include "testcache.h"
#include "testdir.h"
#include "testusers.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace zhili;
using namespace zhili::test;

namespace {
Target target(const char *district, double land, qint64 projects = 1)
{
    Target t;
    t.year = 2025;
    t.ecosystem = QStringLiteral("bio");
    t.district = QString::fromUtf8(district);
    t.landMu = land;
    t.energyTce = 10;
    t.financeWan = 20;
    t.projects = projects;
    return t;
}
} // namespace

class TestTargetEdits : public FreshCacheTest {
    Q_OBJECT
private Q_SLOTS:
    void checkTargetNamesEveryProblem()
    {
        IndicatorStore store(*m_cache);
        QVERIFY(store.checkTarget(target("西湖区", 5)).isEmpty());
        QVERIFY(store.checkTarget(target("", 5)).isEmpty()); // city-wide
        Target bad = target("不存在区", -1);
        bad.ecosystem = QStringLiteral("steel");
        bad.energyTce = std::numeric_limits<double>::quiet_NaN();
        bad.financeWan = std::numeric_limits<double>::infinity();
        bad.projects = -2;
        bad.taxWan = -3;
        const QStringList problems = store.checkTarget(bad);
        QCOMPARE(problems.size(), 7);
        const QString all = problems.join(QLatin1Char('\n'));
        for (const char *word :
             {"steel", "不存在区", "land_mu", "energy_tce", "finance_wan", "projects", "tax_wan"})
            QVERIFY2(all.contains(QString::fromUtf8(word)), word);
        QVERIFY(all.contains(QStringLiteral("西湖区"))); // lists the known districts
        // saveTargets (used by the CSV import) applies the same rules and writes nothing.
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_targets"));
        QVERIFY_THROWS_EXCEPTION(Error, store.saveTargets(testPlanner(), {target("西湖区", 1), bad}));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_targets")), before);
    }

    void addEditMoveRemoveAndUndo()
    {
        IndicatorStore store(*m_cache);
        const qint64 audit0 = auditRowCount(m_cache->db(), 1);
        // Add.
        const TargetEdit add{std::nullopt, target("西湖区", 50)};
        QCOMPARE(store.applyTargetEdits(testPlanner(), {add}).inserted, 1);
        QCOMPARE(store.target(2025, QStringLiteral("bio"), QStringLiteral("西湖区")), add.after);
        QCOMPARE(auditRowCount(m_cache->db(), 1), audit0 + 1);
        // Edit.
        const TargetEdit edit{add.after, target("西湖区", 80, 3)};
        QCOMPARE(store.applyTargetEdits(testPlanner(), {edit}).updated, 1);
        QCOMPARE(
            scalarOf(*m_cache, QStringLiteral("SELECT land_mu FROM zhili_targets WHERE district = '西湖区'")),
            80);
        QCOMPARE(
            scalarOf(*m_cache,
                     QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'target' AND "
                                    "target_label = '2025/bio/西湖区' AND old_value LIKE '%\"land_mu\":50%' "
                                    "AND new_value LIKE '%\"land_mu\":80%'")),
            1);
        // Move to another district: one removal and one insertion, two audit rows with one edit id.
        const TargetEdit move{edit.after, target("滨江区", 80, 3)};
        const WriteSummary moved = store.applyTargetEdits(testPlanner(), {move});
        QCOMPARE(moved.removed, 1);
        QCOMPARE(moved.inserted, 1);
        QVERIFY(!store.target(2025, QStringLiteral("bio"), QStringLiteral("西湖区")));
        QCOMPARE(
            scalarOf(*m_cache, QStringLiteral("SELECT count(DISTINCT edit_id) FROM zhili_audit WHERE id > "
                                              "(SELECT max(id) - 2 FROM zhili_audit)")),
            1);
        // Undo the move, then the edit: back to the first row.
        store.applyTargetEdits(testPlanner(), {move.reversed()}, QStringLiteral("undo"));
        store.applyTargetEdits(testPlanner(), {edit.reversed()}, QStringLiteral("undo"));
        QCOMPARE(store.targets(2025), QList<Target>{*add.after});
        QCOMPARE(scalarOf(*m_cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'undo'")),
                 3);
        // Remove.
        QCOMPARE(store.applyTargetEdits(testPlanner(), {TargetEdit{add.after, std::nullopt}}).removed, 1);
        QVERIFY(store.targets(2025).isEmpty());
    }

    void refusesStaleEditsDuplicatesAndBadValuesWritingNothing()
    {
        IndicatorStore store(*m_cache);
        store.applyTargetEdits(testPlanner(),
                               {{std::nullopt, target("西湖区", 50)}, {std::nullopt, target("", 99)}});
        // Someone else changed the row after the editor read it (the CLI, another window).
        store.saveTargets(testPlanner(), {target("西湖区", 60)});
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_targets"));
        const qint64 audit = auditRowCount(m_cache->db());
        try {
            store.applyTargetEdits(testPlanner(), {{target("西湖区", 50), target("西湖区", 70)}});
            QFAIL("a stale edit was written");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("changed since")), qPrintable(e.message()));
        }
        // A new row on a taken key.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 store.applyTargetEdits(testPlanner(), {{std::nullopt, target("", 1)}}));
        // A bad value anywhere: nothing is written.
        QVERIFY_THROWS_EXCEPTION(
            Error, store.applyTargetEdits(testPlanner(), {{target("西湖区", 60), target("西湖区", 61)},
                                                          {target("", 99), target("", -5)}}));
        // A good edit then a stale one: the first is rolled back with the transaction.
        QVERIFY_THROWS_EXCEPTION(
            Error, store.applyTargetEdits(testPlanner(), {{target("西湖区", 60), target("西湖区", 61)},
                                                          {target("", 98), target("", 97)}}));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_targets")), before);
        QCOMPARE(auditRowCount(m_cache->db()), audit);
    }

    void officersAreRefusedAndTheRefusalIsAudited()
    {
        IndicatorStore store(*m_cache);
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_targets"));
        QVERIFY_THROWS_EXCEPTION(
            PermissionDenied, store.applyTargetEdits(testOfficer(), {{std::nullopt, target("西湖区", 5)}}));
        QVERIFY_THROWS_EXCEPTION(
            PermissionDenied,
            store.replaceKeyDistricts(testOfficer(), QStringLiteral("bio"), {},
                                      {{QStringLiteral("bio"), QStringLiteral("西湖区"), 1, 2, 3}}));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_targets")), before);
        QCOMPARE(scalarOf(*m_cache, QStringLiteral("SELECT count(*) FROM zhili_key_districts")), 0);
        QCOMPARE(scalarOf(*m_cache,
                          QStringLiteral("SELECT count(*) FROM zhili_audit WHERE accepted = 0 AND user = "
                                         "'李干部' AND target_kind = 'target' AND target_label = "
                                         "'2025/bio/西湖区'")),
                 1);
        QCOMPARE(scalarOf(*m_cache,
                          QStringLiteral("SELECT count(*) FROM zhili_audit WHERE accepted = 0 AND user = "
                                         "'李干部' AND target_kind = 'key_district'")),
                 1);
    }

    void keyDistrictsCompareAndSetWithUndo()
    {
        IndicatorStore store(*m_cache);
        const KeyDistrict xh{QStringLiteral("bio"), QStringLiteral("西湖区"), 100, 0, 0};
        const KeyDistrict bj{QStringLiteral("bio"), QStringLiteral("滨江区"), 0, 500, 0};
        QCOMPARE(store.replaceKeyDistricts(testPlanner(), QStringLiteral("bio"), {}, {xh, bj}).inserted, 2);
        // Stale: the editor thinks there are none.
        QVERIFY_THROWS_EXCEPTION(Error,
                                 store.replaceKeyDistricts(testPlanner(), QStringLiteral("bio"), {}, {xh}));
        QCOMPARE(store.keyDistricts(QStringLiteral("bio")).size(), 2);
        // Order does not matter for the comparison; undo restores none.
        store.replaceKeyDistricts(testPlanner(), QStringLiteral("bio"), {bj, xh}, {}, QStringLiteral("undo"));
        QVERIFY(store.keyDistricts(QStringLiteral("bio")).isEmpty());
        QCOMPARE(scalarOf(*m_cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = "
                                                   "'key_district' AND action = 'undo' AND accepted = 1")),
                 2);
    }
};

QTEST_MAIN(TestTargetEdits)
#include "tst_targetedits.moc"
