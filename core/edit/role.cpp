#include "edit/role.h"

#include "util/enumtable.h"

#include <QCoreApplication>

namespace zhili {

namespace {

const EnumTable<Role> &roles()
{
    static const EnumTable<Role> table(
        "Role", {
                    {Role::Planner, "planner", QT_TRANSLATE_NOOP("Role", "city planner")},
                    {Role::Officer, "officer", QT_TRANSLATE_NOOP("Role", "district officer")},
                    {Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "administrator")},
                });
    return table;
}

} // namespace

QString roleKey(Role role)
{
    return roles().key(role);
}

QString roleDisplayName(Role role)
{
    return roles().label(role);
}

std::optional<Role> roleFromString(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QLatin1String("planner") || s == QStringLiteral("规划") || s == QStringLiteral("市级规划") ||
        s == QLatin1String("city planner"))
        return Role::Planner;
    if (s == QLatin1String("officer") || s == QStringLiteral("区县干部") || s == QStringLiteral("干部") ||
        s == QLatin1String("district officer"))
        return Role::Officer;
    if (s == QLatin1String("admin") || s == QLatin1String("administrator") || s == QStringLiteral("管理员"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace zhili
