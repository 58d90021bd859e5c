#pragma once

#include "edit/role.h"

#include <QString>

namespace zhili {

/// A person working on the cache, as stored in `zhili_users`.
struct User {
    QString name;
    Role role = Role::Planner;
    QString district;         ///< the district an officer edits; empty for planners and admins
    QString createdAt;        ///< ISO 8601 UTC; empty for a bootstrap user
    bool bootstrap = false;   ///< acting as admin only because the cache has no users yet (see UserDirectory)
    bool hasPassword = false; ///< a password hash is stored; false for users added before passwords

    /// "张三 (区县干部 district officer, 西湖区)"
    QString label() const;
    bool operator==(const User &) const = default;
};

} // namespace zhili
