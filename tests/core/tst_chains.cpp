// Industrial chains (issue #12): the chains CSV import — links by stage, who supplies whom, leaders — is
// all-or-nothing with every bad row named, keeps chain and link ids on re-import, and is for planners and
// administrators only (an officer's attempt is audited).
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "chains/chaingapanalysis.h"
#include "chains/chainimporter.h"
#include "chains/chainmatcher.h"
#include "edit/permissiondenied.h"
#include "freshcachetest.h"
#include "geometry/areacentroid.h"
#include "geometry/polygongeometry.h"
#include "indicators/enterpriseimporter.h"
#include "model/units.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "testfiles.h"
#include "testusers.h"

#include <QProcess>
#include <QtTest>
#include <cmath>

using namespace zhili;
using namespace zhili::test;

namespace {

const char *const kHeader = "ecosystem,chain,link,stage,supplies,leader,team\n";

const char *const kGood = "ecosystem,chain,link,stage,supplies,leader,team\n"
                          "智能物联,集成电路,芯片设计,上游,晶圆制造,张市长,集成电路专班\n"
                          "iot,集成电路,晶圆制造,upstream,封装测试,,\n"
                          "Smart IoT,集成电路,封装测试,中游,模组;整机终端,张市长,\n"
                          "iot,集成电路,模组,midstream,整机终端,,\n"
                          "iot,集成电路,整机终端,下游,,,\n"
                          "bio,创新药,原料药,upstream,制剂,李副市长,\n"
                          "bio,创新药,制剂,downstream,,,\n";

} // namespace

class TestChains : public FreshCacheTest {
    Q_OBJECT

    QString write(const char *name, const QByteArray &text)
    {
        return m_dir.write(QString::fromUtf8(name), text);
    }

    /// Imports `text` as a planner and expects a refusal whose problems include `expected` (one per line:
    /// "line N column: part of the reason"); the cache file must be byte-for-byte as it was.
    void expectRefused(const QByteArray &text, const QStringList &expected)
    {
        const QString path = write("bad.csv", text);
        const QByteArray before = tableHash(m_cache->db(), QStringLiteral("zhili_chain_links")) +
                                  tableHash(m_cache->db(), QStringLiteral("zhili_chains")) +
                                  tableHash(m_cache->db(), QStringLiteral("zhili_chain_supplies"));
        const qint64 audit = auditRowCount(m_cache->db());
        const std::optional<CsvImportRefused> refused =
            csvRefusalOf([&] { ChainImporter(*m_cache).import(testPlanner(), path); });
        QVERIFY(refused);
        QStringList said;
        for (const CsvProblem &p : refused->problems())
            said << QStringLiteral("line %1 %2: %3").arg(p.line).arg(p.column, p.reason);
        for (const QString &e : expected) {
            const QString head = e.section(QLatin1Char(':'), 0, 0);
            const QString reason = e.section(QLatin1Char(':'), 1).trimmed();
            bool found = false;
            for (const QString &s : said)
                found = found || (s.startsWith(head + QLatin1Char(':')) && s.contains(reason));
            QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(e, said.join('\n'))));
        }
        QCOMPARE(said.size(), expected.size());
        QCOMPARE(tableHash(m_cache->db(), QStringLiteral("zhili_chain_links")) +
                     tableHash(m_cache->db(), QStringLiteral("zhili_chains")) +
                     tableHash(m_cache->db(), QStringLiteral("zhili_chain_supplies")),
                 before);
        QCOMPARE(auditRowCount(m_cache->db()), audit);
    }

