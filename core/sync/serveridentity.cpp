#include "sync/serveridentity.h"

#include "cache/geopackagecache.h"
#include "edit/passwordhashtask.h"
#include "edit/userdirectory.h"
#include "util/error.h"

namespace zhili::ServerIdentity {

namespace {

void rememberWith(GeoPackageCache &cache, const QString &user, const QString &password,
                  const std::function<void(UserDirectory &, const User &)> &setPassword)
{
    if (password.isEmpty() || cache.isReadOnly())
        return;
    UserDirectory users(cache);
    const std::optional<User> known = users.find(user);
    if (!known)
        return;
    if (known->hasPassword) {
        try {
            users.authenticate(user, password);
            return;               // already the same
        } catch (const Error &) { // changed on the server: the server is the authority
        }
    }
    setPassword(users, *known); // the user themself, proven by the server
}

} // namespace

void remember(GeoPackageCache &cache, const QString &user, const QString &password)
{
    rememberWith(cache, user, password,
                 [&](UserDirectory &users, const User &known) { users.setPassword(user, password, known); });
}

void remember(GeoPackageCache &cache, const QString &user, PasswordHashTask &password)
{
    rememberWith(cache, user, password.password(),
                 [&](UserDirectory &users, const User &known) { users.setPassword(user, password, known); });
}

} // namespace zhili::ServerIdentity
