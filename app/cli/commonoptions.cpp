#include "cli/commonoptions.h"

namespace zhili::cli {

QCommandLineOption commonOption(CommonOption which, const QString &help)
{
    struct Names {
        const char *name;
        const char *valueName;
    };
    // In the order of CommonOption.
    static constexpr Names names[] = {
        {"district", "NAME"}, {"out", "FILE"},           {"year", "YEAR"}, {"theme", "THEME"},
        {"layers", "LIST"},   {"extent", "x1,y1,x2,y2"}, {"role", "ROLE"}, {"password-file", "FILE"},
    };
    const Names &n = names[int(which)];
    return {QString::fromLatin1(n.name), help, QString::fromLatin1(n.valueName)};
}

} // namespace zhili::cli
