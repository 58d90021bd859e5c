// zhili-cli as scripts see it: --version, --help, exit codes (0 ok, 1 failed, 2 usage) and a quiet stderr,
// also under cron/CI where XDG_RUNTIME_DIR and QT_QPA_PLATFORM are unset. Runs the real binary.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili::test;

class TestCliProcess : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_tmp; // TMPDIR of the runs: the private runtime folder must be gone afterwards

    // A cron-like environment: no XDG_RUNTIME_DIR, no QT_QPA_PLATFORM, a TMPDIR of our own.
    CliRun cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.remove(QStringLiteral("CPL_DEBUG"));
        env.insert(QStringLiteral("TMPDIR"), m_tmp);
        return runCliIn(env, args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(ZHILI_CLI)));
        QVERIFY2(QFile::exists(QStringLiteral(ZHILI_DEMO_CACHE)), ZHILI_DEMO_CACHE);
        // A private copy: info opens read-only, but must not touch the cache the other tests use.
        m_demo = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QVERIFY(QFile::copy(QStringLiteral(ZHILI_DEMO_CACHE), m_demo));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("tmp"))));
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
    }

    void version()
    {
        const CliRun r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral(ZHILI_VERSION_STRING "\n"));
        QCOMPARE(r.err, QString());
    }

    void helpDocumentsExitCodes()
    {
        const CliRun r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.contains(QStringLiteral("Exit codes:")), qPrintable(r.out));
        for (const char *line :
             {"  0  success", "  1  the operation failed", "  2  the command line is wrong"})
            QVERIFY2(r.out.contains(QLatin1String(line)), line);
        QVERIFY(r.out.contains(QStringLiteral("  render ")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage: zhili-cli");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("missing --cache")
            << QStringList{QStringLiteral("info")} << QStringLiteral("missing --cache");
        QTest::newRow("missing --out")
            << QStringList{QStringLiteral("render"), QStringLiteral("--cache"), QStringLiteral("DEMO")}
            << QStringLiteral("missing --out");
    }

    // Exit code 2, the reason on stderr, nothing on stdout (a script parsing stdout sees no usage text).
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.replaceInStrings(QStringLiteral("DEMO"), m_demo);
        const CliRun r = cli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void missingInputFails_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString missing = QDir::temp().filePath(QStringLiteral("zhili-no-such-dir/none.gpkg"));
        QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("--cache"), missing};
        QTest::newRow("render") << QStringList{QStringLiteral("render"), QStringLiteral("--cache"), missing,
                                               QStringLiteral("--out"), QStringLiteral("OUT.png")};
        QTest::newRow("import") << QStringList{
            QStringLiteral("import"), QDir::temp().filePath(QStringLiteral("zhili-no-such-dir/none.shp")),
            QStringLiteral("--cache"), QStringLiteral("OUT.gpkg")};
    }

    // Exit code 1 with one line on stderr naming the file, and nothing created.
    void missingInputFails()
    {
        QFETCH(QStringList, args);
        const QString out = m_dir.filePath(QStringLiteral("missing-out"));
        args.replaceInStrings(QStringLiteral("OUT"), out);
        const CliRun r = cli(args);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("zhili-no-such-dir/none.")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".gpkg")));
        QVERIFY(!QFile::exists(out + QStringLiteral(".png")));
    }

    // The normal runs of a cron job: results on stdout, not one byte on stderr, no folder left in TMPDIR.
    void quietWithoutXdgRuntimeDir()
    {
        const CliRun info =
            cli({QStringLiteral("info"), QStringLiteral("--cache"), m_demo, QStringLiteral("--json")});
        QCOMPARE(info.err, QString());
        QCOMPARE(info.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        const int parcels =
            o.value(QStringLiteral("total")).toObject().value(QStringLiteral("parcels")).toInt();
        QVERIFY2(parcels > 0, qPrintable(info.out));
        int sum = 0;
        for (const QJsonValue &d : o.value(QStringLiteral("districts")).toArray())
            sum += d.toObject().value(QStringLiteral("parcels")).toInt();
        QCOMPARE(sum, parcels);

        const QString png = m_dir.filePath(QStringLiteral("demo.png"));
        const CliRun render =
            cli({QStringLiteral("render"), QStringLiteral("--cache"), m_demo, QStringLiteral("--out"), png,
                 QStringLiteral("--size"), QStringLiteral("320x200")});
        QCOMPARE(render.err, QString());
        QCOMPARE(render.code, 0);
        QCOMPARE(pngSize(png), QSize(320, 200));
        QVERIFY(QFileInfo(png).size() > 1000); // a drawn map, not an empty frame

        const QString classes = m_dir.filePath(QStringLiteral("classes.png"));
        const CliRun map =
            cli({QStringLiteral("indicator-map"), QStringLiteral("--cache"), m_demo, QStringLiteral("--year"),
                 QStringLiteral("2026"), QStringLiteral("--layer"), QStringLiteral("classes"),
                 QStringLiteral("--out"), classes, QStringLiteral("--width"), QStringLiteral("320"),
                 QStringLiteral("--height"), QStringLiteral("200")});
        QCOMPARE(map.err, QString());
        QCOMPARE(map.code, 0);
        QVERIFY2(map.out.contains(classes), qPrintable(map.out));
        QCOMPARE(pngSize(classes), QSize(320, 200));

        QCOMPARE(QDir(m_tmp).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
