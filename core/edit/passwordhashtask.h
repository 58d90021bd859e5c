#pragma once

#include <QString>
#include <future>

namespace zhili {

/// PasswordHasher::hash() of one password, started on a thread of its own as soon as the task is made:
/// Argon2id keeps a core busy for a tenth of a second or more, which a caller with other work to do meanwhile
/// (clone receiving the city) need not wait for. hash() waits for the result and throws what the hashing
/// threw; the destructor waits too.
class PasswordHashTask {
public:
    explicit PasswordHashTask(const QString &password);
    ~PasswordHashTask();
    PasswordHashTask(const PasswordHashTask &) = delete;
    PasswordHashTask &operator=(const PasswordHashTask &) = delete;

    const QString &password() const { return m_password; }
    /// The stored text for password() (a fresh salt), as PasswordHasher::hash() makes it.
    QString hash();

private:
    QString m_password;
    std::shared_future<QString> m_hash;
};

} // namespace zhili
