// `zhili-cli snapshot`: exact PNG pixel sizes (read from the PNG header), PDF pages and page sizes (pdfinfo),
// the Chinese title in the PDF text (pdftotext), batch per district, and clear errors with no file written.
#include "clirunner.h"
#include "nearcolor.h"
#include "syntheticcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSnapshotCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(m_cache);
    }

    void pngSizes_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("dpi");
        QTest::addColumn<QSize>("size");
        QTest::newRow("A4 landscape 300") << "A4-landscape"
                                          << "300" << QSize(3508, 2480);
        QTest::newRow("A4 portrait 72") << "A4-portrait"
                                        << "72" << QSize(595, 842);
        QTest::newRow("slide default") << "slide-16x9"
                                       << "" << QSize(1920, 1080);
    }
    void pngSizes()
    {
        QFETCH(QString, page);
        QFETCH(QString, dpi);
        QFETCH(QSize, size);
        const QString out = m_dir.filePath(page + QStringLiteral(".png"));
        QStringList args{QStringLiteral("snapshot"),
                         QStringLiteral("--cache"),
                         m_cache,
                         QStringLiteral("--page"),
                         page,
                         QStringLiteral("--title"),
                         QStringLiteral("测试标题"),
                         QStringLiteral("--out"),
                         out};
        if (!dpi.isEmpty())
            args << QStringLiteral("--dpi") << dpi;
        const CliRun r = runCli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(pngSize(out), size);
    }

    void pdfDistrict()
    {
        const QString out = m_dir.filePath(QStringLiteral("d.pdf"));
        const CliRun r = runCli(
            {QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache, QStringLiteral("--district"),
             QStringLiteral("余杭区"), QStringLiteral("--page"), QStringLiteral("A3-landscape"),
             QStringLiteral("--title"), QStringLiteral("{district}工业用地"), QStringLiteral("--date"),
             QStringLiteral("2026-02-28"), QStringLiteral("--summary"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("1191 x 842 pts")));
        const QString text = tool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("余杭区工业用地")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("数据截至 2026年2月28日")), qPrintable(text));
    }

    void eachDistrict()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("all.pdf"));
        CliRun r = runCli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                           QStringLiteral("--each-district"), QStringLiteral("--title"),
                           QStringLiteral("产业用地布局图"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))), qPrintable(info));
        const QString text = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const char *d : test::kDistricts)
            QVERIFY2(text.contains(QString::fromUtf8(d) + QStringLiteral("产业用地布局图")), d);

        const QString dir = m_dir.filePath(QStringLiteral("sheets")) + QLatin1Char('/');
        r = runCli({QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--each-district"), QStringLiteral("--title"), QStringLiteral("产业用地"),
                    QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--dpi"),
                    QStringLiteral("72"), QStringLiteral("--out"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *d : test::kDistricts)
            QCOMPARE(pngSize(dir + QString::fromUtf8(d) + QStringLiteral(".png")), QSize(842, 595));
    }

    void eachDistrictSheetIsTheDistrictsOwnSheet()
    {
        // --each-district draws every sheet from one store of all parcels; --district reads only the parcels
        // around its frame: the pixels must not differ.
        const QString dir = m_dir.filePath(QStringLiteral("each")) + QLatin1Char('/');
        const QStringList common{QStringLiteral("snapshot"),
                                 QStringLiteral("--cache"),
                                 m_cache,
                                 QStringLiteral("--title"),
                                 QStringLiteral("{district}产业用地"),
                                 QStringLiteral("--dpi"),
                                 QStringLiteral("96")};
        CliRun r = runCli(common + QStringList{QStringLiteral("--each-district"), QStringLiteral("--format"),
                                               QStringLiteral("png"), QStringLiteral("--out"), dir});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *d : test::kDistricts) {
            const QString name = QString::fromUtf8(d);
            const QString single = m_dir.filePath(name + QStringLiteral("-single.png"));
            r = runCli(common +
                       QStringList{QStringLiteral("--district"), name, QStringLiteral("--out"), single});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QImage each(dir + name + QStringLiteral(".png")), one(single);
            QVERIFY(!each.isNull());
            QCOMPARE(each.size(), one.size());
            // The first text a process draws antialiases glyph edges up to 30 levels differently from the
            // same text drawn again (the later sheets of --each-district): edges may differ that much, and
            // only on a few pixels; a parcel missing or in another colour differs by far more.
            int differing = 0;
            for (int y = 0; y < each.height(); ++y)
                for (int x = 0; x < each.width(); ++x)
                    if (each.pixel(x, y) != one.pixel(x, y)) {
                        QVERIFY2(test::nearColor(each.pixelColor(x, y), one.pixelColor(x, y), 40),
                                 qPrintable(QStringLiteral("%1 at %2, %3").arg(name).arg(x).arg(y)));
                        ++differing;
                    }
            QVERIFY2(differing * 50 < each.width() * each.height(), qPrintable(QString::number(differing)));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown district")
            << QStringList{QStringLiteral("--district"), QStringLiteral("火星区")} << "x1.png"
            << "火星区";
        QTest::newRow("inverted extent")
            << QStringList{QStringLiteral("--extent"), QStringLiteral("520000,3351000,515000,3350000")}
            << "x2.png"
            << "inverted";
        QTest::newRow("empty extent")
            << QStringList{QStringLiteral("--extent"), QStringLiteral("515000,3350000,515000,3351000")}
            << "x3.pdf"
            << "empty";
        QTest::newRow("dpi too high")
            << QStringList{QStringLiteral("--dpi"), QStringLiteral("700")} << "x4.png"
            << "700";
        QTest::newRow("dpi too low") << QStringList{QStringLiteral("--dpi"), QStringLiteral("50")} << "x5.png"
                                     << "50";
        QTest::newRow("unknown page")
            << QStringList{QStringLiteral("--page"), QStringLiteral("A5")} << "x6.png"
            << "A5";
        QTest::newRow("unknown format") << QStringList{} << "x7.jpg"
                                        << ".png";
        QTest::newRow("unwritable") << QStringList{} << "/nonexistent-zhili/x.png"
                                    << "nonexistent-zhili";
    }
    void badInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, out);
        QFETCH(QString, message);
        const QString path = out.startsWith(QLatin1Char('/')) ? out : m_dir.filePath(out);
        const CliRun r = runCli(QStringList{QStringLiteral("snapshot"), QStringLiteral("--cache"), m_cache,
                                            QStringLiteral("--title"), QStringLiteral("T"),
                                            QStringLiteral("--out"), path} +
                                extra);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        // No temporary leftovers beside the target either.
        const QStringList left = QDir(m_dir.path()).entryList({out + QStringLiteral("*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // snapshot and render read --extent and --theme through one parser: the same refusal, word for word,
    // as a wrong command line (exit 2).
    void mapOptionsAreRefusedLikeRender_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::newRow("not numbers") << QStringList{QStringLiteral("--extent"), QStringLiteral("a,b,c,d")};
        QTest::newRow("three numbers") << QStringList{QStringLiteral("--extent"), QStringLiteral("1,2,3")};
        QTest::newRow("inverted") << QStringList{QStringLiteral("--extent"), QStringLiteral("1,2,1,5")};
        QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("water")};
    }
    void mapOptionsAreRefusedLikeRender()
    {
        QFETCH(QStringList, option);
        const auto refusal = [&](const QString &command, const QString &out) {
            const CliRun r = runCli(QStringList{command, QStringLiteral("--cache"), m_cache,
                                                QStringLiteral("--out"), m_dir.filePath(out)} +
                                    option);
            return std::pair{r.code,
                             r.err.section(QStringLiteral(": "), 1).section(QStringLiteral(" (see"), 0, 0)};
        };
        const auto snapshot = refusal(QStringLiteral("snapshot"), QStringLiteral("same.png"));
        const auto render = refusal(QStringLiteral("render"), QStringLiteral("same.png"));
        QCOMPARE(snapshot.first, 2);
        QCOMPARE(render.first, 2);
        QVERIFY2(!snapshot.second.isEmpty(), "no message");
        QCOMPARE(snapshot.second, render.second);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("same.png"))));
    }

    // fuzz_cli_options found a scale beyond 64 bits (tests/maps/tst_fuzzregressions): the same input end to
    // end, the sheet is written (or refused with a message), never a crash.
    void hugeExtent()
    {
        const QString demo = QStringLiteral(ZHILI_DEMO_CACHE);
        if (!QFileInfo::exists(demo))
            QSKIP("the demo cache was not built");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("huge.png"));
        const CliRun r = runCli({QStringLiteral("snapshot"), QStringLiteral("--cache"), demo,
                                 QStringLiteral("--extent"), QStringLiteral("-1e300,-1e300,1e300,1e300"),
                                 QStringLiteral("--dpi"), QStringLiteral("72"), QStringLiteral("--out"), out},
                                {}, 300000);
        QVERIFY2(r.code != -2, qPrintable(r.err)); // finished in time, no crash
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        if (r.code == 0)
            QVERIFY(QFileInfo(out).size() > 0);
        else
            QVERIFY2(!r.err.isEmpty() && !QFileInfo::exists(out), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCli)
#include "tst_snapshotcli.moc"
