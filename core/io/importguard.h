#pragma once

#include "edit/auditlog.h"
#include "edit/user.h"

#include <QString>

namespace zhili {

class GeoPackageCache;
struct ImportOptions;
struct ImportReport;

/// Who is importing, whether they may, and the audit rows an import leaves.
///
/// Imports obey the same role rules as edits (PermissionPolicy): an officer imports only parcels of their
/// own district, planners import no parcels, and only administrators replace district boundaries. A
/// refusal throws PermissionDenied and is written to the audit log once the import has rolled back.
class ImportGuard {
public:
    /// What is being imported: parcels (per district) or district boundaries.
    enum class Kind { Parcels, Districts };

    /// Resolves the acting user (options.user, $ZHILI_USER, the login) in `cache`'s users, checking their
    /// password through options.password when set; throws zhili::Error for an unknown user once the cache
    /// has users, or a wrong password.
    ImportGuard(GeoPackageCache &cache, const ImportOptions &options, Kind kind);

    const User &user() const { return m_user; }

    /// Throws PermissionDenied unless the user may import anything of this kind at all (planners may
    /// not import parcels; only admins import district boundaries).
    void requireImport() const;
    /// Throws PermissionDenied unless the user may write parcels of `district`.
    void requireDistrict(const QString &district) const;

    /// Records an accepted import inside its transaction: the zhili_imports row (with the whole report as
    /// JSON; `districtColumn` is what its district column shows) and the audit row with user and role.
    void recordAccepted(const ImportReport &report, const QString &districtColumn, const QString &summary,
                        const QString &message) const;
    /// Appends a refusal row in a transaction of its own: call after the import has rolled back.
    void recordRefusal(const QString &reason) const noexcept;

private:
    QString label() const;
    /// The audit row of this import, before its outcome (user, action, target kind and label).
    AuditEntry importEntry() const;
    GeoPackageCache &m_cache;
    const ImportOptions &m_options;
    Kind m_kind;
    User m_user;
};

} // namespace zhili
