#include "edit/user.h"

#include <QCoreApplication>

namespace zhili {

QString User::label() const
{
    QString s = name + QStringLiteral(" (") + roleDisplayName(role);
    if (role == Role::Officer && !district.isEmpty())
        s += QStringLiteral(", ") + district;
    if (bootstrap)
        s += QCoreApplication::translate("User", ", bootstrap");
    return s + QLatin1Char(')');
}

} // namespace zhili
