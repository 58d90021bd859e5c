#pragma once

#include "edit/user.h"

#include <QList>
#include <QString>

namespace zhili {

class PgConnection;

/// The people of the city server: each is a PostgreSQL LOGIN role in the group of its role (zhili_admin,
/// zhili_planner, zhili_officer) plus a row in zhili.users naming an officer's district — the row the
/// parcels' row-level security reads.
class ServerUsers {
public:
    explicit ServerUsers(PgConnection &conn);

    /// Creates (or updates) the LOGIN role with `password` and records role and district, in one
    /// transaction. Needs a session that may create roles (the server's owner, or an admin). The password
    /// travels only as a SCRAM verifier. Throws zhili::Error naming what is wrong.
    void add(const User &user, const QString &password);
    QList<User> list();

private:
    PgConnection &m_conn;
};

} // namespace zhili
