#include "edit/passwordhashtask.h"

#include "edit/passwordhasher.h"

namespace zhili {

PasswordHashTask::PasswordHashTask(const QString &password)
    : m_password(password), m_hash(std::async(std::launch::async, &PasswordHasher::hash, password).share())
{
}

PasswordHashTask::~PasswordHashTask()
{
    m_hash.wait(); // never leave the thread running past its password
}

QString PasswordHashTask::hash()
{
    return m_hash.get();
}

} // namespace zhili
