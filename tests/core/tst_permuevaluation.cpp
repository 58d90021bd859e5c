// 亩均论英雄: enterprise CSV import (all-or-nothing), per-mu formulas against hand computation (two parcels,
// none), weighted score with the year's rules, A/B/C/D percentile bands at their boundaries, class per
// parcel.
#include "cache/geopackagecache.h"
#include "edit/user.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/indicatorstore.h"
#include "indicators/permuevaluator.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "testusers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
const EnterpriseEvaluation *find(const PerMuEvaluation &ev, const QString &name)
{
    for (const EnterpriseEvaluation &e : ev.enterprises)
        if (e.name == name)
            return &e;
    return nullptr;
}

QString grades(const QList<QChar> &list)
{
    QString s;
    for (QChar c : list)
        s += c;
    return s;
}
} // namespace

class TestPerMuEvaluation : public QObject {
    Q_OBJECT
private:
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        // 200 × 100 m = 20000 m² = 30 亩; 100 × 100 m = 15 亩.
        m_cache =
            makeTestCache(m_dir.filePath(QStringLiteral("e.gpkg")),
                          {sizedParcel("P1", "西湖区", 200, 100), sizedParcel("P2", "西湖区", 100, 100),
                           sizedParcel("P3", "滨江区", 100, 100), sizedParcel("P4", "滨江区", 100, 100),
                           sizedParcel("DUP", "西湖区", 100, 100), sizedParcel("DUP", "萧山区", 100, 100)});
        const QString csv =
            m_dir.write(QStringLiteral("ent.csv"),
                        "name,year,parcels,tax_wan,value_added_wan,energy_tce,employees,rd_wan,revenue_wan,"
                        "emissions_t\n"
                        "甲公司,2025,P1;P2,900,2250,450,150,90,3000,15\n"
                        "乙公司,2025,,50,100,50,20,1,800,\n"
                        "丙公司,2025,P3,150,300,100,30,0,500,2\n"
                        "丁公司,2025,西湖区:DUP；P4,600,,,,,2500,\n");
        const EnterpriseImportResult r = EnterpriseImporter(*m_cache).import(testPlanner(), csv);
        QCOMPARE(r.rows, 4);
        QCOMPARE(r.renting, 1);
        QCOMPARE(r.written.inserted, 4);
    }

    void importRefusesBadRowsWhole()
    {
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_enterprises")) +
                                  tableHash(m_cache->db(), QStringLiteral("zhili_enterprise_parcels"));
        const QString csv =
            m_dir.write(QStringLiteral("bad.csv"),
                        "name,year,parcels,tax_wan,value_added_wan,energy_tce,employees,rd_wan,revenue_wan,"
                        "emissions_t\n"
                        "甲公司,2025,P1,1,1,1,1,1,1,1\n"   // 2: fine (would update)
                        "戊公司,2025,NOPE,1,1,1,1,1,1,1\n" // 3: unknown parcel
                        "己公司,2025,DUP,1,1,1,1,1,1,1\n"  // 4: ambiguous code
                        "庚公司,2025,P1,-1,1,1,1,1,1,1\n"  // 5: negative
                        "辛公司,1800,P1,1,1,1,1,1,1,1\n"   // 6: bad year
                        ",2025,P1,1,1,1,1,1,1,1\n"         // 7: empty name
                        "甲公司,2025,P2,1,1,1,1,1,1,1\n"   // 8: duplicate of line 2
                        "壬公司,2025,P1,1,x,1,1,1,1,1\n"); // 9: not a number
        const std::optional<CsvImportRefused> refusal =
            csvRefusalOf([&] { EnterpriseImporter(*m_cache).import(testPlanner(), csv); });
        QVERIFY2(refusal, "bad enterprises file imported");
        QList<int> lines;
        for (const CsvProblem &p : refusal->problems())
            lines.append(p.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(refusal->problems()[0].column, QStringLiteral("parcels"));
        QCOMPARE(refusal->problems()[0].value, QStringLiteral("NOPE"));
        QVERIFY(refusal->problems()[1].reason.contains(QStringLiteral("萧山区")));
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_enterprises")) +
                     tableHash(m_cache->db(), QStringLiteral("zhili_enterprise_parcels")),
                 before);
    }

    void formulasByHand()
    {
        const PerMuEvaluation ev = PerMuEvaluator::evaluate(*m_cache, 2025);
        QCOMPARE(ev.rules.year, 0); // the built-in default version
        QCOMPARE(ev.enterprises.size(), 4);

        // 甲: two parcels, 30 + 15 = 45 亩.
        const EnterpriseEvaluation *a = find(ev, QStringLiteral("甲公司"));
        QVERIFY(a);
        QCOMPARE(a->parcelFids.size(), 2);
        QVERIFY(qAbs(a->landMu - 45.0) < 1e-9);
        QVERIFY(!a->renting);
        QVERIFY(a->large);                                                      // revenue 3000 ≥ 2000
        QVERIFY(qAbs(*a->value(PerMuIndicator::TaxPerMu) - 900.0 / 45) < 1e-9); // 20
        QVERIFY(qAbs(*a->value(PerMuIndicator::ValueAddedPerMu) - 2250.0 / 45) < 1e-9); // 50
        QCOMPARE(*a->value(PerMuIndicator::ValueAddedPerTce), 5.0);                     // 2250 / 450
        QCOMPARE(*a->value(PerMuIndicator::ValueAddedPerEmission), 150.0);              // 2250 / 15
        QCOMPARE(*a->value(PerMuIndicator::Productivity), 15.0);                        // 2250 / 150
        QCOMPARE(*a->value(PerMuIndicator::RdIntensity), 0.03);                         // 90 / 3000
        // Default benchmarks 30, 120, 2, 100, 30, 0.03 with weights 30/20/20/10/10/10:
        // 20/30·30 + 50/120·20 + 5/2·20 + 150/100·10 + 15/30·10 + 1·10 = 20 + 8.333… + 50 + 15 + 5 + 10
        QVERIFY(qAbs(*a->score - (20 + 50.0 / 120 * 20 + 50 + 15 + 5 + 10)) < 1e-9);

        // 乙: no parcels → renting: no land, no per-mu figures, no score, no class; other indicators
        // computed.
        const EnterpriseEvaluation *b = find(ev, QStringLiteral("乙公司"));
        QVERIFY(b->renting);
        QCOMPARE(b->landMu, 0.0);
        QVERIFY(!b->value(PerMuIndicator::TaxPerMu));
        QVERIFY(!b->value(PerMuIndicator::ValueAddedPerMu));
        QCOMPARE(*b->value(PerMuIndicator::ValueAddedPerTce), 2.0); // 100 / 50
        QCOMPARE(*b->value(PerMuIndicator::Productivity), 5.0);     // 100 / 20
        QVERIFY(!b->value(PerMuIndicator::ValueAddedPerEmission));  // no emissions figure
        QVERIFY(!b->score);
        QVERIFY(b->grade.isNull());

        // 丙: revenue 500 < 2000 → 规下, scored on 亩均税收 only: (150 / 15) / 15 × 100.
        const EnterpriseEvaluation *c = find(ev, QStringLiteral("丙公司"));
        QVERIFY(!c->large);
        QVERIFY(qAbs(*c->score - 10.0 / 15 * 100) < 1e-9);
        QCOMPARE(c->grade, QLatin1Char('A')); // alone in its group

        // 丁: the code used in two districts, qualified as 西湖区:DUP, plus P4 → 30 亩; missing figures earn
        // 0.
        const EnterpriseEvaluation *d = find(ev, QStringLiteral("丁公司"));
        QCOMPARE(d->parcelCodes, (QStringList{QStringLiteral("DUP"), QStringLiteral("P4")}));
        QVERIFY(qAbs(d->landMu - 30.0) < 1e-9);
        QVERIFY(!d->value(PerMuIndicator::ValueAddedPerMu));
        QVERIFY(qAbs(*d->score - 600.0 / 30 / 30 * 30) < 1e-9); // tax only: 20 / 30 × 30
        // Large group: 甲 (108.3) then 丁 (20): N = 2 → 甲 p = 0 → A, 丁 p = 50 → B.
        QCOMPARE(a->grade, QLatin1Char('A'));
        QCOMPARE(d->grade, QLatin1Char('B'));
        QCOMPARE(d->percentile, 50.0);
    }

    void bandsAtBoundaries()
    {
        QList<double> twenty;
        for (int i = 0; i < 20; ++i)
            twenty.append(100 - i);
        // p = 0, 5, …, 95: A p < 20 (4), B p < 80 (12), C p < 95 (3), D (1).
        QCOMPARE(grades(PerMuEvaluator::classify(twenty, 20, 80, 95)),
                 QStringLiteral("AAAABBBBBBBBBBBBCCCD"));
        QList<double> ten;
        for (int i = 0; i < 10; ++i)
            ten.append(i); // ascending input: the order of the list does not matter
        // Descending p: score 9 → 0 %, 8 → 10 %, …, 0 → 90 %: 2 A, 6 B, 2 C, no D (5 % of 10 is half a firm).
        QCOMPARE(grades(PerMuEvaluator::classify(ten, 20, 80, 95)), QStringLiteral("CCBBBBBBAA"));
        // Ties share the better place: the 2nd/3rd tie at p = 10 → both A; the next has p = 30 → B.
        QList<double> pct;
        QCOMPARE(grades(PerMuEvaluator::classify({9, 8, 8, 7, 6, 5, 4, 3, 2, 1}, 20, 80, 95, &pct)),
                 QStringLiteral("AAABBBBBCC"));
        QCOMPARE(pct.mid(0, 4), (QList<double>{0, 10, 10, 30}));
        // All equal: all A.
        QCOMPARE(grades(PerMuEvaluator::classify({5, 5, 5, 5}, 20, 80, 95)), QStringLiteral("AAAA"));
        // One firm: A. None: nothing.
        QCOMPARE(grades(PerMuEvaluator::classify({0.0}, 20, 80, 95)), QStringLiteral("A"));
        QVERIFY(PerMuEvaluator::classify({}, 20, 80, 95).isEmpty());
        // Exactly on a boundary is the lower class: N = 5, second best p = 20 = bandA → B.
        QCOMPARE(grades(PerMuEvaluator::classify({5, 4, 3, 2, 1}, 20, 80, 95)), QStringLiteral("ABBBC"));
    }

    void rulesAreVersionedDataAndParcelsGetTheWorstClass()
    {
        IndicatorStore store(*m_cache);
        EvaluationRules r;
        r.year = 2030;
        r.largeRevenueWan = 0; // everyone 规上
        r.bandA = 34;
        r.bandB = 50;
        r.bandC = 60;
        r.large = {{PerMuIndicator::TaxPerMu, 10, 100}};
        r.small = {{PerMuIndicator::TaxPerMu, 10, 100}};
        store.saveEvaluationRules(testPlanner(), r);
        QCOMPARE(store.evaluationRules(2029).year, 0);
        QCOMPARE(store.evaluationRules(2031).year, 2030);
        QCOMPARE(store.evaluationRules(2031).large.size(), 1);
        r.bandA = 90;
        r.bandB = 10;
        QVERIFY_THROWS_EXCEPTION(Error, store.saveEvaluationRules(testPlanner(), r));

        const QString csv = m_dir.write(QStringLiteral("2030.csv"),
                                        "name,year,parcels,tax_wan,revenue_wan\n"
                                        "高,2030,P1,3000,1\n"    // 100 万元/亩 → score 1000, p 0 → A
                                        "中,2030,P3,750,1\n"     // 50 万元/亩 → 500, p 33.3 → A
                                        "低,2030,P1;P4,45,1\n"); // 45 / 45 亩 = 1 → 10, p 66.7 → D
        EnterpriseImporter(*m_cache).import(testPlanner(), csv);
        const PerMuEvaluation ev = PerMuEvaluator::evaluate(*m_cache, 2030);
        QCOMPARE(ev.rules.year, 2030);
        QCOMPARE(find(ev, QStringLiteral("高"))->grade, QLatin1Char('A'));
        QCOMPARE(find(ev, QStringLiteral("中"))->grade, QLatin1Char('A'));
        QCOMPARE(find(ev, QStringLiteral("低"))->grade, QLatin1Char('D'));
        QVERIFY(qAbs(*find(ev, QStringLiteral("高"))->score - 1000) < 1e-9);
        const QHash<qint64, QChar> byParcel = ev.parcelGrades();
        QCOMPARE(byParcel.value(testParcelFid(*m_cache, QStringLiteral("P1"))),
                 QLatin1Char('D')); // 高 A + 低 D
        QCOMPARE(byParcel.value(testParcelFid(*m_cache, QStringLiteral("P3"))), QLatin1Char('A'));
        QCOMPARE(byParcel.value(testParcelFid(*m_cache, QStringLiteral("P4"))), QLatin1Char('D'));
        QVERIFY(!byParcel.contains(testParcelFid(*m_cache, QStringLiteral("P2"))));
    }
};

QTEST_GUILESS_MAIN(TestPerMuEvaluation)
#include "tst_permuevaluation.moc"
