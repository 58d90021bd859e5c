#include "cli/actinguser.h"

#include "cli/passwordinput.h"
#include "edit/userdirectory.h"

namespace zhili::cli {

User actingUser(GeoPackageCache &cache, const QCommandLineParser &parser)
{
    return UserDirectory(cache).authenticate(parser.value(QStringLiteral("user")),
                                             [](const User &u) { return PasswordInput::forUser(u.name); });
}

} // namespace zhili::cli
