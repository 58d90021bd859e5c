// Outside input that once slipped through (issue #16, findings 4, 7, 14, 16, 18): the one CSV number rule,
// rows wider than the header, duplicate headers, files that never end, code pages that are not Chinese,
// absurd enterprise figures, look-alike names, unknown rules keys, echoed values, formulas in CSV output and
// the audit of a refused quota.
#include "cache/geopackagecache.h"
#include "edit/auditlog.h"
#include "edit/batchassignment.h"
#include "edit/permissiondenied.h"
#include "edit/userdirectory.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/evaluationrules.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/indicatorstore.h"
#include "indicators/permuevaluator.h"
#include "indicators/targetimporter.h"
#include "io/csvtable.h"
#include "model/namerules.h"
#include "testcache.h"
#include "testdir.h"
#include "testerrors.h"
#include "testusers.h"
#include "util/error.h"
#include "util/inputfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <functional>
#include <sys/stat.h>

using namespace zhili;
using namespace zhili::test;

class TestCsvInput : public QObject {
    Q_OBJECT
    TestDir m_dir;

    std::unique_ptr<GeoPackageCache> freshCache() { return m_dir.freshCache(); }

private Q_SLOTS:
    void numberRule_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("plain") << "1234.5" << true << 1234.5 << "";
        QTest::newRow("spaces") << " 7 " << true << 7.0 << "";
        QTest::newRow("plus") << "+5" << true << 5.0 << "";
        QTest::newRow("exponent") << "1.5e3" << true << 1500.0 << "";
        QTest::newRow("negative") << "-5" << true << -5.0 << "";
        QTest::newRow("thousands") << "1,234.5" << true << 1234.5 << "";
        QTest::newRow("thousands 2") << "12,345,678" << true << 12345678.0 << "";
        QTest::newRow("decimal comma") << "12,5" << false << 0.0 << "ambiguous";
        QTest::newRow("bad grouping") << "1,23" << false << 0.0 << "ambiguous";
        QTest::newRow("bad grouping 2") << "1234,567" << false << 0.0 << "ambiguous";
        QTest::newRow("full-width digits") << QStringLiteral("１２３") << true << 123.0 << "";
        QTest::newRow("full-width point") << QStringLiteral("１２３．５") << true << 123.5 << "";
        QTest::newRow("full-width comma") << QStringLiteral("１，２３４") << true << 1234.0 << "";
        QTest::newRow("full-width 12,5") << QStringLiteral("１２，５") << false << 0.0 << "ambiguous";
        QTest::newRow("1e308") << "1e308" << false << 0.0 << "too large";
        QTest::newRow("1e309") << "1e309" << false << 0.0 << "out of range";
        QTest::newRow("1e-300") << "1e-300" << false << 0.0 << "too small";
        QTest::newRow("1e-400") << "1e-400" << false << 0.0 << "out of range";
        QTest::newRow("NaN") << "NaN" << false << 0.0 << "finite";
        QTest::newRow("-inf") << "-inf" << false << 0.0 << "finite";
        QTest::newRow("hex") << "0x10" << false << 0.0 << "not a number";
        QTest::newRow("trailing text") << "12abc" << false << 0.0 << "not a number";
        QTest::newRow("two points") << "1.2.3" << false << 0.0 << "not a number";
        QTest::newRow("arabic-indic") << QStringLiteral("١٢") << false << 0.0 << "not a number";
    }

    void numberRule()
    {
        QFETCH(QString, cell);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QFETCH(QString, reasonPart);
        QString reason;
        const std::optional<double> v = CsvTable::number(cell, &reason);
        QCOMPARE(bool(v), ok);
        if (ok)
            QCOMPARE(*v, value);
        else
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    }

    void minusZeroIsZeroAndNegativesRefused()
    {
        QString reason;
        const auto z = CsvTable::nonNegativeNumber(QStringLiteral("-0"), &reason);
        QVERIFY(z);
        QVERIFY(!std::signbit(*z));
        QVERIFY(!CsvTable::nonNegativeNumber(QStringLiteral("-5"), &reason));
        QVERIFY(reason.contains(QStringLiteral("negative")));
    }

    void refusesFilesThatNeverEndBeforeReading()
    {
        QElapsedTimer t;
        t.start();
        QString m = errorOf([] { CsvTable::read(QStringLiteral("/dev/zero")); });
        QVERIFY2(m.contains(QStringLiteral("/dev/zero")) && m.contains(QStringLiteral("not a regular file")),
                 qPrintable(m));

        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        m = errorOf([&] { CsvTable::read(fifo); }); // would block in open() without the check
        QVERIFY2(m.contains(QStringLiteral("not a regular file")), qPrintable(m));

        m = errorOf([&] { readInputFile(m_dir.path(), kMaxRulesJsonBytes); });
        QVERIFY2(m.contains(QStringLiteral("folder")), qPrintable(m));

        // Over the limit: refused from its size, without reading 64 MiB (the file is sparse).
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(kMaxCsvBytes + 1));
        }
        m = errorOf([&] { CsvTable::read(big); });
        QVERIFY2(m.contains(QStringLiteral("too large")) && m.contains(QStringLiteral("64 MiB")),
                 qPrintable(m));
        const QString rules =
            m_dir.write(QStringLiteral("rules.json"), QByteArray(kMaxRulesJsonBytes + 1, ' '));
        m = errorOf([&] { readInputFile(rules, kMaxRulesJsonBytes); });
        QVERIFY2(m.contains(QStringLiteral("1 MiB")), qPrintable(m));
        QVERIFY(t.elapsed() < 20000);
    }

    void refusesCodePagesThatAreNotChinese_data()
    {
        QTest::addColumn<QByteArray>("codec");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("guess");
        QTest::newRow("Shift-JIS") << QByteArray("Shift_JIS")
                                   << QStringLiteral("name,year,parcels\n東京のかぶしきがいしゃ,2025,\n"
                                                     "大阪テクノロジー,2025,\n")
                                   << "Shift-JIS";
        QTest::newRow("Big5") << QByteArray("Big5")
                              << QStringLiteral("name,year,parcels\n臺北市電腦股份有限公司,2025,\n"
                                                "新竹科學園區開發,2025,\n")
                              << "Big5";
    }

    void refusesCodePagesThatAreNotChinese()
    {
        QFETCH(QByteArray, codec);
        QFETCH(QString, text);
        QFETCH(QString, guess);
        QStringEncoder enc(codec.constData());
        QVERIFY(enc.isValid());
        const QString path = m_dir.write(QStringLiteral("cp.csv"), enc(text));
        const QString m = errorOf([&] { CsvTable::read(path); });
        QVERIFY2(m.contains(path) && m.contains(guess) && m.contains(QStringLiteral("CSV UTF-8")),
                 qPrintable(m));
        auto cache = freshCache();
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_enterprises"));
        QVERIFY_THROWS_EXCEPTION(Error, EnterpriseImporter(*cache).import(testPlanner(), path));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_enterprises")), before);
    }

    void gbkChineseStillReads()
    {
        QStringEncoder gb("GB18030");
        const QString path =
            m_dir.write(QStringLiteral("gbk.csv"),
                        gb(QStringLiteral("name,year,parcels\n杭州某药业有限公司,2025,\n"
                                          "西湖区智能制造园开发公司,2025,\n浙江喆堃科技,2025,\n")));
        const CsvTable t = CsvTable::read(path);
        QCOMPARE(t.encoding(), QStringLiteral("GB18030"));
        QCOMPARE(CsvTable::cell(t.records().at(2), 0), QStringLiteral("浙江喆堃科技"));
    }

    void duplicateHeadersRefusedEverywhere()
    {
        auto cache = freshCache();
        const QByteArray targets = tableHash(cache->db(), QStringLiteral("zhili_targets"));
        const QByteArray enterprises = tableHash(cache->db(), QStringLiteral("zhili_enterprises"));
        const QString t =
            m_dir.write(QStringLiteral("t.csv"),
                        "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects,projects\n"
                        "2025,bio,西湖区,1,2,3,4,5\n");
        const std::optional<CsvImportRefused> refusal =
            csvRefusalOf([&] { TargetImporter(*cache).import(testPlanner(), t); });
        QVERIFY2(refusal, "a duplicate header was accepted");
        QCOMPARE(refusal->problems().size(), 1);
        QCOMPARE(refusal->problems().first().column, QStringLiteral("projects"));
        QVERIFY2(refusal->message().contains(QStringLiteral("named twice (columns 7 and 8)")),
                 qPrintable(refusal->message()));
        const QString e =
            m_dir.write(QStringLiteral("e.csv"), "name,year,parcels,tax_wan,tax_wan\n甲,2025,,1,2\n");
        const QString m = errorOf([&] { EnterpriseImporter(*cache).import(testPlanner(), e); });
        QVERIFY2(m.contains(QStringLiteral("tax_wan")) && m.contains(QStringLiteral("named twice")),
                 qPrintable(m));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_targets")), targets);
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_enterprises")), enterprises);
    }

    void batchRefusesWideRowsAndAmbiguousCommas()
    {
        auto cache = freshCache();
        // Unquoted 1,234.5 under a two-column header used to set finance to 1.
        QString path = m_dir.write(QStringLiteral("b1.csv"), "code,finance_wan\nXH-002,1,234.5\n");
        BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), path);
        QCOMPARE(pv.problems.size(), 1);
        QCOMPARE(pv.problems.first().line, 2);
        QVERIFY2(pv.problems.first().reason.contains(QStringLiteral("3 cells but the header has 2 columns")),
                 qPrintable(pv.problems.first().reason));
        QVERIFY(pv.changes.isEmpty());

        path = m_dir.write(QStringLiteral("b2.csv"), "code,finance_wan\nXH-002,\"12,5\"\n");
        pv = BatchAssignment::preview(*cache, testAdmin(), path);
        QCOMPARE(pv.problems.size(), 1);
        QVERIFY2(pv.problems.first().reason.contains(QStringLiteral("finance_wan = \"12,5\"")) &&
                     pv.problems.first().reason.contains(QStringLiteral("ambiguous")),
                 qPrintable(pv.problems.first().reason));

        // Quoted thousands and full-width digits are what a person meant.
        path =
            m_dir.write(QStringLiteral("b3.csv"),
                        QStringLiteral("code,finance_wan,energy_tce\nXH-002,\"1,234.5\",１２３\n").toUtf8());
        pv = BatchAssignment::preview(*cache, testAdmin(), path);
        QVERIFY2(pv.ok(), qPrintable(pv.report()));
        QCOMPARE(pv.changes.first().after.financeWan, 1234.5);
        QCOMPARE(pv.changes.first().after.energyTce, 123.0);

        // A district with a zero-width space is the district (not an unknown one).
        path = m_dir.write(QStringLiteral("b4.csv"),
                           QStringLiteral("code,district,land_mu\nXH-002,西湖区\u200B,1\n").toUtf8());
        pv = BatchAssignment::preview(*cache, testAdmin(), path);
        QVERIFY2(pv.ok(), qPrintable(pv.report()));
    }

    void echoedValuesAreCappedAndEscaped()
    {
        QCOMPARE(NameRules::displayValue(QStringLiteral("a\nb\tc") + QChar(0) + QStringLiteral("d")),
                 QStringLiteral("a\\nb\\tc\\0d"));
        QCOMPARE(NameRules::displayValue(QStringLiteral("off\u200B")), QStringLiteral("off<U+200B>"));
        QCOMPARE(NameRules::displayValue(QStringLiteral("\x1b[31m")), QStringLiteral("\\x1B[31m"));
        const QString huge(50 * 1000 * 1000, QLatin1Char('x'));
        QElapsedTimer t;
        t.start();
        const QString shown = NameRules::displayValue(huge);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(shown.size() < 200);
        QVERIFY(
            shown.startsWith(QString(NameRules::kDisplayValueChars, QLatin1Char('x')) + QStringLiteral("…")));
        QVERIFY(shown.contains(QStringLiteral("50000000 characters")));

        // In a batch report: a 1 MB code with NUL bytes comes back as 80 characters, escaped.
        auto cache = freshCache();
        QByteArray code("Z\0Z", 3);
        code += QByteArray(1000 * 1000, 'Q');
        const QString path = m_dir.write(QStringLiteral("huge.csv"), "code,land_mu\n" + code + ",1\n");
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), path);
        const QString report = pv.report();
        QVERIFY2(report.size() < 2000, qPrintable(report.left(300)));
        QVERIFY(!report.contains(QChar(0)));
        QVERIFY(report.contains(QStringLiteral("Z\\0Z")));
    }

    void namesAreNormalized()
    {
        QString why;
        QCOMPARE(*NameRules::cleanName(QStringLiteral("off\u200B"), &why), QStringLiteral("off"));
        QCOMPARE(*NameRules::cleanName(QStringLiteral("上城区\u200B"), &why), QStringLiteral("上城区"));
        QCOMPARE(*NameRules::cleanName(QStringLiteral("ｏｆｆ"), &why), QStringLiteral("off"));
        QVERIFY(!NameRules::cleanName(QStringLiteral("off\nadmin"), &why));
        QVERIFY(why.contains(QStringLiteral("line breaks")));

        auto cache = freshCache();
        UserDirectory users(*cache);
        users.add(testAdmin(), std::nullopt); // the first user of a cache is an administrator
        users.add(User{QStringLiteral("off"), Role::Officer, QStringLiteral("西湖区"), QString(), false},
                  testAdmin());
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_users"));
        QString m = errorOf([&] {
            users.add(User{QStringLiteral("off\u200B"), Role::Admin, QString(), QString(), false},
                      testAdmin());
        });
        QVERIFY2(m.contains(QStringLiteral("already exists")), qPrintable(m));
        m = errorOf([&] {
            users.add(User{QStringLiteral("eve\nadmin  admin"), Role::Planner, QString(), QString(), false},
                      testAdmin());
        });
        QVERIFY2(m.contains(QStringLiteral("eve\\nadmin")) && m.contains(QStringLiteral("line breaks")),
                 qPrintable(m));
        m = errorOf([&] {
            users.add(
                User{QStringLiteral("新人"), Role::Officer, QStringLiteral("上城区\u200B"), QString(), false},
                testAdmin());
        });
        QVERIFY2(m.contains(QStringLiteral("unknown district \"上城区\"")), qPrintable(m));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_users")), before);
        QCOMPARE(users.resolve(QStringLiteral("off\u200B")).name, QStringLiteral("off"));
    }

    void absurdEnterpriseFiguresRefusedAndNeverAClassWithoutScore()
    {
        auto cache = freshCache();
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_enterprises"));
        const QString path = m_dir.write(QStringLiteral("ent.csv"),
                                         "name,year,parcels,value_added_wan,energy_tce,revenue_wan\n"
                                         "甲,2025,XH-001,1e308,1,5000\n"
                                         "乙,2025,XH-002,100,1e-300,5000\n");
        const std::optional<CsvImportRefused> refusal =
            csvRefusalOf([&] { EnterpriseImporter(*cache).import(testPlanner(), path); });
        QVERIFY2(refusal, "absurd figures were imported");
        QCOMPARE(refusal->problems().size(), 2);
        QVERIFY2(refusal->message().contains(QStringLiteral("line 2, value_added_wan = \"1e308\"")) &&
                     refusal->message().contains(QStringLiteral("line 3, energy_tce = \"1e-300\"")),
                 qPrintable(refusal->message()));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_enterprises")), before);

        // Figures stored before the limits existed: no score, hence no class.
        const QString uuid =
            cache->db().scalar(QStringLiteral("SELECT uuid FROM parcels WHERE code = 'XH-001'")).toString();
        Enterprise bad;
        bad.name = QStringLiteral("甲");
        bad.year = 2025;
        bad.valueAddedWan = 1e308;
        bad.energyTce = 1e-300;
        bad.revenueWan = 1e308;
        bad.parcelUuids = {uuid};
        Enterprise good = bad;
        good.name = QStringLiteral("乙");
        good.valueAddedWan = 1000;
        good.energyTce = 10;
        good.revenueWan = 5000;
        IndicatorStore(*cache).saveEnterprises(testPlanner(), {bad, good});
        const PerMuEvaluation ev = PerMuEvaluator::evaluate(*cache, 2025);
        QCOMPARE(ev.enterprises.size(), 2);
        for (const EnterpriseEvaluation &e : ev.enterprises) {
            QCOMPARE(e.grade.isNull(), !e.score.has_value());
            if (e.name == QStringLiteral("甲"))
                QVERIFY(!e.score);
        }
        for (const QJsonValue &v : IndicatorReportWriter::json(ev)[QStringLiteral("enterprises")].toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o[QStringLiteral("class")].isNull(), o[QStringLiteral("score")].isNull());
        }
    }

    void rulesRefuseUnknownKeys()
    {
        QJsonObject o = EvaluationRules().toJson();
        o[QStringLiteral("bands")] = QJsonArray{20, 80, 95};
        QVERIFY(errorOf([&] { EvaluationRules::fromJson(o, 2025); }).isEmpty());
        o[QStringLiteral("band")] = QJsonArray{10, 50, 90};
        const QString m = errorOf([&] { EvaluationRules::fromJson(o, 2025); });
        QVERIFY2(m.contains(QStringLiteral("unknown key \"band\"")) && m.contains(QStringLiteral("bands")),
                 qPrintable(m));
        o.remove(QStringLiteral("band"));
        o[QStringLiteral("large_revenue_wan")] = QStringLiteral("2000万");
        QVERIFY(errorOf([&] {
                    EvaluationRules::fromJson(o, 2025);
                }).contains(QStringLiteral("large_revenue_wan")));
    }

    void csvOutputHasNoFormulas()
    {
        PerMuEvaluation ev;
        ev.year = 2025;
        EnterpriseEvaluation e;
        e.name = QStringLiteral("=cmd|' /C calc'!A0");
        e.year = 2025;
        ev.enterprises.append(e);
        e.name = QStringLiteral("@SUM(A1)");
        ev.enterprises.append(e);
        e.name = QStringLiteral("-2+3");
        ev.enterprises.append(e);
        const QString csv = IndicatorReportWriter::csv(ev);
        QVERIFY2(csv.contains(QStringLiteral("\n'=cmd|' /C calc'!A0,")), qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("\n'@SUM(A1),")));
        QVERIFY(csv.contains(QStringLiteral("\n'-2+3,")));
    }

    void refusedQuotaIsAudited()
    {
        auto cache = freshCache();
        const User officer{QStringLiteral("off"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_district_quotas"));
        const qint64 refused = auditRowCount(cache->db(), 0);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, IndicatorStore(*cache).setQuotas(
                                                       officer, {DistrictQuota{2025, QStringLiteral("西湖区"),
                                                                               Resource::Land, 100}}));
        QCOMPARE(auditRowCount(cache->db(), 0), refused + 1);
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_district_quotas")), before);
        const QList<AuditEntry> rows = AuditLog(*cache).since(0);
        QCOMPARE(rows.last().targetKind, QStringLiteral("quota"));
        QCOMPARE(rows.last().user, QStringLiteral("off"));
        QVERIFY(!rows.last().accepted);
        // A planner's quotas are written, one audit row each.
        const WriteSummary s = IndicatorStore(*cache).setQuotas(
            testPlanner(), {DistrictQuota{2025, QStringLiteral("西湖区"), Resource::Land, 100},
                            DistrictQuota{2025, QStringLiteral("西湖区"), Resource::Energy, 5}});
        QCOMPARE(s.inserted, 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvInput)
#include "tst_csvinput.moc"