private Q_SLOTS:
    void importsChainsAsDirectedGraphs()
    {
        const ChainImportResult r = ChainImporter(*m_cache).import(testPlanner(), write("good.csv", kGood));
        QCOMPARE(r.chains, 2);
        QCOMPARE(r.links, 7);
        QCOMPARE(r.written.chainsAdded, 2);
        const QList<IndustrialChain> chains = ChainStore(*m_cache).chains();
        QCOMPARE(chains.size(), 2);
        // Ecosystem order (iot before bio), links in file order with their stages and supplies.
        const IndustrialChain &ic = chains[0];
        QCOMPARE(ic.ecosystem, QStringLiteral("iot"));
        QCOMPARE(ic.name, QStringLiteral("集成电路"));
        QCOMPARE(ic.leader, QStringLiteral("张市长"));
        QCOMPARE(ic.team, QStringLiteral("集成电路专班"));
        QStringList names;
        for (const ChainLink &l : ic.links)
            names << l.name;
        QCOMPARE(names, (QStringList{QStringLiteral("芯片设计"), QStringLiteral("晶圆制造"),
                                     QStringLiteral("封装测试"), QStringLiteral("模组"),
                                     QStringLiteral("整机终端")}));
        QCOMPARE(ic.links[2].stage, ChainStage::Midstream);
        QCOMPARE(ic.links[4].stage, ChainStage::Downstream);
        QCOMPARE(ic.links[2].supplies, (QStringList{QStringLiteral("模组"), QStringLiteral("整机终端")}));
        QCOMPARE(ic.suppliersOf(QStringLiteral("整机终端")),
                 (QStringList{QStringLiteral("封装测试"), QStringLiteral("模组")}));
        QCOMPARE(chains[1].leader, QStringLiteral("李副市长"));
        QVERIFY(chains[1].team.isEmpty());
        // One audit row per chain, by the planner.
        QCOMPARE(
            scalarOf(*m_cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'chain' "
                                              "AND accepted = 1 AND user = '王规划'")),
            2);
        // The chains the parcel editor checks a parcel's chain against are the imported ones.
        QCOMPARE(ChainStore(*m_cache).ecosystemsWithChain(QStringLiteral("创新药")),
                 QStringList{QStringLiteral("bio")});
    }

    void reimportUpdatesInPlace()
    {
        ChainImporter(*m_cache).import(testPlanner(), write("good.csv", kGood));
        const std::optional<qint64> id =
            ChainStore(*m_cache).chainId(QStringLiteral("iot"), QStringLiteral("集成电路"));
        QVERIFY(id);
        const qint64 designId =
            scalarOf(*m_cache, QStringLiteral("SELECT id FROM zhili_chain_links WHERE name = '芯片设计'"));
        // The same file: nothing changes.
        ChainImportResult r = ChainImporter(*m_cache).import(testPlanner(), write("good.csv", kGood));
        QCOMPARE(r.written.chainsUnchanged, 2);
        // 模组 dropped, a new leader: the chain and its other links keep their ids.
        r = ChainImporter(*m_cache).import(
            testPlanner(),
            write("less.csv", QByteArray(kHeader) + "iot,集成电路,芯片设计,上游,晶圆制造,王市长,\n"
                                                    "iot,集成电路,晶圆制造,上游,封装测试,,\n"
                                                    "iot,集成电路,封装测试,中游,整机终端,,\n"
                                                    "iot,集成电路,整机终端,下游,,,\n"));
        QCOMPARE(r.written.chainsUpdated, 1);
        QCOMPARE(r.written.linksRemoved, 1);
        QCOMPARE(ChainStore(*m_cache).chainId(QStringLiteral("iot"), QStringLiteral("集成电路")), id);
        QCOMPARE(
            scalarOf(*m_cache, QStringLiteral("SELECT id FROM zhili_chain_links WHERE name = '芯片设计'")),
            designId);
        const auto chain = ChainStore(*m_cache).chain(QStringLiteral("集成电路"));
        QVERIFY(chain);
        QCOMPARE(chain->leader, QStringLiteral("王市长"));
        QCOMPARE(chain->links.size(), 4);
        QVERIFY(!chain->link(QStringLiteral("模组")));
        QCOMPARE(chain->link(QStringLiteral("封装测试"))->supplies, QStringList{QStringLiteral("整机终端")});
        // The other chain is untouched.
        QVERIFY(ChainStore(*m_cache).chain(QStringLiteral("创新药"), QStringLiteral("bio")));
    }

    void refusesCycles()
    {
        expectRefused(QByteArray(kHeader) + "iot,X,a,上游,b,,\niot,X,b,中游,c,,\niot,X,c,下游,a,,\n",
                      {QStringLiteral("line 2 supplies: a → b → c → a")});
    }

    void refusesUnknownLinksStagesEcosystemsAndDuplicates()
    {
        expectRefused(QByteArray(kHeader) + "iot,X,a,上游,b,,\n"    // 2
                                            "iot,X,b,sideways,,,\n" // 3: bad stage
                                            "iot,X,a,中游,,,\n"     // 4: duplicate link
                                            "钢铁,Y,c,下游,,,\n"    // 5: unknown ecosystem
                                            "iot,X,d,下游,d,,\n",   // 6: supplies itself
                      {QStringLiteral("line 3 stage: upstream, midstream or downstream"),
                       QStringLiteral("line 4 link: already on line 2"),
                       QStringLiteral("line 5 ecosystem: unknown ecosystem"),
                       QStringLiteral("line 6 supplies: cannot supply itself")});
        // Once every row is good, what needs the whole chain: supplied links it has, one leader.
        expectRefused(QByteArray(kHeader) + "iot,X,a,上游,b;zz,,\niot,X,b,下游,,,\n"
                                            "iot,Z,e,上游,,甲,\niot,Z,f,下游,,乙,\n",
                      {QStringLiteral("line 2 supplies: chain X has no link \"zz\"; its links: a、b"),
                       QStringLiteral("line 5 leader: already has \"甲\" on line 4")});
    }

    void officersMayNotImportChains()
    {
        const QString path = write("good.csv", kGood);
        const qint64 refusedBefore = auditRowCount(m_cache->db(), 0);
        const QString why = errorOf([&] { ChainImporter(*m_cache).import(testOfficer(), path); });
        QVERIFY2(why.contains(QStringLiteral("planners and administrators")), qPrintable(why));
        QCOMPARE(auditRowCount(m_cache->db(), 0), refusedBefore + 1);
        QVERIFY(ChainStore(*m_cache).chains().isEmpty());
        // Administrators may.
        QCOMPARE(ChainImporter(*m_cache).import(testAdmin(), path).chains, 2);
    }
};

