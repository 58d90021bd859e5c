#pragma once

#include <QString>

namespace zhili {

/// A server password kept in a file (first line), for scripts and tests: `ZHILI_PASSWORD_FILE` for the
/// acting user of the CLI and the window, `--password-file` for a new user. Nothing else is read.
class PasswordFile {
public:
    /// The first line of `path`; throws zhili::Error naming the file (and `what` named it) when it cannot be
    /// read or is empty.
    static QString read(const QString &path, const QString &what);
    /// The password in the file named by $ZHILI_PASSWORD_FILE; empty when the variable is not set.
    static QString fromEnvironment();
};

} // namespace zhili
