#include "sync/serveridentitycheck.h"

#include "cache/geopackagecache.h"
#include "edit/passwordhasher.h"
#include "edit/userdirectory.h"
#include "sync/serveridentity.h"

namespace zhili {

ServerIdentityCheck::ServerIdentityCheck(GeoPackageCache &cache, const QString &user, const QString &password)
    : m_cache(cache), m_user(user), m_password(password)
{
    if (password.isEmpty() || cache.isReadOnly())
        return;
    m_hash = UserDirectory(cache).storedHash(user);
    if (m_hash.isEmpty())
        return; // unknown here, or no password yet: finish() decides after the sync
    m_match = std::async(std::launch::async,
                         [hash = m_hash, pw = password] { return PasswordHasher::verify(hash, pw); });
}

ServerIdentityCheck::~ServerIdentityCheck()
{
    if (m_match.valid())
        m_match.wait();
}

void ServerIdentityCheck::finish()
{
    if (m_password.isEmpty() || m_cache.isReadOnly())
        return;
    const bool matched = m_match.valid() && m_match.get();
    UserDirectory users(m_cache);
    if (matched && users.storedHash(m_user) == m_hash && !PasswordHasher::needsRehash(m_hash))
        return; // already the same: nothing to write
    ServerIdentity::remember(m_cache, m_user, m_password);
}

} // namespace zhili
