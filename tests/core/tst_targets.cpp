// Targets CSV import: all-or-nothing with every bad row reported, encodings, roles and audit; RAG thresholds.
#include "cache/geopackagecache.h"
#include "edit/permissiondenied.h"
#include "edit/user.h"
#include "freshcachetest.h"
#include "indicators/indicatorstore.h"
#include "indicators/targetimporter.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "testusers.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestTargets : public FreshCacheTest {
    Q_OBJECT
private Q_SLOTS:
    void importsGoodFileWithBomAndCityWideRows()
    {
        const QString path = m_dir.write(
            QStringLiteral("good.csv"),
            "\xEF\xBB\xBFyear,ecosystem,district,land_mu,energy_tce,finance_wan,projects,tax_wan\n"
            "2025,bio,西湖区,120.5,3000,8000,4,\n"
            "2025,生物医药,,500,10000,40000,12,900\n"
            "2025,\"高端装备\",滨江区,\"1,200\",0,0,3,\n"
            "2026,iot,全市,10,20,30,1,\n");
        const TargetImportResult r = TargetImporter(*m_cache).import(testPlanner(), path);
        QCOMPARE(r.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(r.rows, 4);
        QCOMPARE(r.written.inserted, 4);
        IndicatorStore store(*m_cache);
        const QList<Target> t2025 = store.targets(2025);
        QCOMPARE(t2025.size(), 3);
        const auto bio = store.target(2025, QStringLiteral("bio"), QStringLiteral("西湖区"));
        QVERIFY(bio);
        QCOMPARE(bio->landMu, 120.5);
        QCOMPARE(bio->energyTce, 3000.0);
        QCOMPARE(bio->financeWan, 8000.0);
        QCOMPARE(bio->projects, 4);
        QVERIFY(!bio->taxWan);
        const auto city = store.target(2025, QStringLiteral("bio"), QString());
        QVERIFY(city);
        QCOMPARE(*city->taxWan, 900.0);
        QCOMPARE(store.target(2025, QStringLiteral("equip"), QStringLiteral("滨江区"))->landMu, 1200.0);
        QVERIFY(store.target(2026, QStringLiteral("iot"), QString()));
        // Stored city-wide as '' (not NULL) so the key is unique.
        QCOMPARE(scalarOf(*m_cache, QStringLiteral("SELECT count(*) FROM zhili_targets WHERE district = ''")),
                 2);
        // One accepted audit row per written target.
        QCOMPARE(scalarOf(*m_cache,
                          QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'target' AND "
                                         "accepted = 1 AND action = 'import' AND user = '王规划'")),
                 4);

        // The same file again changes nothing and writes no audit rows.
        const qint64 audit = auditRowCount(m_cache->db());
        const TargetImportResult again = TargetImporter(*m_cache).import(testPlanner(), path);
        QCOMPARE(again.written.unchanged, 4);
        QCOMPARE(again.written.inserted + again.written.updated, 0);
        QCOMPARE(auditRowCount(m_cache->db()), audit);
    }

    void refusesBadFileWholeAndReportsEveryBadRow()
    {
        const QString good = m_dir.write(QStringLiteral("g.csv"),
                                         "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
                                         "2025,bio,西湖区,1,2,3,4\n");
        TargetImporter(*m_cache).import(testPlanner(), good);
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_targets"));
        const qint64 auditBefore = auditRowCount(m_cache->db());

        const QString bad = m_dir.write(QStringLiteral("bad.csv"),
                                        "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
                                        "2025,bio,西湖区,999,2,3,4\n"      // line 2: good (would update)
                                        "2025,化工,西湖区,1,2,3,4\n"       // 3: unknown ecosystem
                                        "2025,bio,不存在区,1,2,3,4\n"      // 4: unknown district
                                        "2025,iot,滨江区,-5,2,3,4\n"       // 5: negative
                                        "2025,iot,萧山区,abc,2,3,4\n"      // 6: non-numeric
                                        "2025,mat,萧山区,1,nan,inf,4\n"    // 7: non-finite ×2
                                        "20x5,mat,滨江区,1,2,3,4\n"        // 8: bad year
                                        "2025,bio,西湖区,1,2,3,4\n"        // 9: duplicate of line 2
                                        "2025,energy,西湖区,1,2,3,2.5\n"); // 10: fractional projects
        const std::optional<CsvImportRefused> refusal =
            csvRefusalOf([&] { TargetImporter(*m_cache).import(testPlanner(), bad); });
        QVERIFY2(refusal, "a file with bad rows was imported");
        QMap<int, QStringList> byLine;
        for (const CsvProblem &p : refusal->problems())
            byLine[p.line].append(p.column);
        QCOMPARE(byLine.keys(), (QList<int>{3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(byLine[3], QStringList{QStringLiteral("ecosystem")});
        QCOMPARE(byLine[4], QStringList{QStringLiteral("district")});
        QCOMPARE(byLine[5], QStringList{QStringLiteral("land_mu")});
        QCOMPARE(byLine[6], QStringList{QStringLiteral("land_mu")});
        QCOMPARE(byLine[7], (QStringList{QStringLiteral("energy_tce"), QStringLiteral("finance_wan")}));
        QCOMPARE(byLine[8], QStringList{QStringLiteral("year")});
        QVERIFY(refusal->message().contains(QStringLiteral("line 9")));
        QVERIFY2(refusal->message().contains(QStringLiteral("duplicate of line 2")),
                 qPrintable(refusal->message()));
        QCOMPARE(byLine[10], QStringList{QStringLiteral("projects")});
        QVERIFY(refusal->message().contains(QStringLiteral("negative")));
        QVERIFY(refusal->message().contains(QStringLiteral("not a number")));
        QVERIFY(refusal->message().contains(QStringLiteral("finite")));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_targets")), before);
        QCOMPARE(auditRowCount(m_cache->db()), auditBefore);
        QCOMPARE(
            IndicatorStore(*m_cache).target(2025, QStringLiteral("bio"), QStringLiteral("西湖区"))->landMu,
            1.0);
    }

    void refusesWrongHeader()
    {
        const QString path =
            m_dir.write(QStringLiteral("h.csv"),
                        "year,ecosystem,district,land,energy_tce,finance_wan,projects\n2025,bio,,1,2,3,4\n");
        const std::optional<CsvImportRefused> refusal =
            csvRefusalOf([&] { TargetImporter(*m_cache).read(path); });
        QVERIFY2(refusal, "wrong header accepted");
        QCOMPARE(refusal->problems().size(), 2); // land_mu missing, "land" unknown
        QCOMPARE(refusal->problems().at(0).line, 1);
        const CsvProblem &unknown = refusal->problems().at(1);
        QCOMPARE(unknown.column, QStringLiteral("land"));
        // The columns allowed: the required ones, then the optional ones.
        QCOMPARE(unknown.reason,
                 QStringLiteral("unknown column; allowed: %1")
                     .arg((TargetImporter::requiredColumns() + TargetImporter::optionalColumns())
                              .join(QLatin1Char(','))));
        QVERIFY(unknown.reason.endsWith(QStringLiteral("projects,tax_wan,value_added_wan")));
    }

    void readsGbkFromExcel()
    {
        const QString text =
            QStringLiteral("year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
                           "2025,新材料,萧山区,30,40,50,2\n2025,绿色能源,,1,1,1,1\n");
        QStringEncoder gbk("GB18030");
        const QByteArray bytes = gbk(text);
        QVERIFY(bytes != text.toUtf8());
        QString encoding;
        const QList<Target> list =
            TargetImporter(*m_cache).read(m_dir.write(QStringLiteral("gbk.csv"), bytes), &encoding);
        QCOMPARE(encoding, QStringLiteral("GB18030"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].ecosystem, QStringLiteral("mat"));
        QCOMPARE(list[0].district, QStringLiteral("萧山区"));
        QCOMPARE(list[1].ecosystem, QStringLiteral("energy"));
        QVERIFY(list[1].district.isEmpty());
    }

    void onlyPlannersAndAdminsMayImport()
    {
        const QString path = m_dir.write(
            QStringLiteral("o.csv"),
            "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n2025,bio,,1,2,3,4\n");
        const User officer{QStringLiteral("李干部"), Role::Officer, QStringLiteral("西湖区"), QString(),
                           false};
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_targets"));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, TargetImporter(*m_cache).import(officer, path));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_targets")), before);
        QCOMPARE(
            scalarOf(*m_cache,
                     QStringLiteral("SELECT count(*) FROM zhili_audit WHERE accepted = 0 AND user = '李干部' "
                                    "AND target_kind = 'target'")),
            1);
        QVERIFY_THROWS_EXCEPTION(
            PermissionDenied, IndicatorStore(*m_cache).setKeyDistricts(officer, QStringLiteral("bio"), {}));
        const User admin{QStringLiteral("管理员"), Role::Admin, QString(), QString(), false};
        QCOMPARE(TargetImporter(*m_cache).import(admin, path).written.inserted, 1);
    }

    void keyDistrictsAndQuotasAreValidatedAndAudited()
    {
        IndicatorStore store(*m_cache);
        const KeyDistrict xh{QStringLiteral("bio"), QStringLiteral("西湖区"), 100, 2000, 3000};
        const KeyDistrict bj{QStringLiteral("bio"), QStringLiteral("滨江区"), 0, 0, 0};
        QCOMPARE(store.setKeyDistricts(testPlanner(), QStringLiteral("bio"), {xh, bj}).inserted, 2);
        QCOMPARE(store.keyDistricts(QStringLiteral("bio")), (QList<KeyDistrict>{bj, xh}));
        // Replacing the set removes the district no longer listed.
        const WriteSummary s = store.setKeyDistricts(testPlanner(), QStringLiteral("bio"), {xh});
        QCOMPARE(s.removed, 1);
        QCOMPARE(s.unchanged, 1);
        QCOMPARE(store.keyDistricts(QStringLiteral("bio")), QList<KeyDistrict>{xh});
        QVERIFY_THROWS_EXCEPTION(
            Error, store.setKeyDistricts(testPlanner(), QStringLiteral("bio"),
                                         {{QStringLiteral("bio"), QStringLiteral("火星区"), 0, 0, 0}}));
        QCOMPARE(
            scalarOf(*m_cache,
                     QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'key_district'")),
            3);

        store.setQuota(testPlanner(), {2025, QStringLiteral("西湖区"), Resource::Land, 500});
        QCOMPARE(store.quotas(2025).size(), 1);
        QCOMPARE(store.quotas(2025).first().quota, 500.0);
        QVERIFY_THROWS_EXCEPTION(
            Error, store.setQuota(testPlanner(), {2025, QStringLiteral("西湖区"), Resource::Land, -1}));
    }

    void ragThresholds()
    {
        RagThresholds t; // defaults: green ≥ 90 %, amber ≥ 60 %
        QCOMPARE(t.classify(std::nullopt), Rag::None);
        QCOMPARE(t.classify(0.9), Rag::Green);
        QVERIFY(0.009 / 0.01 < 0.9);                    // 90 % in decimal, 0.8999999999999999 in binary
        QCOMPARE(t.classify(0.009 / 0.01), Rag::Green); // …still green
        QCOMPARE(t.classify(0.8999), Rag::Amber);
        QCOMPARE(t.classify(0.6), Rag::Amber);
        QCOMPARE(t.classify(0.5999), Rag::Red);
        QCOMPARE(t.classify(0.0), Rag::Red);
        QCOMPARE(t.classify(1.7), Rag::Green);

        IndicatorStore store(*m_cache);
        QCOMPARE(store.ragThresholds().green, 0.9);
        QCOMPARE(store.ragThresholds().amber, 0.6);
        store.setRagThresholds(testPlanner(), {0.8, 0.5});
        QCOMPARE(store.ragThresholds().classify(0.85), Rag::Green);
        QCOMPARE(store.ragThresholds().classify(0.55), Rag::Amber);
        QVERIFY_THROWS_EXCEPTION(Error, store.setRagThresholds(testPlanner(), {0.5, 0.8}));
    }
};

QTEST_GUILESS_MAIN(TestTargets)
#include "tst_targets.moc"
