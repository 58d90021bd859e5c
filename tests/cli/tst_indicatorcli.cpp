// zhili-cli targets / key-districts / quotas / enterprises / evaluate / report: exit codes, refusals that
// change nothing, and the report CSV equal to IndicatorReportWriter::csv(IndicatorReport::compute(…)) — the
// dashboard's function — on the same cache.
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "indicators/indicatorreport.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/indicatorstore.h"
#include "indicators/permuevaluator.h"
#include "testcache.h"
#include "testdir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
// Every run acts as the planner of the test cache.
CliRun cli(const QStringList &args)
{
    return runCli(args, {{QStringLiteral("ZHILI_USER"), QStringLiteral("cli-planner")}});
}
} // namespace

class TestIndicatorCli : public QObject {
    Q_OBJECT
private:
    TestDir m_dir;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("cli.gpkg"));
        makeTestCache(m_cache, {assignedParcel("X1", "西湖区", "bio", 10, 100, 100),
                                assignedParcel("X2", "西湖区", "bio", 5.5, 1, 55),
                                assignedParcel("B1", "滨江区", "iot", 7, 3, 70),
                                assignedParcel("B2", "滨江区", "", 0)});
        // A users table with one planner and one officer: the officer must be refused.
        auto c = GeoPackageCache::open(m_cache);
        c->db().exec(
            QStringLiteral("INSERT INTO zhili_users VALUES ('cli-planner', 'planner', NULL, '2025-01-01'),"
                           "('officer', 'officer', '西湖区', '2025-01-01')"));
    }

    void targetsImportAndList()
    {
        const QString good = m_dir.write(
            QStringLiteral("t.csv"),
            "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
            "2025,bio,西湖区,20,100,100,4\n2025,生物医药,,40,200,400,5\n2025,iot,滨江区,7,3,70,1\n");
        CliRun r = cli(
            {QStringLiteral("targets"), QStringLiteral("import"), good, QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("3 inserted")));

        r = cli({QStringLiteral("targets"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        // Ecosystem display order (iot before bio), city-wide first within an ecosystem.
        QCOMPARE(list[0].toObject()[QStringLiteral("ecosystem")].toString(), QStringLiteral("iot"));
        QCOMPARE(list[1].toObject()[QStringLiteral("district")], QJsonValue(QJsonValue::Null));
        QCOMPARE(list[1].toObject()[QStringLiteral("land_mu")].toDouble(), 40.0);
        QCOMPARE(list[2].toObject()[QStringLiteral("land_mu")].toDouble(), 20.0);

        // Bad rows: exit 1, every bad line named, the table unchanged.
        auto cache = GeoPackageCache::open(m_cache, true);
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_targets"));
        const QString bad =
            m_dir.write(QStringLiteral("bad.csv"),
                        "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
                        "2025,bio,西湖区,1,1,1,1\n2025,xx,西湖区,1,1,1,1\n2025,iot,滨江区,-1,1,1,1\n");
        r = cli(
            {QStringLiteral("targets"), QStringLiteral("import"), bad, QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3")) && r.err.contains(QStringLiteral("line 4")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("line 2,")));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_targets")), before);

        // An officer may not import targets.
        r = cli({QStringLiteral("targets"), QStringLiteral("import"), good, QStringLiteral("--cache"),
                 m_cache, QStringLiteral("--user"), QStringLiteral("officer")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("planners")), qPrintable(r.err));

        // Usage errors: exit 2.
        QCOMPARE(
            cli({QStringLiteral("targets"), QStringLiteral("frobnicate"), QStringLiteral("--cache"), m_cache})
                .code,
            2);
        QCOMPARE(cli({QStringLiteral("targets"), QStringLiteral("list")}).code, 2);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--cache"), m_cache, QStringLiteral("--year"),
                      QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("xls")})
                     .code,
                 2);
    }

    void keyDistrictsAndQuotas()
    {
        CliRun r = cli({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--cache"),
                        m_cache, QStringLiteral("--ecosystem"), QStringLiteral("生物医药"),
                        QStringLiteral("--districts"), QStringLiteral("西湖区:land_mu=12,滨江区")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto cache = GeoPackageCache::open(m_cache, true);
        const QList<KeyDistrict> keys = IndicatorStore(*cache).keyDistricts(QStringLiteral("bio"));
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys[1].district, QStringLiteral("西湖区"));
        QCOMPARE(keys[1].landMu, 12.0);
        r = cli({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--ecosystem"), QStringLiteral("bio"), QStringLiteral("--districts"),
                 QStringLiteral("火星区")});
        QCOMPARE(r.code, 1);
        QCOMPARE(IndicatorStore(*cache).keyDistricts(QStringLiteral("bio")).size(), 2);

        r = cli({QStringLiteral("quotas"), QStringLiteral("set"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--district"),
                 QStringLiteral("西湖区"), QStringLiteral("--land-mu"), QStringLiteral("12")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(IndicatorStore(*cache).quotas(2025).size(), 1);
    }

    void enterprisesAndEvaluate()
    {
        const QString csv =
            m_dir.write(QStringLiteral("e.csv"),
                        "name,year,parcels,tax_wan,value_added_wan,energy_tce,employees,rd_wan,revenue_wan,"
                        "emissions_t\n"
                        "两块地公司,2025,X1;X2,300,600,60,20,30,3000,6\n租房公司,2025,,10,20,2,4,1,100,\n");
        CliRun r = cli({QStringLiteral("enterprises"), QStringLiteral("import"), csv,
                        QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString bad = m_dir.write(QStringLiteral("eb.csv"), "name,year,parcels\n某公司,2025,NOPE\n");
        r = cli({QStringLiteral("enterprises"), QStringLiteral("import"), bad, QStringLiteral("--cache"),
                 m_cache});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("NOPE")));

        r = cli({QStringLiteral("evaluate"), QStringLiteral("--cache"), m_cache, QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray list =
            QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("enterprises")].toArray();
        QCOMPARE(list.size(), 2);
        // Default TestParcel is 100 × 100 m = 15 亩: two parcels = 30 亩; 300 / 30 = 10 万元/亩.
        const QJsonObject two =
            list[1].toObject()[QStringLiteral("name")].toString() == QStringLiteral("两块地公司")
                ? list[1].toObject()
                : list[0].toObject();
        QVERIFY(qAbs(two[QStringLiteral("land_mu")].toDouble() - 30) < 1e-9);
        QVERIFY(qAbs(two[QStringLiteral("tax_per_mu")].toDouble() - 10) < 1e-9);
        QVERIFY(qAbs(two[QStringLiteral("value_added_per_mu")].toDouble() - 20) < 1e-9);
        QCOMPARE(two[QStringLiteral("value_added_per_tce")].toDouble(), 10.0);
        QCOMPARE(two[QStringLiteral("productivity")].toDouble(), 30.0);
        QCOMPARE(two[QStringLiteral("rd_intensity")].toDouble(), 0.01);
        QCOMPARE(two[QStringLiteral("class")].toString(), QStringLiteral("A"));
        const QJsonObject renting = two == list[0].toObject() ? list[1].toObject() : list[0].toObject();
        QVERIFY(renting[QStringLiteral("renting")].toBool());
        QVERIFY(renting[QStringLiteral("score")].isNull());
        QVERIFY(renting[QStringLiteral("class")].isNull());
        // The text table runs too.
        QCOMPARE(cli({QStringLiteral("evaluate"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--year"), QStringLiteral("2025")})
                     .code,
                 0);
        // The CLI prints the evaluator's figures.
        auto cache = GeoPackageCache::open(m_cache, true);
        for (const EnterpriseEvaluation &e : PerMuEvaluator::evaluate(*cache, 2025).enterprises)
            if (e.name == QStringLiteral("两块地公司"))
                QCOMPARE(two[QStringLiteral("score")].toDouble(), *e.score);
    }

    void rulesAreDataByYear()
    {
        const QString rules = m_dir.write(QStringLiteral("rules.json"),
                                          R"({"large_revenue_wan": 1000, "bands": [10, 70, 90],
                                        "large": {"tax_per_mu": [25, 60], "rd_intensity": [0.02, 40]},
                                        "small": {"tax_per_mu": [10, 100]}})");
        CliRun r = cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--cache"), m_cache,
                        QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--file"), rules});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto cache = GeoPackageCache::open(m_cache, true);
        const EvaluationRules in2027 = IndicatorStore(*cache).evaluationRules(2027);
        QCOMPARE(in2027.year, 2026);
        QCOMPARE(in2027.largeRevenueWan, 1000.0);
        QCOMPARE(in2027.bandA, 10.0);
        QCOMPARE(in2027.large.size(), 2);
        QCOMPARE(in2027.large[1].indicator, PerMuIndicator::RdIntensity);
        QCOMPARE(in2027.large[1].weight, 40.0);
        QCOMPARE(IndicatorStore(*cache).evaluationRules(2025).year, 0);
        r = cli({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--year"), QStringLiteral("2030")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("year")].toInt(), 2026);
        // Bad rules (bands out of order) are refused, nothing stored.
        const QString bad = m_dir.write(QStringLiteral("bad.json"), R"({"bands": [90, 70, 10]})");
        r = cli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--year"), QStringLiteral("2028"), QStringLiteral("--file"), bad});
        QCOMPARE(r.code, 1);
        QCOMPARE(IndicatorStore(*cache).evaluationRules(2028).year, 2026);

        r = cli({QStringLiteral("rules"), QStringLiteral("rag"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--green"), QStringLiteral("0.8"), QStringLiteral("--amber"),
                 QStringLiteral("0.5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(IndicatorStore(*cache).ragThresholds().green, 0.8);
        r = cli({QStringLiteral("rules"), QStringLiteral("rag"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--green"), QStringLiteral("0.9"), QStringLiteral("--amber"),
                 QStringLiteral("0.6")});
        QCOMPARE(r.code, 0);
    }

    void indicatorMapWritesPng()
    {
        const QString png = m_dir.filePath(QStringLiteral("ach.png"));
        CliRun r = cli({QStringLiteral("indicator-map"), QStringLiteral("--cache"), m_cache,
                        QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--ecosystem"),
                        QStringLiteral("bio"), QStringLiteral("--out"), png, QStringLiteral("--width"),
                        QStringLiteral("320"), QStringLiteral("--height"), QStringLiteral("200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(png);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(24);
        QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n"));
        auto be32 = [&](int at) {
            return (quint32(quint8(head[at])) << 24) | (quint32(quint8(head[at + 1])) << 16) |
                   (quint32(quint8(head[at + 2])) << 8) | quint32(quint8(head[at + 3]));
        };
        QCOMPARE(be32(16), 320u); // IHDR width, height
        QCOMPARE(be32(20), 200u);
        r = cli({QStringLiteral("indicator-map"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--layer"),
                 QStringLiteral("classes"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("cls.png"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("indicator-map"), QStringLiteral("--cache"), m_cache,
                      QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--layer"),
                      QStringLiteral("heat"), QStringLiteral("--out"), png})
                     .code,
                 2);
    }

    void reportEqualsDashboardFunction()
    {
        for (const QString &eco : {QString(), QStringLiteral("bio")}) {
            QStringList args = {
                QStringLiteral("report"), QStringLiteral("--cache"), m_cache,
                QStringLiteral("--year"), QStringLiteral("2025"),    QStringLiteral("--format"),
                QStringLiteral("csv")};
            if (!eco.isEmpty())
                args << QStringLiteral("--ecosystem") << eco;
            const CliRun r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            auto cache = GeoPackageCache::open(m_cache, true);
            const IndicatorReport report = IndicatorReport::compute(*cache, 2025, eco);
            QCOMPARE(r.out, IndicatorReportWriter::csv(report));
            // …and those figures are the cache's: bio in 西湖区 = 10 + 5.5 亩 of a 20 亩 target.
            const ProgressRow *row = report.row(QStringLiteral("bio"), QStringLiteral("西湖区"));
            QCOMPARE(row->land.achieved, 15.5);
            QCOMPARE(*row->land.progress, 15.5 / 20);
            QVERIFY(r.out.contains(QStringLiteral("bio,生物医药,西湖区,1,2,30,15.5,20,0.775,amber")));
        }
        CliRun r =
            cli({QStringLiteral("report"), QStringLiteral("--cache"), m_cache, QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root[QStringLiteral("rows")].toArray().size(), 15); // 5 × (city-wide + 2 districts)
        bool over = false;
        for (const QJsonValue &v : root[QStringLiteral("ledger")].toArray())
            if (v.toObject()[QStringLiteral("district")] == QStringLiteral("西湖区") &&
                v.toObject()[QStringLiteral("resource")] == QStringLiteral("land_mu"))
                over = v.toObject()[QStringLiteral("over_allocated")].toBool(); // 15.5 > 12
        QVERIFY(over);
        r = cli({QStringLiteral("report"), QStringLiteral("--cache"), m_cache, QStringLiteral("--year"),
                 QStringLiteral("2025"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("## 生物医药 (bio)")));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorCli)
#include "tst_indicatorcli.moc"
