// zhili-cli chain-map, and render/snapshot --chain, as whole processes (issue #12): the sheet in each format
// with the link names as text, and bad input named in one sentence with nothing written.
#include "chainclicache.h"
#include "clirunner.h"
#include "testcache.h"
#include "testdir.h"
#include "testfiles.h"

#include <QFile>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestChainMapCli : public QObject {
    Q_OBJECT
    TestDir m_dir;
    QString m_cache;

    QStringList chainMap(const QString &out, const QStringList &more = {}) const
    {
        return QStringList{
                   QStringLiteral("chain-map"),   QStringLiteral("--cache"),  m_cache,
                   QStringLiteral("--ecosystem"), QStringLiteral("生物医药"), QStringLiteral("--chain"),
                   QStringLiteral("创新药"),      QStringLiteral("--out"),    out} +
               more;
    }

    // Runs a command that must fail with `code`, name `value` in one line on stderr, and write nothing.
    void expectRefusal(const QStringList &args, const QString &out, int code, const QString &value) const
    {
        const CliRun r = runCli(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(value), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFile::exists(out));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestParcel c = sizedParcel("C1", "滨江区", 100, 100);
        c.x = 503500, c.y = 3350500;
        m_cache = makeChainCliCache(m_dir.filePath(QStringLiteral("chains.gpkg")), c);
        const QMap<QString, QString> planner{{QStringLiteral("ZHILI_USER"), QStringLiteral("planner")}};
        const QString chains =
            m_dir.write(QStringLiteral("chains.csv"), "ecosystem,chain,link,stage,supplies,leader\n"
                                                      "bio,创新药,原料药,上游,制剂;生物制品,李副市长\n"
                                                      "bio,创新药,生物制品,上游,制剂,\n"
                                                      "bio,创新药,制剂,中游,医药流通,\n"
                                                      "bio,创新药,医药流通,下游,,\n");
        CliRun r = runCli(
            {QStringLiteral("chains"), QStringLiteral("import"), chains, QStringLiteral("--cache"), m_cache},
            planner);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString enterprises = m_dir.write(QStringLiteral("e.csv"), "name,year,parcels,chain,link\n"
                                                                         "甲药业,2025,A1,创新药,原料药\n"
                                                                         "乙制药,2025,B1,创新药,制剂\n"
                                                                         "丙医药,2025,C1,创新药,医药流通\n");
        r = runCli({QStringLiteral("enterprises"), QStringLiteral("import"), enterprises,
                    QStringLiteral("--cache"), m_cache},
                   planner);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void sheetInEachFormat()
    {
        const QString svg = m_dir.filePath(QStringLiteral("chain.svg"));
        CliRun r = runCli(chainMap(svg, {QStringLiteral("--enterprise"), QStringLiteral("乙制药")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(svg), qPrintable(r.out));
        const QString text = readText(svg);
        for (const char *name : {"原料药", "生物制品", "制剂", "医药流通", "缺失", "创新药产业链图"})
            QVERIFY2(text.contains(QString::fromUtf8(name)), name);

        const QString pdf = m_dir.filePath(QStringLiteral("chain.pdf"));
        r = runCli(chainMap(pdf, {QStringLiteral("--district"), QStringLiteral("滨江区")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readText(pdf).startsWith(QStringLiteral("%PDF")));

        const QString png = m_dir.filePath(QStringLiteral("chain.png"));
        r = runCli(chainMap(png, {QStringLiteral("--dpi"), QStringLiteral("150")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pngSize(png), QSize(1754, 1240)); // A4 landscape at 150 DPI

        // English: the sheet's words and the stage names follow --lang.
        const QString en = m_dir.filePath(QStringLiteral("chain-en.svg"));
        r = runCli(chainMap(en) + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString english = readText(en);
        QVERIFY(english.contains(QStringLiteral("Upstream")) && english.contains(QStringLiteral("missing")));
        // The SVG writes each script run as its own <text>: the legend row is "Missing: " then the name.
        QVERIFY(english.contains(QStringLiteral(">Missing: <")) ||
                english.contains(QStringLiteral(">Missing:<")));
    }

    void badInputWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        QStringList args = chainMap(out);
        args[6] = QStringLiteral("无此链");
        expectRefusal(args, out, 1, QStringLiteral("无此链"));
        expectRefusal(chainMap(out, {QStringLiteral("--enterprise"), QStringLiteral("无名")}), out, 1,
                      QStringLiteral("无名"));
        expectRefusal(chainMap(out, {QStringLiteral("--district"), QStringLiteral("火星区")}), out, 1,
                      QStringLiteral("火星区"));
        const QString jpg = m_dir.filePath(QStringLiteral("chain.jpg"));
        expectRefusal(chainMap(jpg), jpg, 1, QStringLiteral("chain.jpg"));
        // Command-line errors: exit 2, an unknown --ecosystem too (a bad option value, as in chain-gaps).
        args = chainMap(out);
        args[4] = QStringLiteral("钢铁");
        expectRefusal(args, out, 2, QStringLiteral("钢铁"));
        for (const QString &command : {QStringLiteral("render"), QStringLiteral("snapshot")})
            expectRefusal({command, QStringLiteral("--cache"), m_cache, QStringLiteral("--out"), out,
                           QStringLiteral("--chain"), QStringLiteral("创新药"), QStringLiteral("--ecosystem"),
                           QStringLiteral("钢铁")},
                          out, 2, QStringLiteral("钢铁"));
        const QString gaps = m_dir.filePath(QStringLiteral("gaps.txt"));
        expectRefusal({QStringLiteral("chain-gaps"), QStringLiteral("--cache"), m_cache,
                       QStringLiteral("--ecosystem"), QStringLiteral("钢铁")},
                      gaps, 2, QStringLiteral("钢铁"));
        args = chainMap(out);
        args.removeAt(5);
        args.removeAt(5);
        expectRefusal(args, out, 2, QStringLiteral("--chain"));
        expectRefusal({QStringLiteral("render"), QStringLiteral("--cache"), m_cache, QStringLiteral("--out"),
                       out, QStringLiteral("--enterprise"), QStringLiteral("乙制药")},
                      out, 2, QStringLiteral("--chain"));
    }

    void renderAndSnapshotDrawTheChain()
    {
        const QString png = m_dir.filePath(QStringLiteral("render.png"));
        CliRun r = runCli({QStringLiteral("render"), QStringLiteral("--cache"), m_cache,
                           QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("800x800"),
                           QStringLiteral("--chain"), QStringLiteral("创新药"), QStringLiteral("--ecosystem"),
                           QStringLiteral("bio"), QStringLiteral("--enterprise"), QStringLiteral("乙制药")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pngSize(png), QSize(800, 800)); // its colours: tests/maps/tst_chainmap

        const QString sheet = m_dir.filePath(QStringLiteral("snapshot.svg"));
        r = runCli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache, QStringLiteral("--out"),
                    sheet, QStringLiteral("--chain"), QStringLiteral("创新药"), QStringLiteral("--ecosystem"),
                    QStringLiteral("bio")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = readText(sheet);
        QVERIFY2(text.contains(QStringLiteral("缺失：生物制品")), "the snapshot's legend is the chain's");
        const QString missing = m_dir.filePath(QStringLiteral("missing.svg"));
        expectRefusal({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                       QStringLiteral("--out"), missing, QStringLiteral("--chain"), QStringLiteral("无此链"),
                       QStringLiteral("--ecosystem"), QStringLiteral("bio")},
                      missing, 1, QStringLiteral("无此链"));
    }
};

QTEST_MAIN(TestChainMapCli)
#include "tst_chainmapcli.moc"
