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

/// What a CSV import (targets, enterprises) did.
struct CsvImportResult {
    QString file;
    QString encoding;
    int rows = 0;
    WriteSummary written;
};

/// One edit of one target as the editor saw it: `before` is the stored row it started from, `after` the row
/// it wants (nullopt = no row: before only = removal, after only = a new target; different keys = a move).
/// Undo applies reversed().
struct TargetEdit {
    std::optional<Target> before;
    std::optional<Target> after;

    TargetEdit reversed() const { return {after, before}; }
    bool operator==(const TargetEdit &) const = default;
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
    /// Applies edits made in an editor (the app's targets table, its undo and redo) in one transaction: each
    /// edit's `before` must still be what is stored (else nothing is written and Error says who changed
    /// what), a new key must be free, every `after` must pass checkTarget(). One audit row per changed row.
    WriteSummary applyTargetEdits(const User &user, const QList<TargetEdit> &edits,
                                  const QString &action = QStringLiteral("set"));
    /// What is wrong with a target, one bilingual sentence per problem (empty = fine): year outside
    /// 1949–2200, unknown ecosystem, a district the cache does not know (empty = city-wide is fine),
    /// negative or non-finite figures.
    QStringList checkTarget(const Target &target);
    /// Makes `districts` the ecosystem's key districts (others of that ecosystem are removed).
    WriteSummary setKeyDistricts(const User &user, const QString &ecosystem,
                                 const QList<KeyDistrict> &districts,
                                 const QString &action = QStringLiteral("set"));
    /// setKeyDistricts() for an editor and its undo: refuses (Error, nothing written) when the ecosystem's
    /// key districts are no longer `before` (compared ignoring order).
    WriteSummary replaceKeyDistricts(const User &user, const QString &ecosystem,
                                     const QList<KeyDistrict> &before, const QList<KeyDistrict> &after,
                                     const QString &action = QStringLiteral("set"));
    WriteSummary setQuota(const User &user, const DistrictQuota &quota);
    /// Several quotas in one transaction (one edit). The rights check, and the audit row of a refusal, come
    /// before the transaction: a refusal inside it would roll its own audit row back.
    WriteSummary setQuotas(const User &user, const QList<DistrictQuota> &quotas);
    WriteSummary setRagThresholds(const User &user, const RagThresholds &thresholds);
    /// Stores a rules version (replacing the one of the same year). Validates first.
    WriteSummary saveEvaluationRules(const User &user, const EvaluationRules &rules);
    /// Inserts or replaces enterprises by (name, year), including their parcel links.
    WriteSummary saveEnterprises(const User &user, const QList<Enterprise> &enterprises,
                                 const QString &action = QStringLiteral("set"));

    /// Throws PermissionDenied (after auditing the refusal) unless `user` may edit targets and the other
    /// indicator data. Importers call it before reading their file.
    /// `label` names the object in the refusal's audit row (e.g. "2025/bio/西湖区").
    void requireTargetRights(const User &user, const QString &targetKind, const QString &action,
                             const QString &label = QString());

private:
    /// checkTarget() against a list of known districts read once per write.
    static QStringList targetProblems(const Target &target, const QStringList &knownDistricts);
    static void requireValidTargets(const QList<Target> &targets, const QStringList &knownDistricts);

    GeoPackageCache &m_cache;
};

} // namespace zhili
