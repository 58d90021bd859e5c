#include "edit/userdirectory.h"

#include "cache/geopackagecache.h"
#include "edit/auditlog.h"
#include "edit/passwordhasher.h"
#include "edit/passwordhashtask.h"
#include "edit/permissionpolicy.h"
#include "model/namerules.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QUuid>

namespace zhili {

namespace {
User readUser(const SqliteStatement &st)
{
    User u;
    u.name = st.text(0);
    u.role = roleFromString(st.text(1)).value_or(Role::Planner);
    u.district = st.text(2);
    u.createdAt = st.text(3);
    u.hasPassword = st.integer(4) != 0;
    return u;
}
} // namespace

UserDirectory::UserDirectory(GeoPackageCache &cache) : m_cache(cache) {}

bool UserDirectory::hasPasswordTable()
{
    return m_cache.db().tableExists(QStringLiteral("zhili_user_passwords"));
}

QString UserDirectory::selectUsersSql()
{
    return hasPasswordTable()
               ? QStringLiteral("SELECT u.name, u.role, u.district, u.created_at, p.name IS NOT "
                                "NULL FROM zhili_users u LEFT JOIN zhili_user_passwords p ON "
                                "p.name = u.name")
               : QStringLiteral("SELECT u.name, u.role, u.district, u.created_at, 0 FROM "
                                "zhili_users u");
}

QList<User> UserDirectory::list()
{
    QList<User> users;
    auto st = m_cache.db().prepare(selectUsersSql() + QStringLiteral(" ORDER BY u.name"));
    while (st.step())
        users.append(readUser(st));
    return users;
}

std::optional<User> UserDirectory::find(const QString &name)
{
    auto st = m_cache.db().prepare(selectUsersSql() + QStringLiteral(" WHERE u.name = ?"));
    st.bind(1, name.trimmed());
    if (st.step())
        return readUser(st);
    // "off" + a zero-width space, or typed in full-width letters, is "off".
    QString why;
    const std::optional<QString> clean = NameRules::cleanName(name, &why);
    if (!clean || *clean == name.trimmed())
        return std::nullopt;
    st.reset();
    st.bind(1, *clean);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

bool UserDirectory::isEmpty()
{
    return m_cache.db().scalar(QStringLiteral("SELECT count(*) FROM zhili_users")).toLongLong() == 0;
}

bool UserDirectory::hasAdmin()
{
    return m_cache.db()
               .scalar(QStringLiteral("SELECT count(*) FROM zhili_users WHERE role = 'admin'"))
               .toLongLong() > 0;
}

User UserDirectory::add(const User &user, const std::optional<User> &actingUser, const QString &password)
{
    User u = user;
    u.bootstrap = false;
    // One spelling per name: NFKC, no invisible format characters (a second "off" with a zero-width space
    // would look like the first in every list), no line breaks (they break `users list`).
    QString why;
    const std::optional<QString> name = NameRules::cleanName(user.name, &why, 64);
    if (!name)
        throw Error(QCoreApplication::translate("UserDirectory", "invalid user name \"%1\": %2")
                        .arg(NameRules::displayValue(user.name), why));
    const std::optional<QString> district = NameRules::cleanName(user.district, &why);
    if (!district)
        throw Error(QCoreApplication::translate("UserDirectory", "invalid district \"%1\": %2")
                        .arg(NameRules::displayValue(user.district), why));
    u.name = *name;
    u.district = *district;
    if (u.name.isEmpty())
        throw Error(QCoreApplication::translate("UserDirectory", "the user name is empty"));
    if (find(u.name))
        throw Error(QCoreApplication::translate(
                        "UserDirectory", "user \"%1\" already exists in %2 (names are compared without "
                                         "invisible characters and full-width forms)")
                        .arg(u.name, m_cache.path()));
    requireMayAdd(u, actingUser);
    u.district = checkedDistrict(u);
    if (!password.isEmpty())
        checkNewPassword(password);
    u.createdAt = GeoPackageCache::now();
    u.hasPassword = !password.isEmpty();

    SqliteTransaction tx(m_cache.db());
    auto st = m_cache.db().prepare(
        QStringLiteral("INSERT INTO zhili_users (name, role, district, created_at) VALUES (?, ?, ?, ?)"));
    st.bind(1, u.name)
        .bind(2, roleKey(u.role))
        .bind(3, u.district.isEmpty() ? QVariant() : QVariant(u.district))
        .bind(4, u.createdAt)
        .run();
    if (u.hasPassword)
        writeHash(u.name, PasswordHasher::hash(password));
    appendAudit(u.createdAt, actingUser, QStringLiteral("user_add"), u, roleKey(u.role));
    tx.commit();
    return u;
}

void UserDirectory::requireMayAdd(const User &user, const std::optional<User> &actingUser)
{
    // The first user must be an administrator: otherwise the cache would have users and nobody allowed to
    // add the next one (and "choose user" would let anyone add themselves as admin later).
    if (isEmpty()) {
        if (user.role != Role::Admin)
            throw Error(QCoreApplication::translate(
                            "UserDirectory", "the first user of %1 must be an administrator: add one first "
                                             "(zhili-cli users add NAME --role admin --cache %1)")
                            .arg(m_cache.path()));
        return;
    }
    // A bootstrap admin is only an admin while the table is empty; someone added users meanwhile.
    if (!actingUser || actingUser->bootstrap)
        throw Error(QCoreApplication::translate("UserDirectory",
                                                "only an administrator may add users: pass --user "
                                                "with an administrator's name"));
    const PermissionDecision d = PermissionPolicy::canManageUsers(*actingUser);
    if (!d)
        throw Error(d.reason);
}

QString UserDirectory::checkedDistrict(const User &user)
{
    // Planners and admins work city-wide; a district would suggest a restriction that does not exist.
    if (user.role != Role::Officer)
        return QString();
    if (user.district.isEmpty())
        throw Error(QCoreApplication::translate("UserDirectory", "an officer needs --district (one of: %1)")
                        .arg(m_cache.districtNames().join(QStringLiteral(", "))));
    const QStringList districts = m_cache.districtNames();
    if (!districts.contains(user.district))
        throw Error(QCoreApplication::translate("UserDirectory",
                                                "unknown district \"%1\" for officer %2; known districts: %3")
                        .arg(NameRules::displayValue(user.district), user.name,
                             districts.isEmpty() ? QStringLiteral("(none — import parcels first)")
                                                 : districts.join(QStringLiteral(", "))));
    return user.district;
}

void UserDirectory::setPassword(const QString &name, const QString &password, const User &actingUser)
{
    setPasswordWith(name, password, actingUser, [&password] { return PasswordHasher::hash(password); });
}

void UserDirectory::setPassword(const QString &name, PasswordHashTask &password, const User &actingUser)
{
    setPasswordWith(name, password.password(), actingUser, [&password] { return password.hash(); });
}

void UserDirectory::setPasswordWith(const QString &name, const QString &password, const User &actingUser,
                                    const std::function<QString()> &hash)
{
    const std::optional<User> target = find(name);
    if (!target)
        throw Error(QCoreApplication::translate("UserDirectory", "unknown user \"%1\" in %2")
                        .arg(NameRules::displayValue(name), m_cache.path()));
    if (actingUser.bootstrap || (actingUser.name != target->name && actingUser.role != Role::Admin))
        throw Error(
            QCoreApplication::translate("UserDirectory", "only %1 or an administrator may set %1's password")
                .arg(target->name));
    checkNewPassword(password);
    const QString stored = hash(); // before the write lock: nobody waits for Argon2id
    SqliteTransaction tx(m_cache.db());
    writeHash(target->name, stored);
    appendAudit(GeoPackageCache::now(), actingUser, QStringLiteral("user_password"), *target, QString());
    tx.commit();
}

void UserDirectory::checkNewPassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        throw Error(QCoreApplication::translate("UserDirectory",
                                                "the password is too short: use at least %1 characters")
                        .arg(kMinPasswordLength));
}

QString UserDirectory::storedHash(const QString &name)
{
    if (!hasPasswordTable())
        return QString();
    auto st =
        m_cache.db().prepare(QStringLiteral("SELECT password_hash FROM zhili_user_passwords WHERE name = ?"));
    st.bind(1, name);
    return st.step() && !st.isNull(0) ? st.text(0) : QString();
}

void UserDirectory::writeHash(const QString &name, const QString &hash)
{
    auto st = m_cache.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO zhili_user_passwords (name, password_hash, updated_at) VALUES (?, ?, ?)"));
    st.bind(1, name).bind(2, hash).bind(3, GeoPackageCache::now()).run();
}

void UserDirectory::appendAudit(const QString &at, const std::optional<User> &actingUser,
                                const QString &action, const User &target, const QString &newValue)
{
    AuditEntry e;
    e.at = at;
    e.user = actingUser ? actingUser->name : QString();
    e.role = actingUser ? roleKey(actingUser->role) : QString();
    e.action = action;
    e.targetKind = QStringLiteral("user");
    e.targetLabel = target.name;
    e.district = target.district;
    if (!newValue.isEmpty())
        e.field = QStringLiteral("role");
    e.newValue = newValue;
    e.editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    AuditLog(m_cache).append(e);
}

User UserDirectory::resolve(const QString &requestedName)
{
    const QString name = requestedName.trimmed().isEmpty() ? defaultUserName() : requestedName.trimmed();
    if (auto u = find(name))
        return *u;
    if (isEmpty()) {
        QString why;
        const std::optional<QString> clean = NameRules::cleanName(name, &why, 64);
        if (!clean || clean->isEmpty())
            throw Error(QCoreApplication::translate("UserDirectory", "invalid user name \"%1\": %2")
                            .arg(NameRules::displayValue(name), clean ? QStringLiteral("empty") : why));
        User u;
        u.name = *clean;
        u.role = Role::Admin;
        u.bootstrap = true;
        return u;
    }
    throw Error(QCoreApplication::translate(
                    "UserDirectory",
                    "unknown user \"%1\" in %2: an administrator adds them with "
                    "`zhili-cli users add %1 --role planner|officer|admin [--district D] --cache %2 "
                    "--user ADMIN`, or pass --user with a known name (zhili-cli users list --cache %2)")
                    .arg(NameRules::displayValue(name), m_cache.path()));
}

User UserDirectory::authenticate(const QString &requestedName, const QString &password)
{
    return authenticate(requestedName, [&password](const User &) { return password; });
}

User UserDirectory::authenticate(const QString &requestedName,
                                 const std::function<QString(const User &)> &askPassword)
{
    const User u = resolve(requestedName);
    if (!u.hasPassword)
        return u; // bootstrap, or added before passwords: accepted by name as before
    const QString stored = storedHash(u.name);
    const QString password = askPassword(u);
    if (!PasswordHasher::verify(stored, password))
        throw Error(
            password.isEmpty()
                ? QCoreApplication::translate("UserDirectory", "user %1 needs a password").arg(u.name)
                : QCoreApplication::translate("UserDirectory", "wrong password for user %1").arg(u.name));
    if (!m_cache.isReadOnly() && PasswordHasher::needsRehash(stored))
        writeHash(u.name, PasswordHasher::hash(password));
    return u;
}

QString UserDirectory::defaultUserName()
{
    for (const char *var : {"ZHILI_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var).trimmed();
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

} // namespace zhili
