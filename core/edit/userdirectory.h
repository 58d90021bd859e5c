#pragma once

#include "edit/user.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// The users of one cache (`zhili_users`).
///
/// Who is acting (resolve()): the name given (`--user`, the app's start-up choice), else `$ZHILI_USER`, else
/// the OS login. While the users table is empty that person acts as an administrator ("bootstrap"), so a new
/// or demo cache works at once; once any user exists, an unknown name is refused with a message saying how to
/// add one. Adding users needs an administrator, except while the cache has no administrator yet.
class UserDirectory {
public:
    explicit UserDirectory(GeoPackageCache &cache);

    /// All users, sorted by name.
    QList<User> list();
    std::optional<User> find(const QString &name);
    bool isEmpty();
    bool hasAdmin();

    /// Adds a user. `actingUser` must be an admin unless the cache has no admin yet. An officer needs a
    /// district that exists in the cache (districts table or parcels). Writes an audit row. Throws
    /// zhili::Error.
    User add(const User &user, const std::optional<User> &actingUser);

    /// The acting user by the rule above; throws zhili::Error naming the user and how to add them.
    User resolve(const QString &requestedName = QString());

    /// `$ZHILI_USER`, else the OS login (`$USER` / `$USERNAME`), else "unknown".
    static QString defaultUserName();

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