// A hand-built city for the analyses: chain 芯片设计 → 晶圆制造 → 封装测试 → 整机终端 (iot); 甲 on 芯片设计
// with A1 (西湖区); 乙 on 晶圆制造 with B1 (西湖区) and B2 (滨江区); 丙 on 封装测试 with C1 (滨江区); nobody
// on 整机终端. Key district of iot: 萧山区, with open parcels X1 (unassigned, 300 × 100 m), X2 (unassigned,
// 100 × 100), X3 (assigned to bio: not open). Parcels are rectangles, so their centroids are their centres.
class TestChainAnalysis : public QObject {
    Q_OBJECT
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

    static TestParcel at(const char *code, const char *district, double x, double y, double w = 100,
                         double h = 100, const char *ecosystem = "")
    {
        TestParcel p = sizedParcel(code, district, w, h);
        p.x = x;
        p.y = y;
        p.assignment.ecosystem = QString::fromUtf8(ecosystem);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        constexpr double x0 = 500000, y0 = 3350000;
        m_cache =
            makeTestCache(m_dir.path() + QStringLiteral("/city.gpkg"),
                          {at("A1", "西湖区", x0, y0), at("B1", "西湖区", x0 + 3000, y0 + 4000),
                           at("B2", "滨江区", x0 + 600, y0 + 800), at("C1", "滨江区", x0 + 10000, y0),
                           at("X1", "萧山区", x0 + 20000, y0, 300, 100), at("X2", "萧山区", x0 + 20500, y0),
                           at("X3", "萧山区", x0 + 21000, y0, 400, 400, "bio")});
        ChainImporter(*m_cache).import(
            testPlanner(), m_dir.write(QStringLiteral("chains.csv"),
                                       QByteArray(kHeader) + "iot,集成电路,芯片设计,上游,晶圆制造,张市长,\n"
                                                             "iot,集成电路,晶圆制造,上游,封装测试,,\n"
                                                             "iot,集成电路,封装测试,中游,整机终端,,\n"
                                                             "iot,集成电路,整机终端,下游,,,\n"));
        EnterpriseImporter(*m_cache).import(testPlanner(), m_dir.write(QStringLiteral("enterprises.csv"),
                                                                       "name,year,parcels,chain,link\n"
                                                                       "甲,2025,A1,集成电路,芯片设计\n"
                                                                       "乙,2025,B1;B2,集成电路,晶圆制造\n"
                                                                       "丙,2025,C1,集成电路,封装测试\n"
                                                                       "丁,2025,,,\n"));
        m_cache->db().exec(QStringLiteral("INSERT INTO zhili_key_districts (ecosystem, district, updated_at) "
                                          "VALUES ('iot', '萧山区', '2025-01-01T00:00:00Z')"));
    }

