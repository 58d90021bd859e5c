// The real zhili-cli on hostile or careless input (issue #16, findings 4, 7, 14, 16, 18): every refusal is
// one clear message naming the file, line, field and value, exits 1 (or 2 for a wrong command line), never
// hangs, and changes nothing in the cache (table hashes compared before and after).
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "testcache.h"
#include "testdir.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace zhili;
using namespace zhili::test;

namespace {
// The acting user of every run (a planner in the cache); a hang is a failure, not a stuck test.
CliRun cli(const QStringList &args)
{
    return runCli(args, {{QStringLiteral("ZHILI_USER"), QStringLiteral("cli-planner")}}, 60000);
}
} // namespace

class TestCsvCli : public QObject {
    Q_OBJECT
    TestDir m_dir;
    QString m_cache;

    QByteArray hash(const QString &table) { return tableHash(m_cache, table); }
    qint64 refusedAuditRows()
    {
        auto c = GeoPackageCache::open(m_cache, true);
        return auditRowCount(c->db(), 0);
    }
    QStringList args(const QStringList &a) { return a + QStringList{QStringLiteral("--cache"), m_cache}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("cli.gpkg"));
        auto c = makeTestCache(m_cache);
        c->db().exec(QStringLiteral(
            "INSERT INTO zhili_users VALUES ('cli-planner', 'planner', NULL, '2025-01-01'),"
            "('off', 'officer', '西湖区', '2025-01-01'), ('boss', 'admin', NULL, '2025-01-01')"));
    }

    void neverEndingInputsRefusedBeforeReading()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray parcels = hash(QStringLiteral("parcels"));
        const QList<QStringList> commands = {
            {QStringLiteral("batch"), QStringLiteral("--csv"), QStringLiteral("/dev/zero"),
             QStringLiteral("--user"), QStringLiteral("boss")},
            {QStringLiteral("batch"), QStringLiteral("--csv"), fifo, QStringLiteral("--user"),
             QStringLiteral("boss")},
            {QStringLiteral("targets"), QStringLiteral("import"), QStringLiteral("/dev/zero")},
            {QStringLiteral("enterprises"), QStringLiteral("import"), QStringLiteral("/dev/zero")},
            {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--year"), QStringLiteral("2025"),
             QStringLiteral("--file"), QStringLiteral("/dev/zero")},
        };
        for (const QStringList &c : commands) {
            QElapsedTimer t;
            t.start();
            const CliRun r = cli(args(c));
            QVERIFY2(r.code == 1, qPrintable(c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("not a regular file")), qPrintable(r.err));
            QVERIFY(t.elapsed() < 30000);
        }
        QCOMPARE(hash(QStringLiteral("parcels")), parcels);
    }

    void batchRowWiderThanHeaderChangesNothing()
    {
        const QByteArray parcels = hash(QStringLiteral("parcels"));
        const QString wide = m_dir.write(QStringLiteral("wide.csv"), "code,finance_wan\nXH-002,1,234.5\n");
        CliRun r = cli(args({QStringLiteral("batch"), QStringLiteral("--csv"), wide, QStringLiteral("--user"),
                             QStringLiteral("boss")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("line 2 (XH-002): 3 cells but the header has 2 columns")) &&
                     r.err.contains(QStringLiteral("wide.csv")),
                 qPrintable(r.out + r.err));
        const QString comma = m_dir.write(QStringLiteral("comma.csv"), "code,finance_wan\nXH-002,\"12,5\"\n");
        r = cli(args({QStringLiteral("batch"), QStringLiteral("--csv"), comma, QStringLiteral("--user"),
                      QStringLiteral("boss")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("finance_wan = \"12,5\"")) &&
                     r.out.contains(QStringLiteral("ambiguous")),
                 qPrintable(r.out));
        QCOMPARE(hash(QStringLiteral("parcels")), parcels);

        // The same row is refused by the targets import too.
        const QByteArray targets = hash(QStringLiteral("zhili_targets"));
        const QString t = m_dir.write(QStringLiteral("t.csv"),
                                      "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n"
                                      "2025,bio,西湖区,1,234.5,1,1,1\n");
        r = cli(args({QStringLiteral("targets"), QStringLiteral("import"), t}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 2")) && r.err.contains(QStringLiteral("8 cells")),
                 qPrintable(r.err));
        QCOMPARE(hash(QStringLiteral("zhili_targets")), targets);
    }

    void hugeAndControlValuesAreNotEchoed()
    {
        QByteArray code("A\0\x1b[2J", 7);
        code += QByteArray(2 * 1000 * 1000, 'Q');
        const QString path = m_dir.write(QStringLiteral("huge.csv"), "code,land_mu\n" + code + ",1\n");
        const QByteArray parcels = hash(QStringLiteral("parcels"));
        const CliRun r = cli(args({QStringLiteral("batch"), QStringLiteral("--csv"), path,
                                   QStringLiteral("--user"), QStringLiteral("boss")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.errBytes.size() < 10000, qPrintable(QString::number(r.errBytes.size())));
        QVERIFY(!r.errBytes.contains('\0'));
        QVERIFY(!r.errBytes.contains('\x1b'));
        QVERIFY2(r.out.contains(QStringLiteral("A\\0\\x1B[2J\\0QQQ")) && r.out.contains(QStringLiteral("…")),
                 qPrintable(r.out.left(400)));
        QCOMPARE(hash(QStringLiteral("parcels")), parcels);
    }

    void refusedQuotaIsAudited()
    {
        const QByteArray quotas = hash(QStringLiteral("zhili_district_quotas"));
        const qint64 refused = refusedAuditRows();
        const CliRun r = cli(args({QStringLiteral("quotas"), QStringLiteral("set"), QStringLiteral("--year"),
                                   QStringLiteral("2025"), QStringLiteral("--district"),
                                   QStringLiteral("西湖区"), QStringLiteral("--land-mu"),
                                   QStringLiteral("100"), QStringLiteral("--user"), QStringLiteral("off")}));
        QCOMPARE(r.code, 1);
        QCOMPARE(refusedAuditRows(), refused + 1);
        QCOMPARE(hash(QStringLiteral("zhili_district_quotas")), quotas);
    }

    void keyDistrictsNeedAnExplicitClear()
    {
        CliRun r = cli(
            args({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--ecosystem"),
                  QStringLiteral("bio"), QStringLiteral("--districts"), QStringLiteral("西湖区,滨江区")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray before = hash(QStringLiteral("zhili_key_districts"));
        for (const QString &empty : {QStringLiteral(",,"), QStringLiteral(" , ")}) {
            r = cli(
                args({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--ecosystem"),
                      QStringLiteral("bio"), QStringLiteral("--districts"), empty}));
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QStringLiteral("names no district")) &&
                         r.err.contains(QStringLiteral("--clear")),
                     qPrintable(r.err));
        }
        // A zero-width space does not make a new district.
        r = cli(args({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--ecosystem"),
                      QStringLiteral("bio"), QStringLiteral("--districts"),
                      QStringLiteral("西湖区\u200B,滨江区")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(hash(QStringLiteral("zhili_key_districts")), before);
        r = cli(args({QStringLiteral("key-districts"), QStringLiteral("set"), QStringLiteral("--ecosystem"),
                      QStringLiteral("bio"), QStringLiteral("--clear")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto c = GeoPackageCache::open(m_cache, true);
        QCOMPARE(c->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_key_districts")).toInt(), 0);
    }

    void rulesRefuseUnknownKeysAndRoundTrip()
    {
        CliRun show = cli(args({QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--year"),
                                QStringLiteral("2025")}));
        QCOMPARE(show.code, 0);
        const QString good = m_dir.write(QStringLiteral("rules.json"), show.out.toUtf8());
        CliRun r = cli(args({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--year"),
                             QStringLiteral("2026"), QStringLiteral("--file"), good}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray before = hash(QStringLiteral("zhili_eval_rules"));
        QString text = show.out;
        text.replace(QStringLiteral("\"bands\""), QStringLiteral("\"band\""));
        const QString bad = m_dir.write(QStringLiteral("bad-rules.json"), text.toUtf8());
        r = cli(args({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--year"),
                      QStringLiteral("2027"), QStringLiteral("--file"), bad}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad-rules.json")) &&
                     r.err.contains(QStringLiteral("\"band\"")) &&
                     r.err.contains(QStringLiteral("large_revenue_wan")),
                 qPrintable(r.err));
        QCOMPARE(hash(QStringLiteral("zhili_eval_rules")), before);
    }

    void evaluateCsvHasNoFormulas()
    {
        const QString path = m_dir.write(
            QStringLiteral("ent.csv"), "name,year,parcels,tax_wan\n\"=cmd|' /C calc'!A0\",2025,XH-001,100\n");
        CliRun r = cli(args({QStringLiteral("enterprises"), QStringLiteral("import"), path}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(args({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2025"),
                      QStringLiteral("--csv")}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\n'=cmd|' /C calc'!A0,")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("\n=cmd")));
    }

    void lookAlikeUsersRefused()
    {
        const QByteArray users = hash(QStringLiteral("zhili_users"));
        CliRun r = cli(args({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("off\u200B"),
                             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--user"),
                             QStringLiteral("boss")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
        r = cli(args({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve\nboss  admin"),
                      QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--user"),
                      QStringLiteral("boss")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line breaks")), qPrintable(r.err));
        QCOMPARE(hash(QStringLiteral("zhili_users")), users);
    }

    void shiftJisRefused()
    {
        QStringEncoder sjis("Shift_JIS");
        const QString path =
            m_dir.write(QStringLiteral("sjis.csv"),
                        sjis(QStringLiteral("name,year,parcels\n東京のかぶしきがいしゃ,2025,\n")));
        const QByteArray before = hash(QStringLiteral("zhili_enterprises"));
        const CliRun r = cli(args({QStringLiteral("enterprises"), QStringLiteral("import"), path}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sjis.csv")) && r.err.contains(QStringLiteral("Shift-JIS")) &&
                     r.err.contains(QStringLiteral("CSV UTF-8")),
                 qPrintable(r.err));
        QCOMPARE(hash(QStringLiteral("zhili_enterprises")), before);
    }
};

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"
