#include "edit/auditedpermission.h"

#include "cache/geopackagecache.h"
#include "edit/auditlog.h"
#include "edit/permissiondenied.h"
#include "edit/user.h"

namespace zhili {

void AuditedPermission::require(GeoPackageCache &cache, const User &user, const PermissionDecision &decision,
                                const QString &action, const QString &targetKind, const QString &label)
{
    if (decision)
        return;
    if (!cache.isReadOnly()) {
        AuditEntry e = AuditLog::entryBy(user, action, targetKind);
        e.targetLabel = label;
        e.accepted = false;
        e.message = decision.reason;
        AuditLog(cache).append(e);
    }
    throw PermissionDenied(decision.reason, {});
}

} // namespace zhili
