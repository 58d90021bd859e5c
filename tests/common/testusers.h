#pragma once

// The acting users of the edit, import and indicator tests (not bootstrap users, not stored in the cache).
#include "edit/user.h"

namespace zhili {
class GeoPackageCache;
}

namespace zhili::test {

/// Any user by name, role and (for an officer) district — e.g. the LOGIN roles of a test city server.
User testUser(const QString &name, Role role, const QString &district = QString());
/// 王规划, a city planner.
User testPlanner();
/// 管理员甲, an administrator.
User testAdmin();
/// A district officer: by default 李干部 of 西湖区.
User testOfficer(const QString &name = QStringLiteral("李干部"),
                 const QString &district = QStringLiteral("西湖区"));
/// Stores the first user of `cache`, the administrator "admin" (the first needs nobody's permission), with
/// `password` when one is given.
User addFirstAdmin(GeoPackageCache &cache, const QString &password = QString());

} // namespace zhili::test
