#pragma once

#include <QString>

namespace zhili {

/// Turns a password into what `zhili_users.password_hash` stores, and checks a password against it.
///
/// libsodium's Argon2id (`crypto_pwhash_str`): the stored text carries the algorithm, its cost and a random
/// salt ("$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>"), never the password or a bare hash. The cost is
/// libsodium's INTERACTIVE limits (64 MiB, 2 passes, ~0.1 s): every `zhili-cli --user` command verifies once,
/// and the office PCs the window runs on share 2–4 cores; needsRehash() lets a later, higher cost upgrade a
/// stored hash at its owner's next login.
class PasswordHasher {
public:
    /// The stored text for `password` (a fresh salt each time). Throws zhili::Error when libsodium cannot
    /// start or has no memory for the hash.
    static QString hash(const QString &password);
    /// True when `password` matches `stored`; false for a wrong password or a damaged hash.
    static bool verify(const QString &stored, const QString &password);
    /// True when `stored` was made with other limits than hash() uses now.
    static bool needsRehash(const QString &stored);
};

} // namespace zhili
