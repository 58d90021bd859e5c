#include "edit/user.h"

namespace zhili {

QString User::label() const
{
    QString s = name + QStringLiteral(" (") + roleDisplayName(role);
    if (role == Role::Officer && !district.isEmpty())
        s += QStringLiteral(", ") + district;
    if (bootstrap)
        s += QStringLiteral(", 初始管理员 bootstrap");
    return s + QLatin1Char(')');
}

} // namespace zhili
