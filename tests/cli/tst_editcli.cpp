// zhili-cli assign / users / history / batch: exit codes, messages, and that refused or invalid edits change
// nothing (parcels table hash) while refusals land in the audit log.
#include "clirunner.h"
#include "testcache.h"
#include "testdir.h"
#include "testrows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestEditCli : public QObject {
    Q_OBJECT
    TestDir m_dir;
    QString m_cache;

    // The acting user is the login, "login-user" ($ZHILI_USER empty counts as unset).
    static CliRun cli(const QStringList &args)
    {
        return runCli(args,
                      {{QStringLiteral("ZHILI_USER"), QString()},
                       {QStringLiteral("USER"), QStringLiteral("login-user")}},
                      60000);
    }
    QByteArray parcelsHash() { return tableHash(m_cache, QStringLiteral("parcels")); }
    QJsonObject show(const QString &code, const QString &district = {})
    {
        QStringList args{
            QStringLiteral("show"),  QStringLiteral("--cache"), m_cache, QStringLiteral("--parcel"), code,
            QStringLiteral("--json")};
        if (!district.isEmpty())
            args << QStringLiteral("--district") << district;
        return QJsonDocument::fromJson(cli(args).out.toUtf8()).object();
    }
    QString writeCsv(const QString &name, const QByteArray &bytes) { return m_dir.write(name, bytes); }
    QStringList assign(const QString &code, const QStringList &more)
    {
        return QStringList{QStringLiteral("assign"), QStringLiteral("--cache"), m_cache,
                           QStringLiteral("--parcel"), code} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(ZHILI_CLI)));
        m_cache = m_dir.filePath(QStringLiteral("edit.gpkg"));
        makeTestCache(m_cache);
    }

    // Runs first (slots run in declaration order): a new cache has no users, so whoever works is admin.
    void bootstrapUserActsAsAdmin()
    {
        CliRun r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("no users")), qPrintable(r.out));
        r = cli(assign(QStringLiteral("XH-002"), {QStringLiteral("--ecosystem"), QStringLiteral("生物医药"),
                                                  QStringLiteral("--land-mu"), QStringLiteral("12.5")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("revision 1 → 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("login-user")), qPrintable(r.out));
        const QJsonObject p = show(QStringLiteral("XH-002"));
        QCOMPARE(p.value(QStringLiteral("ecosystem")).toString(), QStringLiteral("bio"));
        QCOMPARE(p.value(QStringLiteral("land_mu")).toDouble(), 12.5);
        QCOMPARE(p.value(QStringLiteral("revision")).toInt(), 2);
    }

    void usersAdd()
    {
        CliRun r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                 QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("张三"),
                 QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--district"),
                 QStringLiteral("西湖区"), QStringLiteral("--cache"), m_cache, QStringLiteral("--user"),
                 QStringLiteral("admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("规划王"),
                 QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("x"),
                 QStringLiteral("--role"), QStringLiteral("mayor"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--user"), QStringLiteral("admin")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("unknown role")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("y"),
                 QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--district"),
                 QStringLiteral("火星区"), QStringLiteral("--cache"), m_cache, QStringLiteral("--user"),
                 QStringLiteral("admin")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("火星区")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("z"),
                 QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--user"), QStringLiteral("张三")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only administrators")), qPrintable(r.err));

        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("admin"));
    }

    void unknownUserIsRefusedOnceUsersExist()
    {
        const QByteArray before = parcelsHash();
        const CliRun r =
            cli(assign(QStringLiteral("XH-002"), {QStringLiteral("--notes"), QStringLiteral("x")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("login-user")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("users add")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), before);
    }

    void officerOfAnotherDistrictIsRefusedAndAudited()
    {
        const QByteArray before = parcelsHash();
        CliRun r = cli(assign(QStringLiteral("XS-001"), {QStringLiteral("--ecosystem"), QStringLiteral("iot"),
                                                         QStringLiteral("--user"), QStringLiteral("张三")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("district officers may edit only parcels of their own district")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("parcel XS-001 is in 萧山区")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), before);

        r = cli({QStringLiteral("history"), QStringLiteral("--cache"), m_cache, QStringLiteral("--parcel"),
                 QStringLiteral("XS-001"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray h =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(h.size(), 1);
        const QJsonObject e = h.at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("accepted")).toBool(), false);
        QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("张三"));
        QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("ecosystem"));
        QCOMPARE(e.value(QStringLiteral("new_value")).toString(), QStringLiteral("iot"));

        r = cli({QStringLiteral("history"), QStringLiteral("--cache"), m_cache, QStringLiteral("--parcel"),
                 QStringLiteral("XS-001")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("REFUSED")), qPrintable(r.out));

        // Own district: accepted.
        r = cli(assign(QStringLiteral("XH-002"),
                       {QStringLiteral("--status"), QStringLiteral("在建"), QStringLiteral("--user"),
                        QStringLiteral("张三"), QStringLiteral("--reason"), QStringLiteral("开工")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(show(QStringLiteral("XH-002")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("construction"));
    }

    void plannerIsRefused()
    {
        const QByteArray before = parcelsHash();
        const CliRun r =
            cli(assign(QStringLiteral("XH-001"), {QStringLiteral("--finance-wan"), QStringLiteral("1"),
                                                  QStringLiteral("--user"), QStringLiteral("规划王")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("city planners may not edit parcels")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), before);
    }

    void badValuesExitOneAndChangeNothing_data()
    {
        QTest::addColumn<QString>("parcel");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // part of the one-line error
        // assign --parcel <parcel> <option> <value>
        addRow("unknown parcel", "NOPE-1", "--ecosystem", "bio", "NOPE-1");
        addRow("unknown ecosystem", "XH-001", "--ecosystem", "航天", "unknown ecosystem");
        addRow("negative", "XH-001", "--land-mu", "-3", "negative");
        addRow("nan", "XH-001", "--energy-tce", "nan", "finite");
        addRow("inf", "XH-001", "--finance-wan", "inf", "finite");
        addRow("text", "XH-001", "--land-mu", "12abc", "must be a number");
        addRow("over area", "XH-001", "--land-mu", "46", "exceeds");
        addRow("ambiguous", "DUP-1", "--ecosystem", "bio", "--district");
        addRow("unknown status", "XH-001", "--status", "睡觉", "unknown status");
    }

    void badValuesExitOneAndChangeNothing()
    {
        QFETCH(QString, parcel);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const QByteArray before = parcelsHash();
        const CliRun r = cli(QStringList{QStringLiteral("assign"), QStringLiteral("--cache"), m_cache,
                                         QStringLiteral("--user"), QStringLiteral("admin"),
                                         QStringLiteral("--parcel"), parcel, option, value});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1Char('\n')) <= 3, qPrintable(r.err)); // a clear message, not a dump
        QCOMPARE(parcelsHash(), before);
    }

    void usageErrorsExitTwo()
    {
        CliRun r = cli({QStringLiteral("assign"), QStringLiteral("--cache"), m_cache,
                        QStringLiteral("--parcel"), QStringLiteral("XH-001")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing to assign")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("history"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 2);
    }

    void sharedCodeWithDistrict()
    {
        const CliRun r =
            cli(assign(QStringLiteral("DUP-1"),
                       {QStringLiteral("--district"), QStringLiteral("萧山区"), QStringLiteral("--ecosystem"),
                        QStringLiteral("mat"), QStringLiteral("--user"), QStringLiteral("admin"),
                        QStringLiteral("--json")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("district")).toString(), QStringLiteral("萧山区"));
        QCOMPARE(o.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("ecosystem"))
                     .toObject()
                     .value(QStringLiteral("new"))
                     .toString(),
                 QStringLiteral("mat"));
        QCOMPARE(show(QStringLiteral("DUP-1"), QStringLiteral("西湖区")).value(QStringLiteral("ecosystem")),
                 QJsonValue(QJsonValue::Null));
    }

    void batchDryRunApplyAndBadRow()
    {
        const QString good =
            writeCsv(QStringLiteral("good.csv"),
                     "code,ecosystem,land_mu,enterprise\nXH-001,iot,20,新公司\nBJ-001,energy,,\n");
        QByteArray before = parcelsHash();
        CliRun r =
            cli({QStringLiteral("batch"), QStringLiteral("--cache"), m_cache, QStringLiteral("--csv"), good,
                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Ecosystem: Biomedicine → Smart IoT")), qPrintable(r.out));
        QCOMPARE(parcelsHash(), before);

        r = cli({QStringLiteral("batch"), QStringLiteral("--cache"), m_cache, QStringLiteral("--csv"), good,
                 QStringLiteral("--user"), QStringLiteral("admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(show(QStringLiteral("XH-001")).value(QStringLiteral("land_mu")).toDouble(), 20.0);
        QCOMPARE(show(QStringLiteral("BJ-001")).value(QStringLiteral("ecosystem")).toString(),
                 QStringLiteral("energy"));

        const QString bad = writeCsv(QStringLiteral("bad.csv"),
                                     "code,ecosystem,land_mu\nXH-001,mat,1\nXH-404,bio,1\nXH-002,bio,-4\n");
        before = parcelsHash();
        r = cli({QStringLiteral("batch"), QStringLiteral("--cache"), m_cache, QStringLiteral("--csv"), bad,
                 QStringLiteral("--user"), QStringLiteral("admin")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("line 3")) && r.out.contains(QStringLiteral("line 4")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was changed")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), before);

        r = cli({QStringLiteral("batch"), QStringLiteral("--cache"), m_cache, QStringLiteral("--csv"), bad,
                 QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dry-run"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("unknown_code"));
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("invalid_value"));
        QCOMPARE(o.value(QStringLiteral("applied")).toBool(), true == false);
        QCOMPARE(parcelsHash(), before);
    }

    void batchByOfficerOutsideDistrictIsAudited()
    {
        const QString csv = writeCsv(QStringLiteral("officer.csv"), "code,notes\nXH-001,ok\nBJ-001,不行\n");
        const QByteArray before = parcelsHash();
        CliRun r = cli({QStringLiteral("batch"), QStringLiteral("--cache"), m_cache, QStringLiteral("--csv"),
                        csv, QStringLiteral("--user"), QStringLiteral("张三")});
        QCOMPARE(r.code, 1);
        QCOMPARE(parcelsHash(), before);
        r = cli({QStringLiteral("history"), QStringLiteral("--cache"), m_cache, QStringLiteral("--parcel"),
                 QStringLiteral("BJ-001"), QStringLiteral("--json")});
        const QJsonArray h =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        QVERIFY(!h.isEmpty());
        QCOMPARE(h.at(0).toObject().value(QStringLiteral("accepted")).toBool(), false);
        QCOMPARE(h.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("batch"));
        QCOMPARE(h.at(0).toObject().value(QStringLiteral("new_value")).toString(), QStringLiteral("不行"));
    }
};

QTEST_GUILESS_MAIN(TestEditCli)
#include "tst_editcli.moc"
