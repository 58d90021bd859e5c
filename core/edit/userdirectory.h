#pragma once

#include "edit/user.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace zhili {

class GeoPackageCache;
class PasswordHashTask;

/// The users of one cache (`zhili_users`).
///
/// Who is acting (resolve()): the name given (`--user`, the app's start-up choice), else `$ZHILI_USER`, else
/// the OS login. While the users table is empty that person acts as an administrator ("bootstrap"), so a new
/// or demo cache works at once; once any user exists, an unknown name is refused with a message saying how to
/// add one. The first user added must be an administrator; after that only administrators add users.
///
/// Passwords (docs/editing.md, "Identity"): a user added with a password is stored with its Argon2id hash
/// (PasswordHasher), and authenticate() asks for it; users added before passwords (no hash) are accepted by
/// name as before. resolve() looks a user up without a password: the window and the CLI call authenticate()
/// once, where a person names themselves, and pass the User on.
class UserDirectory {
public:
    explicit UserDirectory(GeoPackageCache &cache);

    /// All users, sorted by name.
    QList<User> list();
    std::optional<User> find(const QString &name);
    bool isEmpty();
    bool hasAdmin();

    /// Adds a user with `password` (empty: none, as users added before passwords). The first user must be an
    /// admin; after that `actingUser` must be a stored (not bootstrap) admin. An officer needs a district
    /// that exists in the cache (districts table or parcels). Writes an audit row. Throws zhili::Error.
    User add(const User &user, const std::optional<User> &actingUser, const QString &password = QString());

    /// Sets or replaces `name`'s password; `actingUser` must be that user or an admin. Audited
    /// (`user_password`, no values). Throws zhili::Error.
    void setPassword(const QString &name, const QString &password, const User &actingUser);
    /// The same with the hash made beforehand on another thread: the caller's other work hides the wait for
    /// Argon2id (clone).
    void setPassword(const QString &name, PasswordHashTask &password, const User &actingUser);

    /// The acting user by the rule above; throws zhili::Error naming the user and how to add them. Does not
    /// check a password (see authenticate()).
    User resolve(const QString &requestedName = QString());

    /// resolve(), then checks `password` when the user has one: throws zhili::Error on a wrong password.
    /// A hash made with older limits is replaced by one with the current ones (writable caches only).
    User authenticate(const QString &requestedName, const QString &password);
    /// The same, asking `password` (e.g. a terminal prompt) only when the user has one.
    User authenticate(const QString &requestedName, const std::function<QString(const User &)> &password);

    /// Throws zhili::Error when `password` cannot be a new password (shorter than kMinPasswordLength).
    static void checkNewPassword(const QString &password);
    static constexpr int kMinPasswordLength = 8;

    /// `$ZHILI_USER`, else the OS login (`$USER` / `$USERNAME`), else "unknown".
    static QString defaultUserName();

    /// `name`'s stored Argon2id hash (PasswordHasher), empty when the user is unknown or has no password:
    /// for a comparison started off the caller's thread (ServerIdentityCheck).
    QString storedHash(const QString &name);

private:
    /// False for a cache older than version 3 opened read-only (never migrated): nobody has a password.
    bool hasPasswordTable();
    /// SELECT name, role, district, created_at, has-password FROM zhili_users u (see readUser()).
    QString selectUsersSql();
    /// Throws unless `actingUser` may add `user` (the first-user and admin rules).
    void requireMayAdd(const User &user, const std::optional<User> &actingUser);
    /// The officer's district checked against the cache; empty for planners and admins.
    QString checkedDistrict(const User &user);
    void setPasswordWith(const QString &name, const QString &password, const User &actingUser,
                         const std::function<QString()> &hash);
    void writeHash(const QString &name, const QString &hash);
    void appendAudit(const QString &at, const std::optional<User> &actingUser, const QString &action,
                     const User &target, const QString &newValue);

    GeoPackageCache &m_cache;
};

} // namespace zhili
