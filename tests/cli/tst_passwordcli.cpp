// zhili-cli and the users' passwords (issue #14): `users add --password-file`, `--user` with the password in
// $ZHILI_PASSWORD_FILE (no terminal in a test: a missing file is a clear error), wrong passwords refused
// with nothing written, and users added before passwords still working and flagged in `users list`.
#include "clirunner.h"
#include "testcache.h"
#include "testdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestPasswordCli : public QObject {
    Q_OBJECT
    TestDir m_dir;
    QString m_cache;
    QString m_good;
    QString m_wrong;

    // stdin is a pipe here, so a password can only come from a file.
    static CliRun cli(const QStringList &args, const QString &passwordFile = QString())
    {
        return runCli(args,
                      {{QStringLiteral("ZHILI_USER"), QString()},
                       {QStringLiteral("USER"), QStringLiteral("login-user")},
                       {QStringLiteral("ZHILI_PASSWORD_FILE"), passwordFile}},
                      60000);
    }
    QStringList assign(const QString &user)
    {
        return {QStringLiteral("assign"),   QStringLiteral("--cache"), m_cache,
                QStringLiteral("--parcel"), QStringLiteral("XH-001"),  QStringLiteral("--land-mu"),
                QStringLiteral("12"),       QStringLiteral("--user"),  user};
    }
    QByteArray parcelsHash() { return tableHash(m_cache, QStringLiteral("parcels")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("pw.gpkg"));
        makeTestCache(m_cache);
        m_good = m_dir.write(QStringLiteral("good.txt"), "west-lake-2025\n");
        m_wrong = m_dir.write(QStringLiteral("wrong.txt"), "east-lake-2025\n");
    }

    void firstUserMustBeAdmin()
    {
        const CliRun r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("规划王"),
                 QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("first user")), qPrintable(r.err));
    }

    void addAdminWithPasswordFile()
    {
        // CRLF and a second line: only the first line, without its line end, is the password.
        const QString file = m_dir.write(QStringLiteral("admin.txt"), "west-lake-2025\r\nignored\n");
        CliRun r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("admin"),
                        QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                        file, QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("no password")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("张三"),
                 QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--district"),
                 QStringLiteral("西湖区"), QStringLiteral("--password-file"), m_good,
                 QStringLiteral("--cache"), m_cache, QStringLiteral("--user"), QStringLiteral("admin")},
                m_good);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void goodPasswordFileEdits()
    {
        const CliRun r = cli(assign(QStringLiteral("admin")), m_good);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("admin")), qPrintable(r.out));
    }

    void wrongPasswordChangesNothing()
    {
        const QByteArray parcels = parcelsHash();
        const QByteArray users = tableHash(m_cache, QStringLiteral("zhili_users"));
        CliRun r = cli(assign(QStringLiteral("张三")), m_wrong);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("wrong password for user 张三")), qPrintable(r.err));
        // Not even an administrator's name with a wrong password adds a user.
        r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("冒充"),
                 QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-file"), m_good,
                 QStringLiteral("--cache"), m_cache, QStringLiteral("--user"), QStringLiteral("admin")},
                m_wrong);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("wrong password for user admin")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), parcels);
        QCOMPARE(tableHash(m_cache, QStringLiteral("zhili_users")), users);
    }

    void missingPasswordNamesTheVariable()
    {
        const QByteArray before = parcelsHash();
        CliRun r = cli(assign(QStringLiteral("admin")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ZHILI_PASSWORD_FILE")), qPrintable(r.err));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-file.txt"));
        r = cli(assign(QStringLiteral("admin")), missing);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing) && r.err.contains(QStringLiteral("ZHILI_PASSWORD_FILE")),
                 qPrintable(r.err));
        r = cli(assign(QStringLiteral("admin")), m_dir.write(QStringLiteral("empty.txt"), "\n"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
        QCOMPARE(parcelsHash(), before);
    }

    void nonAdminCannotAddUsers()
    {
        const QByteArray before = tableHash(m_cache, QStringLiteral("zhili_users"));
        const CliRun r =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("我是管理员"),
                 QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-file"), m_good,
                 QStringLiteral("--cache"), m_cache, QStringLiteral("--user"), QStringLiteral("张三")},
                m_good);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("only administrators")), qPrintable(r.err));
        QCOMPARE(tableHash(m_cache, QStringLiteral("zhili_users")), before);
    }

    void usersWithoutPasswordAreFlaggedAndCanGetOne()
    {
        // Added without --password-file (a script, as before passwords): accepted by name, and flagged.
        CliRun r = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("老李"),
                        QStringLiteral("--role"), QStringLiteral("planner"), QStringLiteral("--cache"),
                        m_cache, QStringLiteral("--user"), QStringLiteral("admin")},
                       m_good);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("no password")), qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QCOMPARE(line.contains(QStringLiteral("no password")), line.startsWith(QStringLiteral("老李")));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--json")});
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(users.size(), 3);
        for (const QJsonValue &u : users)
            QCOMPARE(u.toObject().value(QStringLiteral("has_password")).toBool(),
                     u.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("老李"));

        // 老李 is taken by name (no password asked): the refusal is about a planner's rights.
        r = cli(assign(QStringLiteral("老李")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("city planners may not edit parcels")), qPrintable(r.err));

        // The user sets their own password; from then on it is asked for.
        const QString own = m_dir.write(QStringLiteral("li.txt"), "li-own-password\n");
        r = cli({QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("老李"),
                 QStringLiteral("--password-file"), own, QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--user"), QStringLiteral("老李")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--cache"), m_cache});
        QVERIFY2(!r.out.contains(QStringLiteral("no password")), qPrintable(r.out));
        r = cli({QStringLiteral("users"), QStringLiteral("set-password"), QStringLiteral("老李"),
                 QStringLiteral("--password-file"), own, QStringLiteral("--cache"), m_cache,
                 QStringLiteral("--user"), QStringLiteral("老李")},
                m_wrong);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("wrong password for user 老李")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPasswordCli)
#include "tst_passwordcli.moc"
