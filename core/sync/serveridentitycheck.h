#pragma once

#include <QString>
#include <future>

namespace zhili {

class GeoPackageCache;

/// ServerIdentity::remember() with its slow part started early. Comparing the password with the user's local
/// Argon2id hash costs 64 MiB and ~0.1 s on an idle machine, most of a second on a loaded one: started before
/// a sync, it runs on a worker thread while the sync waits for the server, and finish() after the sync only
/// reads the answer (and writes the password when it differs, as remember() does).
class ServerIdentityCheck {
public:
    /// Reads `user`'s local hash and starts the comparison; does nothing for an empty password or a
    /// read-only cache (as remember()).
    ServerIdentityCheck(GeoPackageCache &cache, const QString &user, const QString &password);
    /// Waits for the worker when finish() was not called (a failed sync).
    ~ServerIdentityCheck();
    ServerIdentityCheck(const ServerIdentityCheck &) = delete;
    ServerIdentityCheck &operator=(const ServerIdentityCheck &) = delete;

    /// After the sync (whose pull may have refreshed the users): what remember() would do, without comparing
    /// again when the hash read at the start is still the stored one.
    void finish();

private:
    GeoPackageCache &m_cache;
    QString m_user;
    QString m_password;
    QString m_hash;            ///< the local hash when the comparison started; empty: none started
    std::future<bool> m_match; ///< whether the password matches m_hash
};

} // namespace zhili
