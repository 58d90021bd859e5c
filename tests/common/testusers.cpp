#include "testusers.h"

#include "edit/userdirectory.h"

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

User addFirstAdmin(GeoPackageCache &cache, const QString &password)
{
    return UserDirectory(cache).add(User{QStringLiteral("admin"), Role::Admin, QString()}, std::nullopt,
                                    password);
}

} // namespace zhili::test
