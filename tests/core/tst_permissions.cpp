// Role rules (PermissionPolicy) and the users table (UserDirectory), including the bootstrap rule.
#include "edit/permissionpolicy.h"
#include "edit/userdirectory.h"
#include "model/parcel.h"
#include "testcache.h"
#include "testdir.h"
#include "testrows.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

class TestPermissions : public QObject {
    Q_OBJECT
    TestDir m_dir;

private Q_SLOTS:
    void parcelEditRules_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("userDistrict");
        QTest::addColumn<QString>("parcelDistrict");
        QTest::addColumn<bool>("allowed");
        addRow("admin any", "admin", "", "萧山区", true);
        addRow("officer own", "officer", "西湖区", "西湖区", true);
        addRow("officer other", "officer", "西湖区", "萧山区", false);
        addRow("officer no district", "officer", "", "西湖区", false);
        addRow("officer similar name", "officer", "西湖", "西湖区", false);
        addRow("planner own city", "planner", "", "西湖区", false);
    }

    void parcelEditRules()
    {
        QFETCH(QString, role);
        QFETCH(QString, userDistrict);
        QFETCH(QString, parcelDistrict);
        QFETCH(bool, allowed);
        const User u{QStringLiteral("张三"), *roleFromString(role), userDistrict, QString(), false};
        Parcel p;
        p.code = QStringLiteral("XS-001");
        p.district = parcelDistrict;
        const PermissionDecision d = PermissionPolicy::canEditParcel(u, p);
        QCOMPARE(d.allowed, allowed);
        QCOMPARE(d.reason.isEmpty(), allowed);
        if (!allowed) {
            QVERIFY2(d.reason.contains(QStringLiteral("XS-001")), qPrintable(d.reason));
            QVERIFY2(d.reason.contains(QStringLiteral("张三")), qPrintable(d.reason));
        }
        QVERIFY(PermissionPolicy::canView(u, parcelDistrict).allowed); // everyone sees every district
    }

    void officerReasonNamesUserDistrictAndParcel()
    {
        const User u{QStringLiteral("张三"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
        QCOMPARE(
            PermissionPolicy::canEditParcel(u, QStringLiteral("XS-001"), QStringLiteral("萧山区")).reason,
            QStringLiteral(
                "district officers may edit only parcels of their own district (张三: 西湖区; parcel "
                "XS-001 is in 萧山区)"));
    }

    void targetsAndUsersRules()
    {
        const User planner{QStringLiteral("p"), Role::Planner, {}, {}, false};
        const User officer{QStringLiteral("o"), Role::Officer, QStringLiteral("西湖区"), {}, false};
        const User admin{QStringLiteral("a"), Role::Admin, {}, {}, false};
        QVERIFY(PermissionPolicy::canEditTargets(planner).allowed);
        QVERIFY(PermissionPolicy::canEditTargets(admin).allowed);
        QVERIFY(!PermissionPolicy::canEditTargets(officer).allowed);
        QVERIFY(PermissionPolicy::canEditKeyDistricts(planner).allowed);
        QVERIFY(!PermissionPolicy::canEditKeyDistricts(officer).allowed);
        QVERIFY(PermissionPolicy::canManageUsers(admin).allowed);
        QVERIFY(!PermissionPolicy::canManageUsers(planner).allowed);
        QVERIFY(!PermissionPolicy::canManageUsers(officer).allowed);
    }

    void roleNames()
    {
        QCOMPARE(roleFromString(QStringLiteral("Planner")), std::optional<Role>(Role::Planner));
        QCOMPARE(roleFromString(QStringLiteral("区县干部")), std::optional<Role>(Role::Officer));
        QCOMPARE(roleFromString(QStringLiteral(" admin ")), std::optional<Role>(Role::Admin));
        QVERIFY(!roleFromString(QStringLiteral("mayor")));
        for (Role r : {Role::Planner, Role::Officer, Role::Admin})
            QCOMPARE(roleFromString(roleKey(r)), std::optional<Role>(r));
    }

    void bootstrapAndUserManagement()
    {
        auto cache = m_dir.freshCache();
        UserDirectory users(*cache);
        QVERIFY(users.isEmpty());
        // An empty users table: whoever works acts as admin so a new cache is usable at once.
        const User boot = users.resolve(QStringLiteral("someone"));
        QCOMPARE(boot.role, Role::Admin);
        QVERIFY(boot.bootstrap);

        // The first admin needs nobody's permission.
        const User root =
            users.add(User{QStringLiteral("管理员"), Role::Admin, QString(), QString(), false}, std::nullopt);
        QVERIFY(!root.createdAt.isEmpty());
        QCOMPARE(users.resolve(QStringLiteral("管理员")).role, Role::Admin);
        QVERIFY(!users.resolve(QStringLiteral("管理员")).bootstrap);

        const User zhang{QStringLiteral("张三"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
        QVERIFY_THROWS_EXCEPTION(Error, users.add(zhang, std::nullopt)); // admins exist now
        users.add(zhang, root);
        QCOMPARE(users.find(QStringLiteral("张三"))->district, QStringLiteral("西湖区"));
        QCOMPARE(users.find(QStringLiteral("张三"))->role, Role::Officer);
        try {
            users.add(User{QStringLiteral("李四"), Role::Planner, {}, {}, false},
                      *users.find(QStringLiteral("张三")));
            QFAIL("an officer added a user");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("only administrators")), qPrintable(e.message()));
        }
        try {
            users.add(User{QStringLiteral("王五"), Role::Officer, QStringLiteral("火星区"), {}, false}, root);
            QFAIL("officer of an unknown district added");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("火星区")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("萧山区")),
                     qPrintable(e.message())); // lists known ones
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, users.add(User{QStringLiteral("赵六"), Role::Officer, QString(), {}, false}, root));
        QVERIFY_THROWS_EXCEPTION(Error, users.add(zhang, root)); // exists
        QVERIFY_THROWS_EXCEPTION(Error,
                                 users.add(User{QStringLiteral("  "), Role::Admin, {}, {}, false}, root));

        // Once users exist, an unknown name is refused with a hint.
        try {
            users.resolve(QStringLiteral("someone"));
            QFAIL("unknown user accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("users add someone")), qPrintable(e.message()));
        }
        QCOMPARE(users.list().size(), 2);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'user_add'"))
                     .toInt(),
                 2);
        // The schema's own CHECK agrees: an officer row without a district cannot exist.
        QVERIFY_THROWS_EXCEPTION(Error, cache->db().exec(QStringLiteral(
                                            "INSERT INTO zhili_users VALUES ('x', 'officer', NULL, 'now')")));
    }

    void defaultUserNameFromEnvironment()
    {
        const QByteArray old = qgetenv("ZHILI_USER");
        qputenv("ZHILI_USER", "环境用户");
        QCOMPARE(UserDirectory::defaultUserName(), QStringLiteral("环境用户"));
        qunsetenv("ZHILI_USER");
        QVERIFY(!UserDirectory::defaultUserName().isEmpty());
        if (!old.isEmpty())
            qputenv("ZHILI_USER", old);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
