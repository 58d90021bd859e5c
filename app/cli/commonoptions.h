#pragma once

#include <QCommandLineOption>
#include <QString>

namespace zhili::cli {

/// Options that several commands declare, each with the command's own help text.
enum class CommonOption {
    District,     ///< --district NAME
    OutFile,      ///< --out FILE
    Year,         ///< --year YEAR
    Theme,        ///< --theme THEME
    Layers,       ///< --layers LIST
    Extent,       ///< --extent x1,y1,x2,y2
    Role,         ///< --role ROLE
    PasswordFile, ///< --password-file FILE
};

/// The option `which` with `help`: its name and its value's name are written once, so every command's
/// --help names them alike.
QCommandLineOption commonOption(CommonOption which, const QString &help);

} // namespace zhili::cli
