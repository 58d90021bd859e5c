#include "sync/serverusers.h"

#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

namespace {

// The server's group of each role is named after the role's key: zhili_planner, zhili_officer, zhili_admin.
QString groupOf(Role role)
{
    return QStringLiteral("zhili_") + roleKey(role);
}

} // namespace

ServerUsers::ServerUsers(PgConnection &conn) : m_conn(conn) {}

void ServerUsers::add(const User &user, const QString &password)
{
    ServerSchema::requireCurrent(m_conn);
    const QString name = user.name.trimmed();
    if (name.isEmpty() || name.toUtf8().size() > 63 || name.startsWith(QLatin1String("pg_")) ||
        name.startsWith(QLatin1String("zhili_")))
        throw Error(
            QCoreApplication::translate(
                "ServerUsers",
                "\"%1\" cannot be a server user name: use 1 to 63 bytes, not starting with pg_ or zhili_")
                .arg(user.name));
    if (password.size() < 8)
        throw Error(QCoreApplication::translate("ServerUsers",
                                                "the password of %1 is too short: use at least 8 characters")
                        .arg(name));
    if (user.role == Role::Officer) {
        if (user.district.isEmpty())
            throw Error(QCoreApplication::translate(
                            "ServerUsers", "an officer needs --district: the district whose parcels %1 edits")
                            .arg(name));
        const bool known =
            m_conn
                .scalar(QStringLiteral("SELECT 1 FROM zhili.districts WHERE name = $1 UNION ALL "
                                       "SELECT 1 FROM zhili.parcels WHERE district = $1 LIMIT 1"),
                        {user.district})
                .isValid();
        if (!known)
            throw Error(QCoreApplication::translate(
                            "ServerUsers",
                            "district \"%1\" is not on the city server: publish its parcels first (zhili-cli "
                            "publish), or check the spelling")
                            .arg(user.district));
    }
    const QString role = m_conn.quoteIdentifier(name);
    const QString verifier = m_conn.quoteLiteral(m_conn.encryptedPassword(name, password));
    PgTransaction tx(m_conn);
    const bool exists =
        m_conn.scalar(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {name}).isValid();
    // Admins add users, so they may create roles (PostgreSQL 15's CREATEROLE; see docs/sync.md).
    const QString options =
        user.role == Role::Admin ? QStringLiteral("LOGIN CREATEROLE") : QStringLiteral("LOGIN NOCREATEROLE");
    m_conn.exec(
        QStringLiteral("%1 ROLE %2 %3 PASSWORD %4")
            .arg(exists ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), role, options, verifier));
    for (const char *group : {"zhili_admin", "zhili_planner", "zhili_officer"})
        if (QLatin1String(group) != groupOf(user.role) && exists)
            m_conn.exec(QStringLiteral("REVOKE %1 FROM %2").arg(QLatin1String(group), role));
    m_conn.exec(QStringLiteral("GRANT %1 TO %2").arg(groupOf(user.role), role));
    m_conn.exec(
        QStringLiteral("INSERT INTO zhili.users (name, role, district) VALUES ($1, $2, $3) "
                       "ON CONFLICT (name) DO UPDATE SET role = excluded.role, district = excluded.district"),
        {name, roleKey(user.role), user.role == Role::Officer ? QVariant(user.district) : QVariant()});
    tx.commit();
}

QList<User> ServerUsers::list()
{
    PgResult r = m_conn.exec(QStringLiteral("SELECT name, role, district, to_char(created_at AT TIME ZONE "
                                            "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                                            "FROM zhili.users ORDER BY name"));
    QList<User> users;
    for (int i = 0; i < r.rows(); ++i) {
        User u;
        u.name = r.text(i, 0);
        u.role = roleFromString(r.text(i, 1)).value_or(Role::Planner);
        u.district = r.text(i, 2);
        u.createdAt = r.text(i, 3);
        users.append(u);
    }
    return users;
}

} // namespace zhili