    void enterpriseImportRefusesUnknownLinks()
    {
        const QString bad = m_dir.write(QStringLiteral("bad.csv"), "name,year,parcels,chain,link\n"
                                                                   "戊,2025,,集成电路,光刻\n"
                                                                   "己,2025,,无此链,芯片设计\n");
        const std::optional<CsvImportRefused> refused =
            csvRefusalOf([&] { EnterpriseImporter(*m_cache).import(testPlanner(), bad); });
        QVERIFY(refused);
        QCOMPARE(refused->problems().size(), 2);
        QCOMPARE(refused->problems()[0].line, 2);
        QVERIFY(refused->problems()[0].reason.contains(QStringLiteral("芯片设计")));
        QCOMPARE(refused->problems()[1].column, QStringLiteral("chain"));
    }

    void gapsInTheCity()
    {
        const QList<ChainGaps> gaps = ChainGapAnalysis(*m_cache).run(QStringLiteral("iot"));
        QCOMPARE(gaps.size(), 1);
        const ChainGaps &g = gaps[0];
        QCOMPARE(g.missingLinks(), QStringList{QStringLiteral("整机终端")});
        QCOMPARE(g.thinLinks(), (QStringList{QStringLiteral("芯片设计"), QStringLiteral("晶圆制造"),
                                             QStringLiteral("封装测试")}));
        const LinkGap &wafer = g.links[1];
        QCOMPARE(wafer.city.enterprises, QStringList{QStringLiteral("乙")});
        QCOMPARE(wafer.city.parcels, 2);
        QCOMPARE(wafer.city.mu, 2 * 100 * 100 / units::kSquareMetresPerMu);
        QCOMPARE(wafer.districts.keys(), (QStringList{QStringLiteral("滨江区"), QStringLiteral("西湖区")}));
        QCOMPARE(wafer.districts.value(QStringLiteral("滨江区")).parcels, 1);
        // Candidates for the missing link: open parcels of the key district, largest first; X3 is taken.
        const QList<ChainFactsQuery::OpenParcel> &c = g.links[3].candidates;
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].code, QStringLiteral("X1"));
        QCOMPARE(c[0].areaMu, 300 * 100 / units::kSquareMetresPerMu);
        QCOMPARE(c[1].code, QStringLiteral("X2"));
        QVERIFY(g.links[0].candidates.isEmpty());
    }

    void gapsInADistrict()
    {
        const ChainGaps g = ChainGapAnalysis(*m_cache)
                                .run(QStringLiteral("iot"), QString(), QStringLiteral("滨江区"))
                                .first();
        QCOMPARE(g.missingLinks(), (QStringList{QStringLiteral("芯片设计"), QStringLiteral("整机终端")}));
        QCOMPARE(g.thinLinks(), (QStringList{QStringLiteral("晶圆制造"), QStringLiteral("封装测试")}));
        // 滨江区 is no key district of iot: no candidates there.
        QVERIFY(g.links[0].candidates.isEmpty());
        // The city figures stay the city's.
        QCOMPARE(g.links[1].city.parcels, 2);
        QCOMPARE(g.links[1].scope.parcels, 1);
        const QString why = errorOf([&] {
            ChainGapAnalysis(*m_cache).run(QStringLiteral("iot"), QString(), QStringLiteral("火星区"));
        });
        QVERIFY2(why.contains(QStringLiteral("火星区")) && why.contains(QStringLiteral("西湖区")),
                 qPrintable(why));
        QVERIFY(errorOf([&] {
                    ChainGapAnalysis(*m_cache).run(QStringLiteral("bio"));
                }).contains(QStringLiteral("chains import")));
    }

    void matchFindsNearestSuppliersAndCustomers()
    {
        const ChainMatch m = ChainMatcher(*m_cache).match(QStringLiteral("乙"));
        QCOMPARE(m.suppliers.size(), 1);
        QCOMPARE(m.customers.size(), 1);
        const ChainPartner &a = m.suppliers[0];
        QCOMPARE(a.enterprise, QStringLiteral("甲"));
        QCOMPARE(a.link, QStringLiteral("芯片设计"));
        // Centres: A1 (50, 50), B2 (650, 850), B1 (3050, 4050) relative to (x0, y0): B2 is nearer, 1000 m.
        QCOMPARE(a.ownParcelCode, QStringLiteral("B2"));
        QCOMPARE(a.parcelCode, QStringLiteral("A1"));
        QVERIFY(a.distanceM && std::abs(*a.distanceM - 1000) < 1e-6);
        const ChainPartner &c = m.customers[0];
        QCOMPARE(c.enterprise, QStringLiteral("丙"));
        QCOMPARE(c.district, QStringLiteral("滨江区"));
        QCOMPARE(c.ownParcelCode, QStringLiteral("B1")); // C1 (10050, 50) is nearer B1 than B2
        QVERIFY(c.distanceM && std::abs(*c.distanceM - std::hypot(10050 - 3050., 50 - 4050.)) < 1e-6);
        // Within 2 km only 甲 remains.
        const ChainMatch near = ChainMatcher(*m_cache).match(QStringLiteral("乙"), 2);
        QCOMPARE(near.suppliers.size(), 1);
        QCOMPARE(near.customers.size(), 0);
        // An enterprise on no link is told what to do.
        QVERIFY(errorOf([&] {
                    ChainMatcher(*m_cache).match(QStringLiteral("丁"));
                }).contains(QStringLiteral("link")));
    }

    // The centroid distances are measured between is GEOS's centroid (through GDAL's Python bindings),
    // checked on a shape where centroid and bounding-box centre differ: an L with a hole, two parts.
    void centroidEqualsGeos()
    {
        const QString wkt =
            QStringLiteral("MULTIPOLYGON(((500000 3350000,500300 3350000,500300 3350100,500100 "
                           "3350100,500100 3350400,500000 "
                           "3350400,500000 3350000),(500020 3350020,500060 3350020,500060 3350300,500020 "
                           "3350300,500020 3350020)),"
                           "((501000 3350000,501000 3350050,501050 3350050,501000 3350000)))");
        QProcess py;
        py.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys; from osgeo import ogr; g = ogr.CreateGeometryFromWkt(sys.argv[1]); "
                            "c = g.Centroid(); print('%.9f %.9f' % (c.GetX(), c.GetY())); "
                            "sys.stdout.buffer.write(g.ExportToWkb(ogr.wkbNDR))"),
             wkt});
        QVERIFY(py.waitForFinished(60000));
        if (py.exitCode() != 0) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("CI needs python3-gdal (scripts/install-deps.sh)");
            QSKIP("python3 osgeo (python3-gdal) is not installed");
        }
        const QByteArray outBytes = py.readAllStandardOutput();
        const qsizetype nl = outBytes.indexOf('\n');
        const QList<QByteArray> xy = outBytes.left(nl).split(' ');
        const QByteArray wkb = outBytes.mid(nl + 1);
        double x = 0, y = 0;
        QVERIFY(areaCentroid(PolygonGeometry::fromWkb(
                                 reinterpret_cast<const unsigned char *>(wkb.constData()), int(wkb.size())),
                             &x, &y));
        QVERIFY2(std::abs(x - xy[0].toDouble()) < 1e-6 && std::abs(y - xy[1].toDouble()) < 1e-6,
                 qPrintable(QStringLiteral("ours %1 %2, GEOS %3 %4")
                                .arg(x, 0, 'f', 6)
                                .arg(y, 0, 'f', 6)
                                .arg(QString::fromLatin1(xy[0]), QString::fromLatin1(xy[1]))));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestChains chains;
    TestChainAnalysis analysis;
    return QTest::qExec(&chains, argc, argv) | QTest::qExec(&analysis, argc, argv);
}
#include "tst_chains.moc"
