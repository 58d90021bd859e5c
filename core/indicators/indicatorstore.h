#pragma once

#include "edit/user.h"
#include "indicators/evaluationrules.h"
#include "indicators/indicatortypes.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// What a write did: rows inserted, changed, and already equal (left alone, not audited).
struct WriteSummary {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0;
};

/// Reads and writes the indicator tables (targets, key districts, quotas, enterprises, evaluation rules, RAG
/// thresholds).
///
/// Every write is allowed only to city planners and administrators (PermissionPolicy::canEditTargets /
/// canEditKeyDistricts); a refusal is written to zhili_audit with accepted = 0 and PermissionDenied is
/// thrown. Accepted writes run in one transaction (joining the caller's, if any) with one audit row per
/// changed row (target_kind "target", "key_district", "quota", "enterprise", "eval_rules", "rag_thresholds";
/// old and new values as JSON), all sharing one edit_id.
class IndicatorStore {
public:
    explicit IndicatorStore(GeoPackageCache &cache);

    /// Targets of one year (all years when nullopt), ordered by year, ecosystem order, district ("" first).
    QList<Target> targets(std::optional<int> year = std::nullopt);
    std::optional<Target> target(int year, const QString &ecosystem, const QString &district);
    /// Key districts of one ecosystem (all when empty), ordered by ecosystem and district.
    QList<KeyDistrict> keyDistricts(const QString &ecosystem = QString());
    QList<DistrictQuota> quotas(int year);
    RagThresholds ragThresholds();
    /// The rules in force for `year`: the version with the largest year ≤ `year` (year 0 = the default).
    EvaluationRules evaluationRules(int year);
    /// Enterprises of one year with their linked parcel uuids, ordered by name.
    QList<Enterprise> enterprises(int year);

    /// Inserts or replaces targets by (year, ecosystem, district). `action` goes to the audit log.
    WriteSummary saveTargets(const User &user, const QList<Target> &targets,
                             const QString &action = QStringLiteral("set"));
    WriteSummary removeTarget(const User &user, int year, const QString &ecosystem, const QString &district);
    /// Makes `districts` the ecosystem's key districts (others of that ecosystem are removed).
    WriteSummary setKeyDistricts(const User &user, const QString &ecosystem,
                                 const QList<KeyDistrict> &districts);
    WriteSummary setQuota(const User &user, const DistrictQuota &quota);
    WriteSummary setRagThresholds(const User &user, const RagThresholds &thresholds);
    /// Stores a rules version (replacing the one of the same year). Validates first.
    WriteSummary saveEvaluationRules(const User &user, const EvaluationRules &rules);
    /// Inserts or replaces enterprises by (name, year), including their parcel links.
    WriteSummary saveEnterprises(const User &user, const QList<Enterprise> &enterprises,
                                 const QString &action = QStringLiteral("set"));

    /// Throws PermissionDenied (after auditing the refusal) unless `user` may edit targets and the other
    /// indicator data. Importers call it before reading their file.
    void requireTargetRights(const User &user, const QString &targetKind, const QString &action);

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
