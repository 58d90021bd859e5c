// zhili-cli chains / chain-gaps / match as whole processes (issue #12): exit codes, --json, refusals that
// change nothing, and messages that say what to do.
#include "cache/geopackagecache.h"
#include "chainclicache.h"
#include "clirunner.h"
#include "testcache.h"
#include "testdir.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

CliRun as(const QString &user, const QStringList &args)
{
    return runCli(args, {{QStringLiteral("ZHILI_USER"), user}});
}

QJsonDocument jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8());
}

} // namespace

class TestChainsCli : public QObject {
    Q_OBJECT
    TestDir m_dir;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        TestParcel x = sizedParcel("X1", "萧山区", 200, 100);
        x.x = 510000, x.y = 3350000;
        m_cache = makeChainCliCache(m_dir.filePath(QStringLiteral("chains.gpkg")), x,
                                    QStringLiteral("INSERT INTO zhili_users VALUES ('officer', 'officer', "
                                                   "'西湖区', '2025-01-01');"
                                                   "INSERT INTO zhili_key_districts (ecosystem, district, "
                                                   "updated_at) VALUES ('bio', '萧山区', 'x')"));
    }

    void importListAndRefuse()
    {
        const QString good =
            m_dir.write(QStringLiteral("chains.csv"), "ecosystem,chain,link,stage,supplies,leader\n"
                                                      "生物医药,创新药,原料药,上游,制剂,李副市长\n"
                                                      "bio,创新药,制剂,中游,医药流通,\n"
                                                      "bio,创新药,医药流通,下游,,\n");
        // Officers read chains; they do not import them.
        CliRun r = as(QStringLiteral("officer"), {QStringLiteral("chains"), QStringLiteral("import"), good,
                                                  QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("planners and administrators")), qPrintable(r.err));
        r = as(QStringLiteral("planner"), {QStringLiteral("chains"), QStringLiteral("import"), good,
                                           QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 chains with 3 links")), qPrintable(r.out));

        // A cycle: refused with the line and the circle, the cache unchanged.
        const QByteArray before = fileHash(m_cache);
        const QString cyclic =
            m_dir.write(QStringLiteral("cycle.csv"), "ecosystem,chain,link,stage,supplies\n"
                                                     "bio,创新药,原料药,上游,制剂\n"
                                                     "bio,创新药,制剂,下游,原料药\n");
        r = as(QStringLiteral("planner"), {QStringLiteral("chains"), QStringLiteral("import"), cyclic,
                                           QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2")) &&
                     r.err.contains(QStringLiteral("原料药 → 制剂 → 原料药")),
                 qPrintable(r.err));
        QCOMPARE(fileHash(m_cache), before);

        r = runCli({QStringLiteral("chains"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray chains = jsonOf(r).array();
        QCOMPARE(chains.size(), 1);
        QCOMPARE(chains[0].toObject().value(QStringLiteral("leader")).toString(), QStringLiteral("李副市长"));
        QCOMPARE(chains[0].toObject().value(QStringLiteral("links")).toArray().size(), 3);
        r = runCli({QStringLiteral("chains"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--ecosystem"), QStringLiteral("钢铁")});
        QCOMPARE(r.code, 2);
    }

    void gapsAndMatch()
    {
        const QString enterprises = m_dir.write(QStringLiteral("e.csv"), "name,year,parcels,chain,link\n"
                                                                         "甲药业,2025,A1,创新药,原料药\n"
                                                                         "乙制药,2025,B1,创新药,制剂\n");
        CliRun r = as(QStringLiteral("planner"), {QStringLiteral("enterprises"), QStringLiteral("import"),
                                                  enterprises, QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = runCli({QStringLiteral("chain-gaps"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--ecosystem"), QStringLiteral("bio"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject gaps = jsonOf(r).array().first().toObject();
        QCOMPARE(gaps.value(QStringLiteral("missing")).toArray(), QJsonArray{QStringLiteral("医药流通")});
        const QJsonArray links = gaps.value(QStringLiteral("links")).toArray();
        const QJsonArray candidates = links[2].toObject().value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 1);
        QCOMPARE(candidates[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("X1"));
        // Text output names the missing link and the candidate.
        r = runCli({QStringLiteral("chain-gaps"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--ecosystem"), QStringLiteral("生物医药")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("医药流通")) &&
                     r.out.contains(QStringLiteral("X1")),
                 qPrintable(r.out + r.err));
        // Unknown district: exit 1 naming it.
        r = runCli({QStringLiteral("chain-gaps"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--ecosystem"), QStringLiteral("bio"), QStringLiteral("--district"),
                    QStringLiteral("火星区")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("火星区")), qPrintable(r.err));

        r = runCli({QStringLiteral("match"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--enterprise"), QStringLiteral("乙制药"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray suppliers = jsonOf(r).object().value(QStringLiteral("suppliers")).toArray();
        QCOMPARE(suppliers.size(), 1);
        QCOMPARE(suppliers[0].toObject().value(QStringLiteral("enterprise")).toString(),
                 QStringLiteral("甲药业"));
        // Centres (500050, 3350050) and (503050, 3354050): 5 km apart.
        QVERIFY(qAbs(suppliers[0].toObject().value(QStringLiteral("distance_m")).toDouble() - 5000) < 1e-6);
        r = runCli({QStringLiteral("match"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--enterprise"), QStringLiteral("乙制药"), QStringLiteral("--within-km"),
                    QStringLiteral("4"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(r).object().value(QStringLiteral("suppliers")).toArray().size(), 0);
        r = runCli({QStringLiteral("match"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--enterprise"), QStringLiteral("乙制药"), QStringLiteral("--within-km"),
                    QStringLiteral("-1")});
        QCOMPARE(r.code, 2);
        r = runCli({QStringLiteral("match"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--enterprise"), QStringLiteral("无名")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("无名")), qPrintable(r.err));
    }

    // Runs after gapsAndMatch (Qt Test keeps the declaration order): the chain and its enterprises exist.
    void eventsIssuesAndReport()
    {
        const QStringList addEvent{
            QStringLiteral("events"),        QStringLiteral("add"),
            QStringLiteral("--cache"),       m_cache,
            QStringLiteral("--date"),        QStringLiteral("2025-06-18"),
            QStringLiteral("--chain"),       QStringLiteral("创新药"),
            QStringLiteral("--title"),       QStringLiteral("创新药供需对接会"),
            QStringLiteral("--district"),    QStringLiteral("西湖区"),
            QStringLiteral("--enterprises"), QStringLiteral("甲药业;乙制药"),
            QStringLiteral("--projects"),    QStringLiteral("3"),
            QStringLiteral("--orders-wan"),  QStringLiteral("120.5"),
            QStringLiteral("--ecosystem"),   QStringLiteral("生物医药")}; // a name, as for chains
        // An officer cannot add a city event; the refusal is audited.
        const auto refusals = [this] {
            auto c = GeoPackageCache::open(m_cache, true);
            return scalarOf(*c, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = "
                                               "'chain_event' AND accepted = 0"));
        };
        const qint64 refusedBefore = refusals();
        CliRun r = as(QStringLiteral("officer"), addEvent);
        QCOMPARE(r.code, 1);
        QCOMPARE(refusals(), refusedBefore + 1);
        r = as(QStringLiteral("planner"), addEvent);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A date that is not one, and an unknown enterprise: exit 1, named.
        QStringList bad = addEvent;
        bad[5] = QStringLiteral("2025-13-40");
        r = as(QStringLiteral("planner"), bad);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("2025-13-40")), qPrintable(r.err));
        bad = addEvent;
        bad[13] = QStringLiteral("甲药业;丙公司");
        r = as(QStringLiteral("planner"), bad);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("丙公司")), qPrintable(r.err));
        r = runCli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--json")});
        const QJsonArray events = jsonOf(r).array();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].toObject().value(QStringLiteral("enterprises")).toArray().size(), 2);
        QCOMPARE(events[0].toObject().value(QStringLiteral("by")).toString(), QStringLiteral("planner"));
        // The text listing, in each language, puts each figure after its own words.
        for (const auto &[lang, expected] :
             {std::pair{QStringLiteral("en"),
                        QStringLiteral("创新药供需对接会 (西湖区) — 2 enterprises, 3 projects, "
                                       "orders 120.5, financing 0 (10k yuan)")},
              std::pair{QStringLiteral("zh"),
                        QStringLiteral("创新药供需对接会 (西湖区) — 2 家企业，签约项目 3 个，"
                                       "订单 120.5，融资 0（万元）")}}) {
            r = runCli({QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                        QStringLiteral("--lang"), lang});
            QVERIFY2(r.code == 0 && r.out.contains(expected), qPrintable(r.out + r.err));
        }

        // Blockages: opened, not closable before they opened, closed.
        r = as(QStringLiteral("planner"),
               {QStringLiteral("chain-issues"), QStringLiteral("add"), QStringLiteral("--cache"), m_cache,
                QStringLiteral("--chain"), QStringLiteral("创新药"), QStringLiteral("--text"),
                QStringLiteral("原料药审批慢"), QStringLiteral("--date"), QStringLiteral("2025-03-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(QStringLiteral("planner"),
               {QStringLiteral("chain-issues"), QStringLiteral("add"), QStringLiteral("--cache"), m_cache,
                QStringLiteral("--chain"), QStringLiteral("创新药"), QStringLiteral("--text"),
                QStringLiteral("制剂用地不足"), QStringLiteral("--date"), QStringLiteral("2025-04-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList close{
            QStringLiteral("chain-issues"), QStringLiteral("close"), QStringLiteral("--cache"), m_cache,
            QStringLiteral("--id"),         QStringLiteral("1"),     QStringLiteral("--date")};
        r = as(QStringLiteral("planner"), close + QStringList{QStringLiteral("2025-02-01")});
        QCOMPARE(r.code, 1);
        r = as(QStringLiteral("planner"), close + QStringList{QStringLiteral("2025-05-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("chain-issues"), QStringLiteral("list"), QStringLiteral("--cache"),
                    m_cache, QStringLiteral("--open"), QStringLiteral("--json")});
        QCOMPARE(jsonOf(r).array().size(), 1);

        // The report adds it up: 2 of 3 links covered by 2 enterprises on 2 parcels of 15 亩, one event.
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        r = runCli({QStringLiteral("chain-report"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
        r = runCli({QStringLiteral("chain-report"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        const QJsonObject row =
            jsonOf(r).object().value(QStringLiteral("chains")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("links")).toInt(), 3);
        QCOMPARE(row.value(QStringLiteral("links_covered")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("enterprises")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("parcels")).toInt(), 2);
        QCOMPARE(row.value(QStringLiteral("mu")).toDouble(), 30.0);
        QCOMPARE(row.value(QStringLiteral("events")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("projects")).toInt(), 3);
        QCOMPARE(row.value(QStringLiteral("orders_wan")).toDouble(), 120.5);
        QCOMPARE(row.value(QStringLiteral("open_issues")).toInt(), 1);
        // Another year has no events.
        r = runCli({QStringLiteral("chain-report"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--format"),
                    QStringLiteral("json")});
        QCOMPARE(jsonOf(r)
                     .object()
                     .value(QStringLiteral("chains"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("events"))
                     .toInt(),
                 0);
    }
};

QTEST_MAIN(TestChainsCli)
#include "tst_chainscli.moc"
