// Batch assignment from CSV: preview lists old → new and every bad row with its line; apply is all-or-nothing
// in one transaction and one undo step.
#include "edit/auditlog.h"
#include "edit/batchassignment.h"
#include "edit/parceleditor.h"
#include "testcache.h"
#include "testdir.h"
#include "testfiles.h"
#include "testusers.h"
#include "util/error.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestBatchAssignment : public QObject {
    Q_OBJECT
    TestDir m_dir;

    std::unique_ptr<GeoPackageCache> freshCache() { return m_dir.freshCache(); }
    QString writeCsv(const QByteArray &bytes)
    {
        return writeTestFile(m_dir.freshPath(QStringLiteral("batch%1.csv")), bytes);
    }
    ParcelAssignment assignmentOf(GeoPackageCache &cache, const QString &code, const QString &district = {})
    {
        return cache.parcelByFid(testParcelFid(cache, code, district))->assignment;
    }

private Q_SLOTS:
    void goodCsvIsPreviewedAndAppliedAsOneStep()
    {
        auto cache = freshCache();
        const QString csv =
            writeCsv("\xEF\xBB\xBF"
                     "code,ecosystem,chain,land_mu,energy_tce,finance_wan,status,enterprise,notes\r\n"
                     "XH-001,智能物联,-,30,,,,,\r\n"
                     "XH-002,bio,创新药,12,100,\"1,200\",已投产,\"某公司, 有限\",\"两行\r\n备注\"\r\n"
                     "BJ-001,equip,,,,,planned,,\r\n"
                     "XS-001,,,,,,,,\r\n" // nothing asked: unchanged
                     "\r\n");
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), csv);
        QVERIFY2(pv.ok(), qPrintable(pv.report()));
        QCOMPARE(pv.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(pv.rows, 4);
        QCOMPARE(pv.unchangedRows, 1);
        QCOMPARE(pv.changes.size(), 3);
        QCOMPARE(pv.changes[0].line, 2);
        QCOMPARE(pv.changes[0].changedFields,
                 (QList<AssignmentField>{AssignmentField::Ecosystem, AssignmentField::Chain,
                                         AssignmentField::LandMu}));
        QCOMPARE(pv.changes[0].before.ecosystem, QStringLiteral("bio"));
        QCOMPARE(pv.changes[0].after.ecosystem, QStringLiteral("iot"));
        QCOMPARE(pv.changes[1].after.landMu, 12.0);
        QCOMPARE(pv.changes[1].after.financeWan, 1200.0); // Excel's thousands separator
        QCOMPARE(pv.changes[1].after.enterprise, QStringLiteral("某公司, 有限"));
        QCOMPARE(pv.changes[1].line, 3);
        QCOMPARE(pv.changes[2].line, 5); // the quoted line break makes XH-002's row span lines 3–4
        // Fields and values as people say them (English here: no catalogue, an English locale).
        const QLocale locale;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString report = pv.report();
        QLocale::setDefault(locale);
        QVERIFY2(report.contains(QStringLiteral("Ecosystem: Biomedicine → Smart IoT")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Land (mu): 40 → 30")), qPrintable(report));
        QVERIFY2(!report.contains(QStringLiteral("land_mu")), qPrintable(report));

        // Preview writes nothing.
        QCOMPARE(auditRowCount(cache->db()), 0);
        QCOMPARE(assignmentOf(*cache, QStringLiteral("XH-001")).ecosystem, QStringLiteral("bio"));

        const EditRecord rec = BatchAssignment::apply(*cache, testAdmin(), pv);
        QCOMPARE(rec.action, QStringLiteral("batch"));
        QCOMPARE(rec.changes.size(), 3);
        const ParcelAssignment a = assignmentOf(*cache, QStringLiteral("XH-001"));
        QCOMPARE(a.ecosystem, QStringLiteral("iot"));
        QCOMPARE(a.chain, QString());
        QCOMPARE(a.landMu, 30.0);
        QCOMPARE(a.energyTce, 1200.0); // empty cell: unchanged
        const ParcelAssignment b = assignmentOf(*cache, QStringLiteral("XH-002"));
        QCOMPARE(b.status, QStringLiteral("production"));
        QCOMPARE(b.notes, QStringLiteral("两行\n备注"));
        QCOMPARE(assignmentOf(*cache, QStringLiteral("BJ-001")).status, QStringLiteral("planned"));
        // One edit id for every audit row of the batch = one undo step.
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral(
                         "SELECT count(DISTINCT edit_id) FROM zhili_audit WHERE action = 'batch'"))
                     .toInt(),
                 1);
        ParcelEditor(*cache).revert(testAdmin(), rec);
        QCOMPARE(assignmentOf(*cache, QStringLiteral("XH-001")), pv.changes[0].before);
        QCOMPARE(assignmentOf(*cache, QStringLiteral("XH-002")), pv.changes[1].before);
        QCOMPARE(assignmentOf(*cache, QStringLiteral("BJ-001")), pv.changes[2].before);
    }

    void oneBadRowChangesNothing()
    {
        auto cache = freshCache();
        const QString csv = writeCsv("code,ecosystem,land_mu\n"
                                     "XH-001,iot,10\n"
                                     "XH-002,bio,5\n"
                                     "NOPE-9,bio,5\n"
                                     "BJ-001,mat,1\n");
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), csv);
        QCOMPARE(pv.problems.size(), 1);
        QCOMPARE(pv.problems[0].line, 4);
        QCOMPARE(pv.problems[0].kind, BatchProblem::Kind::UnknownCode);
        QCOMPARE(pv.changes.size(), 3);
        try {
            BatchAssignment::apply(*cache, testAdmin(), pv);
            QFAIL("batch with a bad row applied");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("line 4")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("NOPE-9")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("nothing was changed")), qPrintable(e.message()));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        QCOMPARE(auditRowCount(cache->db()), 0);
    }

    void badRowsAreReported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reasonPart");
        using K = BatchProblem::Kind;
        QTest::newRow("unknown code")
            << QByteArray("code,ecosystem\nXH-001,bio\nZZ-404,bio\n") << 3 << int(K::UnknownCode) << "ZZ-404";
        QTest::newRow("ambiguous code")
            << QByteArray("code,ecosystem\nDUP-1,bio\n") << 2 << int(K::AmbiguousCode) << "district column";
        QTest::newRow("code in wrong district") << QByteArray("code,district,ecosystem\nXH-001,滨江区,bio\n")
                                                << 2 << int(K::UnknownCode) << "滨江区";
        QTest::newRow("negative") << QByteArray("code,energy_tce\nXH-002,-5\n") << 2 << int(K::InvalidValue)
                                  << "negative";
        QTest::newRow("not a number")
            << QByteArray("code,finance_wan\nXH-002,很多\n") << 2 << int(K::InvalidValue) << "很多";
        QTest::newRow("nan") << QByteArray("code,land_mu\nXH-002,nan\n") << 2 << int(K::InvalidValue)
                             << "finite";
        QTest::newRow("land over area")
            << QByteArray("code,land_mu\nXH-002,99\n") << 2 << int(K::InvalidValue) << "exceeds";
        QTest::newRow("unknown ecosystem")
            << QByteArray("code,ecosystem\nXH-002,航天\n") << 2 << int(K::InvalidValue) << "航天";
        QTest::newRow("unknown status")
            << QByteArray("code,status\nXH-002,sleeping\n") << 2 << int(K::InvalidValue) << "sleeping";
        QTest::newRow("duplicate parcel")
            << QByteArray("code,land_mu\nXH-002,1\nXH-002,2\n") << 3 << int(K::DuplicateParcel) << "line 2";
        QTest::newRow("unknown column")
            << QByteArray("code,land_mo\nXH-002,1\n") << 1 << int(K::Format) << "land_mo";
        QTest::newRow("no code column") << QByteArray("ecosystem\nbio\n") << 1 << int(K::Format) << "code";
        QTest::newRow("empty code") << QByteArray("code,ecosystem\n,bio\n") << 2 << int(K::Format) << "empty";
    }

    void badRowsAreReported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, kind);
        QFETCH(QString, reasonPart);
        auto cache = freshCache();
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), writeCsv(csv));
        QCOMPARE(pv.problems.size(), 1);
        QCOMPARE(pv.problems[0].line, line);
        QCOMPARE(int(pv.problems[0].kind), kind);
        QVERIFY2(pv.problems[0].reason.contains(reasonPart), qPrintable(pv.problems[0].reason));
        QVERIFY_THROWS_EXCEPTION(Error, BatchAssignment::apply(*cache, testAdmin(), pv));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
    }

    void districtColumnResolvesSharedCodes()
    {
        auto cache = freshCache();
        const QString csv = writeCsv("code,district,ecosystem\nDUP-1,萧山区,energy\n");
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), csv);
        QVERIFY2(pv.ok(), qPrintable(pv.report()));
        BatchAssignment::apply(*cache, testAdmin(), pv);
        QCOMPARE(assignmentOf(*cache, QStringLiteral("DUP-1"), QStringLiteral("萧山区")).ecosystem,
                 QStringLiteral("energy"));
        QCOMPARE(assignmentOf(*cache, QStringLiteral("DUP-1"), QStringLiteral("西湖区")).ecosystem,
                 QString());
    }

    void gbkCsvFromExcelIsDecoded()
    {
        auto cache = freshCache();
        // "code,district,ecosystem,enterprise\nXH-002,西湖区,生物医药,企业甲\n" in GBK (hand-encoded bytes).
        const QByteArray gbk = QByteArray("code,district,ecosystem,enterprise\r\nXH-002,") +
                               QByteArray::fromHex("cef7bafec7f8") + ',' +
                               QByteArray::fromHex("c9faceefd2bdd2a9") + ',' +
                               QByteArray::fromHex("c6f3d2b5bcd7") + "\r\n";
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), writeCsv(gbk));
        QVERIFY2(pv.ok(), qPrintable(pv.report()));
        QCOMPARE(pv.encoding, QStringLiteral("GB18030"));
        QCOMPARE(pv.changes.size(), 1);
        QCOMPARE(pv.changes[0].after.ecosystem, QStringLiteral("bio"));
        QCOMPARE(pv.changes[0].after.enterprise, QStringLiteral("企业甲"));
    }

    void officerRowsOutsideTheirDistrictAreRefusedAndAudited()
    {
        auto cache = freshCache();
        const QString csv = writeCsv("code,ecosystem\nXH-002,iot\nXS-001,iot\n");
        const QByteArray hash = tableHash(cache->db(), QStringLiteral("parcels"));
        const BatchPreview pv = BatchAssignment::preview(*cache, testOfficer(QStringLiteral("张三")), csv);
        QCOMPARE(pv.changes.size(), 1);
        QCOMPARE(pv.problems.size(), 1);
        QCOMPARE(pv.problems[0].kind, BatchProblem::Kind::Permission);
        QCOMPARE(pv.problems[0].line, 3);
        QVERIFY(pv.problems[0].reason.contains(
            QStringLiteral("district officers may edit only parcels of their own district")));
        QCOMPARE(auditRowCount(cache->db()), 0); // a preview is not an attempt
        QVERIFY_THROWS_EXCEPTION(Error,
                                 BatchAssignment::apply(*cache, testOfficer(QStringLiteral("张三")), pv));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("parcels")), hash);
        const QString uuid = cache->parcelByFid(testParcelFid(*cache, QStringLiteral("XS-001")))->uuid;
        const QList<AuditEntry> h = AuditLog(*cache).historyForParcel(uuid);
        QCOMPARE(h.size(), 1);
        QVERIFY(!h[0].accepted);
        QCOMPARE(h[0].action, QStringLiteral("batch"));
        QCOMPARE(h[0].user, QStringLiteral("张三"));
        QCOMPARE(h[0].newValue, QStringLiteral("iot"));
        QCOMPARE(auditRowCount(cache->db(), 1), 0);
    }

    void everyBadRowIsListed()
    {
        auto cache = freshCache();
        const QString csv =
            writeCsv("code,land_mu,status\nA,1,\nXH-002,-1,\nXH-001,2,bogus\nBJ-001,3,idle\n");
        const BatchPreview pv = BatchAssignment::preview(*cache, testAdmin(), csv);
        QCOMPARE(pv.problems.size(), 3);
        QCOMPARE(pv.problems[0].line, 2);
        QCOMPARE(pv.problems[1].line, 3);
        QCOMPARE(pv.problems[2].line, 4);
        try {
            BatchAssignment::apply(*cache, testAdmin(), pv);
            QFAIL("applied");
        } catch (const Error &e) {
            for (const char *l : {"line 2", "line 3", "line 4"})
                QVERIFY2(e.message().contains(QLatin1String(l)), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QLatin1String("line 5")));
        }
    }
};

QTEST_GUILESS_MAIN(TestBatchAssignment)
#include "tst_batchassignment.moc"
