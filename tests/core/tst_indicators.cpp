// Progress indicators, allocation ledger and double-count flags, checked against independent SQL and by hand;
// the report CSV must carry exactly the figures of IndicatorReport::compute (what the dashboard shows).
#include "cache/geopackagecache.h"
#include "edit/user.h"
#include "i18n/language.h"
#include "indicators/indicatorreport.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/indicatorstore.h"
#include "io/csvtable.h"
#include "testcache.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
User planner()
{
    return User{QStringLiteral("planner"), Role::Planner, QString(), QString(), false};
}

TestParcel parcel(const char *code, const char *district, const char *eco, double w, double h, double land,
                  double energy, double finance, const char *enterprise = "", double x = 0, double y = 0)
{
    TestParcel p;
    p.code = QString::fromUtf8(code);
    p.district = QString::fromUtf8(district);
    p.width = w;
    p.height = h;
    p.assignment.ecosystem = QString::fromUtf8(eco);
    p.assignment.landMu = land;
    p.assignment.energyTce = energy;
    p.assignment.financeWan = finance;
    p.assignment.enterprise = QString::fromUtf8(enterprise);
    p.x = x;
    p.y = y;
    return p;
}

QList<TestParcel> parcels()
{
    return {
        parcel("A1", "西湖区", "bio", 200, 100, 25, 100, 1000, "甲公司"), // 30 亩
        parcel("A2", "西湖区", "bio", 100, 100, 15, 50, 500),             // 15 亩
        parcel("A3", "西湖区", "iot", 100, 100, 40, 70, 700, " 甲公司 "),
        parcel("B1", "滨江区", "bio", 100, 100, 60, 30, 300),
        parcel("B2", "滨江区", "", 100, 100, 0, 0, 0),
        // Overlapping pair (the same land twice) and an edge-sharing pair that must not be flagged.
        parcel("O1", "萧山区", "mat", 100, 100, 10, 1, 1, "", 600000, 3360000),
        parcel("O2", "萧山区", "energy", 100, 100, 10, 1, 1, "", 600020, 3360020),
        parcel("C1", "萧山区", "equip", 100, 100, 5, 1, 1, "", 610000, 3360000),
        parcel("C2", "萧山区", "equip", 100, 100, 5, 1, 1, "", 610100, 3360000),
    };
}

struct SqlSums {
    qint64 n = 0;
    double area = 0, land = 0, energy = 0, finance = 0;
};

SqlSums sqlSums(GeoPackageCache &c, const QString &eco, const QString &district)
{
    auto st = c.db().prepare(QStringLiteral("SELECT count(*), total(area_m2) * 15 / 10000, total(land_mu), "
                                            "total(energy_tce), total(finance_wan) FROM "
                                            "parcels WHERE ecosystem = ?1 AND (?2 = '' OR district = ?2)"));
    st.bind(1, eco).bind(2, district.isEmpty() ? QStringLiteral("") : district);
    st.step();
    return {st.integer(0), st.real(1), st.real(2), st.real(3), st.real(4)};
}
} // namespace

