#include "edit/passwordhasher.h"

#include "util/error.h"

#include <QCoreApplication>
#include <sodium.h>

namespace zhili {

namespace {

const unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

void requireSodium()
{
    // sodium_init() is idempotent and thread-safe; < 0 means no usable random source.
    if (sodium_init() < 0)
        throw Error(
            QCoreApplication::translate("PasswordHasher", "cannot initialise libsodium (no random source)"));
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    requireSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOpsLimit,
                          kMemLimit) != 0)
        throw Error(QCoreApplication::translate(
            "PasswordHasher", "not enough memory to hash the password (Argon2id needs 64 MiB)"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &stored, const QString &password)
{
    requireSodium();
    const QByteArray hash = stored.toLatin1();
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored)
{
    requireSodium();
    const QByteArray hash = stored.toLatin1();
    // != 0: other limits (1) or not a hash this libsodium reads (-1); either way a fresh hash is better.
    return crypto_pwhash_str_needs_rehash(hash.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace zhili
