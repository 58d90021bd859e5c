#include "io/importguard.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "edit/permissiondenied.h"
#include "edit/permissionpolicy.h"
#include "edit/userdirectory.h"
#include "io/importoptions.h"
#include "io/importreport.h"

#include <QJsonDocument>

#include <QFileInfo>

namespace zhili {

namespace {
User importingUser(GeoPackageCache &cache, const ImportOptions &options)
{
    UserDirectory users(cache);
    return options.password ? users.authenticate(options.user, options.password)
                            : users.resolve(options.user);
}
} // namespace

ImportGuard::ImportGuard(GeoPackageCache &cache, const ImportOptions &options, Kind kind)
    : m_cache(cache), m_options(options), m_kind(kind), m_user(importingUser(cache, options))
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

void ImportGuard::recordAccepted(const ImportReport &report, const QString &districtColumn,
                                 const QString &summary, const QString &message) const
{
    const QString now = GeoPackageCache::now();
    auto imp = m_cache.db().prepare(
        QStringLiteral("INSERT INTO zhili_imports (at, user, source, layer, district, encoding, source_crs, "
                       "features, inserted, updated, skipped, repaired, missing, report) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    imp.bind(1, now)
        .bind(2, m_user.name)
        .bind(3, QFileInfo(m_options.source).absoluteFilePath())
        .bind(4, report.layer)
        .bind(5, districtColumn)
        .bind(6, report.encoding)
        .bind(7, report.sourceCrs)
        .bind(8, report.featuresRead)
        .bind(9, report.inserted)
        .bind(10, report.updated)
        .bind(11, qint64(report.skippedEmpty.size()))
        .bind(12, report.repairedCount())
        .bind(13, report.missingCount())
        .bind(14, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)))
        .run();
    AuditEntry e = importEntry();
    e.at = now;
    e.district = report.districts.size() == 1 ? report.districts.first() : QString();
    e.newValue = summary;
    e.message = message;
    AuditLog(m_cache).append(e);
}

AuditEntry ImportGuard::importEntry() const
{
    AuditEntry e =
        AuditLog::entryBy(m_user, QStringLiteral("import"),
                          m_kind == Kind::Districts ? QStringLiteral("districts") : QStringLiteral("layer"));
    e.targetLabel = label();
    return e;
}

void ImportGuard::recordRefusal(const QString &reason) const noexcept
{
    try {
        AuditEntry e = importEntry();
        e.at = GeoPackageCache::now();
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
