#pragma once

#include "edit/user.h"

#include <QString>
#include <functional>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// Why a panel that records edits in the cache (targets, chain events) is read only now, or "" when it is
/// not: no cache (`noCache`, the panel's words), a cache file that cannot be written, no user chosen yet,
/// or a user whom `allowed` refuses (`refused`, with %1 for who they are).
QString readOnlyReason(const GeoPackageCache *cache, const std::optional<User> &user,
                       const std::function<bool(const User &)> &allowed, const QString &noCache,
                       const QString &refused);

} // namespace zhili
