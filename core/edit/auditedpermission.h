#pragma once

#include "edit/permissionpolicy.h"

#include <QString>

namespace zhili {

class GeoPackageCache;
struct User;

/// A rights check whose refusal leaves a trace: when `decision` refuses, the refusal (who, what, why) is
/// appended to the audit log of a writable cache, then thrown as PermissionDenied.
class AuditedPermission {
public:
    static void require(GeoPackageCache &cache, const User &user, const PermissionDecision &decision,
                        const QString &action, const QString &targetKind, const QString &label = QString());
};

} // namespace zhili
