#include "sync/serveridentity.h"

#include "cache/geopackagecache.h"
#include "edit/userdirectory.h"
#include "util/error.h"

namespace zhili::ServerIdentity {

void remember(GeoPackageCache &cache, const QString &user, const QString &password)
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
    users.setPassword(user, password, *known); // the user themself, proven by the server
}

} // namespace zhili::ServerIdentity
