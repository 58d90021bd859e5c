#pragma once

#include <QString>

namespace zhili {

class GeoPackageCache;
class PasswordHashTask;

/// Keeps a connected cache's local identities in step with the city server: when the server has just
/// accepted `password` for `user` (a clone or a sync signed in as them), that password becomes the user's
/// local one, so the window and the CLI ask for the same password as the server (issue #11, "Identity").
namespace ServerIdentity {

/// Does nothing when the password is empty (it came from ~/.pgpass or PGPASSWORD, unseen here), when the
/// user is not in the cache's user list, or when the local password already matches.
void remember(GeoPackageCache &cache, const QString &user, const QString &password);
/// The same with the password's hash under way on another thread since the caller made `password` (clone):
/// used when the local password must change, otherwise left to finish.
void remember(GeoPackageCache &cache, const QString &user, PasswordHashTask &password);

} // namespace ServerIdentity

} // namespace zhili
