#include "edit/userdirectory.h"

#include "cache/geopackagecache.h"
#include "edit/auditlog.h"
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
    return u;
}
} // namespace

UserDirectory::UserDirectory(GeoPackageCache &cache) : m_cache(cache) {}

QList<User> UserDirectory::list()
{
    QList<User> users;
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT name, role, district, created_at FROM zhili_users ORDER BY name"));
    while (st.step())
        users.append(readUser(st));
    return users;
}

std::optional<User> UserDirectory::find(const QString &name)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT name, role, district, created_at FROM zhili_users WHERE name = ?"));
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

User UserDirectory::add(const User &user, const std::optional<User> &actingUser)
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
    if (hasAdmin()) {
        if (!actingUser)
            throw Error(QCoreApplication::translate("UserDirectory",
                                                    "only an administrator may add users: pass --user "
                                                    "with an administrator's name"));
        const PermissionDecision d = PermissionPolicy::canManageUsers(*actingUser);
        if (!d)
            throw Error(d.reason);
    }
    if (u.role == Role::Officer) {
        if (u.district.isEmpty())
            throw Error(
                QCoreApplication::translate("UserDirectory", "an officer needs --district (one of: %1)")
                    .arg(m_cache.districtNames().join(QStringLiteral(", "))));
        const QStringList districts = m_cache.districtNames();
        if (!districts.contains(u.district))
            throw Error(QCoreApplication::translate(
                            "UserDirectory", "unknown district \"%1\" for officer %2; known districts: %3")
                            .arg(NameRules::displayValue(u.district), u.name,
                                 districts.isEmpty() ? QStringLiteral("(none — import parcels first)")
                                                     : districts.join(QStringLiteral(", "))));
    } else {
        // Planners and admins work city-wide; a district would suggest a restriction that does not exist.
        u.district.clear();
    }
    u.createdAt = GeoPackageCache::now();

    SqliteTransaction tx(m_cache.db());
    auto st = m_cache.db().prepare(
        QStringLiteral("INSERT INTO zhili_users (name, role, district, created_at) VALUES (?, ?, ?, ?)"));
    st.bind(1, u.name)
        .bind(2, roleKey(u.role))
        .bind(3, u.district.isEmpty() ? QVariant() : QVariant(u.district))
        .bind(4, u.createdAt)
        .run();
    AuditLog log(m_cache);
    AuditEntry e;
    e.at = u.createdAt;
    e.user = actingUser ? actingUser->name : QString();
    e.role = actingUser ? roleKey(actingUser->role) : QString();
    e.action = QStringLiteral("user_add");
    e.targetKind = QStringLiteral("user");
    e.targetLabel = u.name;
    e.district = u.district;
    e.field = QStringLiteral("role");
    e.newValue = roleKey(u.role);
    e.editId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    log.append(e);
    tx.commit();
    return u;
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