class TestIndicators : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = makeTestCache(m_dir.filePath(QStringLiteral("i.gpkg")), parcels());
        IndicatorStore store(*m_cache);
        store.saveTargets(
            planner(), {
                           {2025, QStringLiteral("bio"), QStringLiteral("西湖区"), 50, 100, 3000, 4, {}, {}},
                           {2025, QStringLiteral("bio"), QString(), 200, 1000, 1e4, 10, {}, {}},
                           {2025, QStringLiteral("iot"), QStringLiteral("西湖区"), 40, 0, 1000, 1, {}, {}},
                           {2024, QStringLiteral("bio"), QStringLiteral("西湖区"), 1, 1, 1, 1, {}, {}},
                       });
        store.setKeyDistricts(planner(), QStringLiteral("bio"),
                              {{QStringLiteral("bio"), QStringLiteral("滨江区"), 50, 0, 0}});
        store.setQuota(planner(), {2025, QStringLiteral("西湖区"), Resource::Land, 70});
        store.setQuota(planner(), {2025, QStringLiteral("西湖区"), Resource::Energy, 500});
    }

    void sumsEqualIndependentSql()
    {
        const IndicatorReport r = IndicatorReport::compute(*m_cache, 2025);
        // 5 ecosystems × (city-wide + 3 districts)
        QCOMPARE(r.rows.size(), 20);
        for (const ProgressRow &row : r.rows) {
            const SqlSums s = sqlSums(*m_cache, row.ecosystem, row.district);
            const QString what = row.ecosystem + QLatin1Char('/') + row.districtLabel();
            QVERIFY2(row.parcels == s.n, qPrintable(what));
            QVERIFY2(qAbs(row.areaMu - s.area) < 1e-9, qPrintable(what));
            QVERIFY2(row.land.achieved == s.land, qPrintable(what));
            QVERIFY2(row.energy.achieved == s.energy, qPrintable(what));
            QVERIFY2(row.finance.achieved == s.finance, qPrintable(what));
            QVERIFY2(row.projects.achieved == double(s.n), qPrintable(what));
            QCOMPARE(IndicatorReport::contributingParcels(*m_cache, row.ecosystem, row.district).size(), s.n);
        }
    }

    void progressAndRagByHand()
    {
        const IndicatorReport r = IndicatorReport::compute(*m_cache, 2025);
        const ProgressRow *xh = r.row(QStringLiteral("bio"), QStringLiteral("西湖区"));
        QVERIFY(xh);
        // land 25 + 15 = 40 of 50 → 0.8 amber; energy 150 of 100 → 1.5 green; finance 1500 of 3000 → 0.5 red;
        // projects 2 parcels of 4 → 0.5 red; status = worst = red.
        QCOMPARE(xh->land.achieved, 40.0);
        QCOMPARE(*xh->land.progress, 0.8);
        QCOMPARE(xh->land.rag, Rag::Amber);
        QCOMPARE(*xh->energy.progress, 1.5);
        QCOMPARE(xh->energy.rag, Rag::Green);
        QCOMPARE(*xh->finance.progress, 0.5);
        QCOMPARE(xh->finance.rag, Rag::Red);
        QCOMPARE(*xh->projects.progress, 0.5);
        QCOMPARE(xh->status, Rag::Red);
        QCOMPARE(xh->areaMu, 45.0);
        // City-wide bio: land 25 + 15 + 60 = 100 of 200 → 0.5, against the city-wide target (not a sum).
        const ProgressRow *city = r.row(QStringLiteral("bio"), QString());
        QCOMPARE(city->land.achieved, 100.0);
        QCOMPARE(*city->land.target, 200.0);
        QCOMPARE(*city->land.progress, 0.5);
        // A target of 0 gives no progress and no colour (iot energy).
        const ProgressRow *iot = r.row(QStringLiteral("iot"), QStringLiteral("西湖区"));
        QCOMPARE(*iot->energy.target, 0.0);
        QVERIFY(!iot->energy.progress);
        QCOMPARE(iot->energy.rag, Rag::None);
        QCOMPARE(iot->land.rag, Rag::Green); // 40 of 40
        // No target at all: no progress anywhere.
        const ProgressRow *bj = r.row(QStringLiteral("bio"), QStringLiteral("滨江区"));
        QVERIFY(!bj->hasTarget);
        QCOMPARE(bj->status, Rag::None);
        // Key district 滨江区 was given 50 亩 for bio but 60 are allocated: flagged.
        QVERIFY(bj->keyDistrict);
        QCOMPARE(bj->flags.size(), 1);
        QVERIFY(!r.row(QStringLiteral("bio"), QStringLiteral("西湖区"))->keyDistrict);

        // The year selects the targets.
        QCOMPARE(*IndicatorReport::compute(*m_cache, 2024)
                      .row(QStringLiteral("bio"), QStringLiteral("西湖区"))
                      ->land.target,
                 1.0);
        // The ecosystem filter keeps only its rows.
        const IndicatorReport only = IndicatorReport::compute(*m_cache, 2025, QStringLiteral("生物医药"));
        QCOMPARE(only.rows.size(), 4);
        for (const ProgressRow &row : only.rows)
            QCOMPARE(row.ecosystem, QStringLiteral("bio"));
        QVERIFY_THROWS_EXCEPTION(Error, IndicatorReport::compute(*m_cache, 2025, QStringLiteral("化工")));
    }

    void ledgerFlagsOverAllocation()
    {
        const IndicatorReport r = IndicatorReport::compute(*m_cache, 2025);
        QCOMPARE(r.ledger.size(), 9); // 3 districts × 3 resources
        for (const LedgerRow &l : r.ledger) {
            auto st = m_cache->db().prepare(QStringLiteral("SELECT total(%1) FROM parcels WHERE district = ?")
                                                .arg(resourceKey(l.resource)));
            st.bind(1, l.district);
            st.step();
            QCOMPARE(l.allocated, st.real(0));
            if (l.district == QStringLiteral("西湖区") && l.resource == Resource::Land) {
                // 25 + 15 + 40 = 80 against 70
                QCOMPARE(*l.quota, 70.0);
                QCOMPARE(*l.balance, -10.0);
                QVERIFY(l.overAllocated);
            } else if (l.district == QStringLiteral("西湖区") && l.resource == Resource::Energy) {
                QCOMPARE(*l.balance, 500.0 - 220.0);
                QVERIFY(!l.overAllocated);
            } else {
                QVERIFY(!l.quota);
                QVERIFY(!l.overAllocated);
            }
        }
    }

    void doubleCounts()
    {
        const IndicatorReport r = IndicatorReport::compute(*m_cache, 2025);
        auto fid = [&](const char *code) { return testParcelFid(*m_cache, QString::fromUtf8(code)); };
        QList<DoubleCount> overlaps, enterprises;
        for (const DoubleCount &d : r.doubleCounts)
            (d.kind == QStringLiteral("overlap") ? overlaps : enterprises).append(d);
        QCOMPARE(overlaps.size(), 1); // O1/O2, not the edge-sharing C1/C2
        QCOMPARE(overlaps[0].fids, (QList<qint64>{fid("O1"), fid("O2")}));
        QCOMPARE(overlaps[0].ecosystems, (QStringList{QStringLiteral("mat"), QStringLiteral("energy")}));
        QCOMPARE(enterprises.size(), 1); // 甲公司 under bio (A1) and iot (A3), names trimmed
        QCOMPARE(enterprises[0].kind, QStringLiteral("enterprise"));
        QCOMPARE(enterprises[0].subject, QStringLiteral("甲公司"));
        QCOMPARE(enterprises[0].fids, (QList<qint64>{fid("A1"), fid("A3")}));
        // Filtered to an ecosystem not involved: no flags.
        QVERIFY(IndicatorReport::compute(*m_cache, 2025, QStringLiteral("equip")).doubleCounts.isEmpty());
    }

    void reportCsvCarriesTheEngineFigures()
    {
        const IndicatorReport r = IndicatorReport::compute(*m_cache, 2025);
        const CsvTable t = CsvTable::parse(IndicatorReportWriter::csv(r), QStringLiteral("report"));
        QCOMPARE(t.header(), IndicatorReportWriter::csvColumns());
        QCOMPARE(t.records().size(), r.rows.size());
        for (int i = 0; i < r.rows.size(); ++i) {
            const ProgressRow &row = r.rows[i];
            const CsvTable::Record &rec = t.records()[i];
            auto cell = [&](const char *c) { return CsvTable::cell(rec, t.column(QString::fromLatin1(c))); };
            QCOMPARE(cell("ecosystem"), row.ecosystem);
            QCOMPARE(cell("district"), row.district);
            QCOMPARE(cell("parcels").toLongLong(), row.parcels);
            QCOMPARE(cell("area_mu").toDouble(), row.areaMu); // exact: shortest round-trip text
            QCOMPARE(cell("land_mu").toDouble(), row.land.achieved);
            QCOMPARE(cell("energy_tce").toDouble(), row.energy.achieved);
            QCOMPARE(cell("finance_wan").toDouble(), row.finance.achieved);
            QCOMPARE(cell("land_mu_target").isEmpty(), !row.land.target);
            if (row.land.progress)
                QCOMPARE(cell("land_mu_progress").toDouble(), *row.land.progress);
            QCOMPARE(cell("land_mu_rag"), ragKey(row.land.rag));
            QCOMPARE(cell("status"), ragKey(row.status));
        }
        const QJsonObject json = IndicatorReportWriter::json(r);
        QCOMPARE(json.value(QStringLiteral("rows")).toArray().size(), r.rows.size());
        QCOMPARE(json.value(QStringLiteral("ledger")).toArray().size(), r.ledger.size());
        checkMarkdownLanguage(r);
    }

