// Passwords of the cache's local users (PasswordHasher, UserDirectory::authenticate) and who may add users:
// the first user is an administrator, after that only administrators add users.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/passwordhasher.h"
#include "edit/userdirectory.h"
#include "testdir.h"
#include "testerrors.h"
#include "testfiles.h"
#include "util/error.h"

#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

QString storedHash(GeoPackageCache &cache, const QString &name)
{
    auto st =
        cache.db().prepare(QStringLiteral("SELECT password_hash FROM zhili_user_passwords WHERE name = ?"));
    st.bind(1, name);
    return st.step() && !st.isNull(0) ? st.text(0) : QString();
}

User admin(const QString &name = QStringLiteral("管理员"))
{
    return User{name, Role::Admin, QString(), QString(), false};
}

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT
    TestDir m_dir;

private Q_SLOTS:
    void hashIsSaltedArgon2id()
    {
        const QString password = QStringLiteral("西湖-correct-horse");
        const QString a = PasswordHasher::hash(password);
        const QString b = PasswordHasher::hash(password);
        QVERIFY(a != password && !a.contains(password));
        QVERIFY2(a.startsWith(QStringLiteral("$argon2id$")), qPrintable(a));
        QVERIFY2(a != b, "the same password hashed twice must differ (random salt)");
        QVERIFY(PasswordHasher::verify(a, password));
        QVERIFY(PasswordHasher::verify(b, password));
        QVERIFY(!PasswordHasher::verify(a, QStringLiteral("西湖-correct-horsE")));
        QVERIFY(!PasswordHasher::verify(a, QString()));
        QVERIFY(!PasswordHasher::verify(QString(), password));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), password));
        QVERIFY(!PasswordHasher::needsRehash(a));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
    }

    void firstUserMustBeAdmin()
    {
        auto cache = m_dir.freshCache();
        UserDirectory users(*cache);
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_users"));
        for (Role role : {Role::Planner, Role::Officer}) {
            const QString m = errorOf([&] {
                users.add(User{QStringLiteral("张三"), role, QStringLiteral("西湖区"), {}, false},
                          users.resolve(QStringLiteral("张三")), QStringLiteral("password-1"));
            });
            QVERIFY2(m.contains(QStringLiteral("first user")) && m.contains(QStringLiteral("administrator")),
                     qPrintable(m));
        }
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_users")), before);
        const User root = users.add(admin(), std::nullopt, QStringLiteral("root-password"));
        QVERIFY(root.hasPassword);
        QVERIFY(users.find(QStringLiteral("管理员"))->hasPassword);
    }

    void onlyStoredAdminsAddUsers()
    {
        auto cache = m_dir.freshCache();
        UserDirectory users(*cache);
        const User boot = users.resolve(QStringLiteral("someone"));
        const User root = users.add(admin(), boot, QStringLiteral("root-password"));
        const User zhang =
            users.add(User{QStringLiteral("张三"), Role::Officer, QStringLiteral("西湖区"), {}, false}, root,
                      QStringLiteral("zhang-password"));
        const QByteArray before = tableHash(cache->db(), QStringLiteral("zhili_users"));
        // An officer cannot add anyone, an admin least of all; nor can nobody, nor a stale bootstrap admin.
        QString m =
            errorOf([&] { users.add(admin(QStringLiteral("冒充")), zhang, QStringLiteral("x-password")); });
        QVERIFY2(m.contains(QStringLiteral("only administrators")), qPrintable(m));
        m = errorOf([&] { users.add(admin(QStringLiteral("冒充")), std::nullopt); });
        QVERIFY2(m.contains(QStringLiteral("only an administrator")), qPrintable(m));
        m = errorOf([&] { users.add(admin(QStringLiteral("冒充")), boot); });
        QVERIFY2(m.contains(QStringLiteral("only an administrator")), qPrintable(m));
        // Too short a password is refused before anything is written.
        m = errorOf([&] { users.add(admin(QStringLiteral("短")), root, QStringLiteral("short")); });
        QVERIFY2(m.contains(QStringLiteral("too short")), qPrintable(m));
        QCOMPARE(tableHash(cache->db(), QStringLiteral("zhili_users")), before);
    }

    void authenticateChecksThePassword()
    {
        auto cache = m_dir.freshCache();
        UserDirectory users(*cache);
        const User root = users.add(admin(), std::nullopt, QStringLiteral("root-password"));
        const QString hash = storedHash(*cache, root.name);
        QVERIFY(!hash.isEmpty() && hash != QStringLiteral("root-password"));
        QVERIFY(!hash.contains(QStringLiteral("root-password")));

        QCOMPARE(users.authenticate(QStringLiteral("管理员"), QStringLiteral("root-password")).role,
                 Role::Admin);
        QString m =
            errorOf([&] { users.authenticate(QStringLiteral("管理员"), QStringLiteral("wrong-one")); });
        QVERIFY2(m.contains(QStringLiteral("wrong password for user 管理员")), qPrintable(m));
        m = errorOf([&] { users.authenticate(QStringLiteral("管理员"), QString()); });
        QVERIFY2(m.contains(QStringLiteral("needs a password")), qPrintable(m));
        QCOMPARE(storedHash(*cache, root.name), hash); // a current hash is not rewritten

        // A user added without a password (as before passwords existed) is accepted by name.
        users.add(User{QStringLiteral("老李"), Role::Planner, {}, {}, false}, root);
        QVERIFY(!users.find(QStringLiteral("老李"))->hasPassword);
        QCOMPARE(users.authenticate(QStringLiteral("老李"), QString()).name, QStringLiteral("老李"));
    }

    void setPasswordByOwnerOrAdmin()
    {
        auto cache = m_dir.freshCache();
        UserDirectory users(*cache);
        const User root = users.add(admin(), std::nullopt);
        const User li = users.add(User{QStringLiteral("老李"), Role::Planner, {}, {}, false}, root);
        const User wang = users.add(User{QStringLiteral("老王"), Role::Planner, {}, {}, false}, root);
        const QString m = errorOf([&] { users.setPassword(li.name, QStringLiteral("wang-sets-it"), wang); });
        QVERIFY2(m.contains(QStringLiteral("only 老李 or an administrator")), qPrintable(m));
        QVERIFY(!users.find(li.name)->hasPassword);
        users.setPassword(li.name, QStringLiteral("li-own-password"), li);
        QVERIFY(users.find(li.name)->hasPassword);
        QVERIFY_THROWS_EXCEPTION(Error, users.authenticate(li.name, QStringLiteral("wang-sets-it")));
        users.setPassword(li.name, QStringLiteral("admin-reset-pw"), root);
        QCOMPARE(users.authenticate(li.name, QStringLiteral("admin-reset-pw")).name, li.name);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'user_password' "
                                            "AND new_value = '' AND old_value = ''"))
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
