#include "io/importguard.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "edit/permissiondenied.h"
#include "edit/permissionpolicy.h"
#include "edit/userdirectory.h"
#include "io/importoptions.h"

#include <QFileInfo>

namespace zhili {

ImportGuard::ImportGuard(GeoPackageCache &cache, const ImportOptions &options, Kind kind)
    : m_cache(cache), m_options(options), m_kind(kind), m_user(UserDirectory(cache).resolve(options.user))
{
}

void ImportGuard::requireImport() const
{
    const PermissionDecision d = m_kind == Kind::Districts ? PermissionPolicy::canImportDistricts(m_user)
                                                           : PermissionPolicy::canImportParcels(m_user);
    if (!d)
        throw PermissionDenied(d.reason, {});
}

void ImportGuard::requireDistrict(const QString &district) const
{
    const PermissionDecision d = PermissionPolicy::canImportParcels(m_user, district);
    if (!d)
        throw PermissionDenied(d.reason, {});
}

QString ImportGuard::label() const
{
    return QFileInfo(m_options.source).fileName() +
           (m_options.layer.isEmpty() ? QString() : QLatin1Char(':') + m_options.layer);
}

void ImportGuard::recordAccepted(const QString &district, const QString &summary,
                                 const QString &message) const
{
    AuditEntry e;
    e.at = GeoPackageCache::now();
    e.user = m_user.name;
    e.role = roleKey(m_user.role);
    e.action = QStringLiteral("import");
    e.targetKind = m_kind == Kind::Districts ? QStringLiteral("districts") : QStringLiteral("layer");
    e.targetLabel = label();
    e.district = district;
    e.newValue = summary;
    e.message = message;
    AuditLog(m_cache).append(e);
}

void ImportGuard::recordRefusal(const QString &reason) const noexcept
{
    try {
        AuditEntry e;
        e.at = GeoPackageCache::now();
        e.user = m_user.name;
        e.role = roleKey(m_user.role);
        e.action = QStringLiteral("import");
        e.targetKind = m_kind == Kind::Districts ? QStringLiteral("districts") : QStringLiteral("layer");
        e.targetLabel = label();
        e.district = m_options.district;
        e.accepted = false;
        e.message = reason;
        SqliteTransaction tx(m_cache.db());
        AuditLog(m_cache).append(e);
        tx.commit();
    } catch (...) {
        // The refusal itself still reaches the user; a cache that cannot take one more row (read-only,
        // disk full) must not turn it into another error.
    }
}

} // namespace zhili