private:
    // The Markdown's headings, table headers and marks speak one language at a time; the data (district and
    // ecosystem names) stays as it is.
    static void checkMarkdownLanguage(const IndicatorReport &r)
    {
        auto restore = qScopeGuard([] {
            for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
                QCoreApplication::removeTranslator(t);
        });
        const QString english = IndicatorReportWriter::markdown(r);
        QVERIFY(english.contains(QStringLiteral("⚠ over")));
        QVERIFY(english.contains(QStringLiteral("\n## Allocation ledger\n")));
        const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        for (const QString &line : headerLines(english))
            QVERIFY2(!line.contains(cjk), qPrintable(line));

        QVERIFY(Language::installTranslator(QCoreApplication::instance(), QStringLiteral("zh")));
        const QString chinese = IndicatorReportWriter::markdown(r);
        QVERIFY(chinese.contains(QStringLiteral("⚠ 超配")));
        QVERIFY(chinese.contains(QStringLiteral("\n## 区县配额台账\n")));
        const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
        for (const QString &line : headerLines(chinese))
            QVERIFY2(!line.contains(word), qPrintable(line));
    }

    // The title, the threshold line, the section headings without data, and every table's header row.
    static QStringList headerLines(const QString &md)
    {
        const QStringList lines = md.split(QLatin1Char('\n'));
        QStringList out = {lines.value(0), lines.value(2)};
        for (int i = 0; i + 1 < lines.size(); ++i)
            if (lines[i + 1].startsWith(QLatin1String("|---")) ||
                (lines[i].startsWith(QLatin1String("## ")) && !lines[i].contains(QLatin1Char('('))))
                out << lines[i];
        return out;
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
