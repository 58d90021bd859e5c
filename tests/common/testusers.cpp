#include "testusers.h"

namespace zhili::test {

User testUser(const QString &name, Role role, const QString &district)
{
    return User{name, role, district, QString(), false};
}

User testPlanner()
{
    return User{QStringLiteral("王规划"), Role::Planner, QString(), QString(), false};
}

User testAdmin()
{
    return User{QStringLiteral("管理员甲"), Role::Admin, QString(), QString(), false};
}

User testOfficer(const QString &name, const QString &district)
{
    return testUser(name, Role::Officer, district);
}

} // namespace zhili::test
