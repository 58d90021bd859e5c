#pragma once

#include <QString>
#include <optional>

namespace zhili::cli {

/// Where zhili-cli reads a password: the first line of a file, else the terminal without echo. A password
/// never comes from the command line itself (other users see it in `ps` and it stays in shell history).
class PasswordInput {
public:
    /// The first line of `path`, its line end stripped. Throws zhili::Error naming the file (and `what`, the
    /// option or variable that named it) when it cannot be read or its first line is empty.
    static QString fromFile(const QString &path, const QString &what);
    /// Asks `question` on the terminal and reads a line without echo; nullopt when stdin is not a terminal.
    static std::optional<QString> prompt(const QString &question);
    /// The password of the acting user `name`: the file named by $ZHILI_PASSWORD_FILE, else the terminal;
    /// throws zhili::Error naming ZHILI_PASSWORD_FILE when neither is there (a script, a pipe).
    static QString forUser(const QString &name);
};

} // namespace zhili::cli
