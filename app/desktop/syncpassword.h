#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace zhili {

/// The acting user's password on the city server, asked once per session and kept only in memory (never
/// on disk). `ZHILI_PASSWORD_FILE`, when set, answers instead of the prompt, as in the CLI.
class SyncPassword {
    Q_DECLARE_TR_FUNCTIONS(SyncPassword)
public:
    /// The password for `user` on `server`: the one given earlier this session, the file's, or a prompt.
    /// nullopt when the user cancels the prompt. Throws zhili::Error when the password file is unreadable.
    std::optional<QString> get(QWidget *parent, const QString &user, const QString &server);
    /// The password without asking: the one given this session or the file's; nullopt when only a prompt
    /// could tell (background pulls never prompt).
    std::optional<QString> known(const QString &user) const;
    /// Remembers `password` for `user` (tests; a prompt answered elsewhere).
    void set(const QString &user, const QString &password);
    /// After the server refused it, or the acting user changed: ask again next time.
    void forget();

private:
    QString m_user;
    std::optional<QString> m_password;
};

} // namespace zhili
