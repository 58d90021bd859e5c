#pragma once

#include "edit/user.h"

#include <QCommandLineParser>

namespace zhili {
class GeoPackageCache;
}

namespace zhili::cli {

/// The acting user of a command: --user, else $ZHILI_USER / the login (UserDirectory::resolve), with their
/// password from ZHILI_PASSWORD_FILE or the terminal when they have one (PasswordInput::forUser). Throws
/// zhili::Error for an unknown user or a wrong password, before the command writes anything.
User actingUser(GeoPackageCache &cache, const QCommandLineParser &parser);

} // namespace zhili::cli
