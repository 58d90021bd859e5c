#include "desktop/syncpassword.h"

#include "sync/passwordfile.h"

#include <QInputDialog>
#include <QLineEdit>

namespace zhili {

std::optional<QString> SyncPassword::get(QWidget *parent, const QString &user, const QString &server)
{
    if (const std::optional<QString> password = known(user))
        return password;
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, tr("Sign in to the city server"),
        tr("Password of %1 on the city server %2\n(the same as on the server; kept only until Zhili closes):")
            .arg(user.isEmpty() ? tr("the cache's user") : user, server),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    set(user, password);
    return password;
}

std::optional<QString> SyncPassword::known(const QString &user) const
{
    if (m_password && m_user == user)
        return m_password;
    const QString fromFile = PasswordFile::fromEnvironment();
    if (!fromFile.isEmpty())
        return fromFile;
    return std::nullopt;
}

void SyncPassword::set(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void SyncPassword::forget()
{
    m_password.reset();
}

} // namespace zhili
