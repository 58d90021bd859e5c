#include "edit/role.h"

#include <QCoreApplication>

namespace zhili {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Planner:
        return QStringLiteral("planner");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Planner:
        return QCoreApplication::translate("Role", "city planner");
    case Role::Officer:
        return QCoreApplication::translate("Role", "district officer");
    case Role::Admin:
        return QCoreApplication::translate("Role", "administrator");
    }
    return QString();
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
