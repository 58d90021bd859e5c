#pragma once

#include "indicators/evaluationrules.h"
#include "indicators/indicatortypes.h"
#include "util/taskprogress.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// One enterprise's per-mu (亩均论英雄) figures, score and class for one year.
struct EnterpriseEvaluation {
    qint64 id = 0;
    QString name;
    int year = 0;
    QStringList parcelUuids;
    QList<qint64> parcelFids; ///< linked parcels still in the cache, in code order
    QStringList parcelCodes;
    double landMu = 0;    ///< Σ area_mu of the linked parcels (the parcels' measured area)
    bool renting = false; ///< no linked parcel in the cache: no land, no per-mu figures, not ranked
    bool large = false; ///< 规上 (revenue ≥ the rules' threshold) — scored and ranked with the large group
    /// Indicator values by PerMuIndicator order; nullopt when a figure is missing or its denominator is 0.
    QHash<PerMuIndicator, double> values;
    std::optional<double> score; ///< Σ value / benchmark × weight; nullopt for renting firms
    double percentile = 0; ///< share (%) of the group scoring strictly higher; ties share the better place
    QChar grade;           ///< 'A'…'D'; null for renting firms
    QStringList notes;     ///< why an indicator is missing, why not ranked

    std::optional<double> value(PerMuIndicator i) const
    {
        const auto it = values.constFind(i);
        return it == values.cend() ? std::nullopt : std::optional<double>(it.value());
    }
};

/// The evaluation of one year and the rules version it used.
struct PerMuEvaluation {
    int year = 0;
    EvaluationRules rules;
    QList<EnterpriseEvaluation> enterprises; ///< ordered by name

    /// Class of each parcel for a map layer: the worst class (D before C before B before A) among the
    /// classified enterprises linked to it. Parcels of renting or unclassified enterprises are absent.
    QHash<qint64, QChar> parcelGrades() const;
};

/// Computes 亩均论英雄 for the enterprises of a year.
///
/// Formulas (all figures as imported; land = Σ area_mu of the enterprise's linked parcels):
///   亩均税收 = tax_wan / 亩; 亩均增加值 = value_added_wan / 亩; 单位能耗增加值 = value_added_wan /
///   energy_tce; 单位排放增加值 = value_added_wan / emissions_t; 全员劳动生产率 = value_added_wan /
///   employees; R&D intensity = rd_wan / revenue_wan.
/// An indicator whose figure is missing or whose denominator is 0 has no value and earns 0 points (missing
/// data earns nothing), noted in `notes`.
/// Score = Σ value / benchmark × weight over the rules of the enterprise's size class (no cap).
/// Enterprises renting (no parcels) have no per-mu figures: they get their other indicators but no score and
/// no class, and are left out of the ranking (the per-mu evaluation rates use of land; county practice rates
/// renters on rented floor area, which the cache does not hold).
/// Classes: large and small firms are ranked separately (their scores use different rules); see classify().
class PerMuEvaluator {
public:
    /// Evaluates every enterprise of `year` with the rules in force for that year.
    /// `progress` counts enterprises and may cancel (zhili::Cancelled).
    static PerMuEvaluation evaluate(GeoPackageCache &cache, int year, const TaskProgress &progress = {});

    /// Percentile bands. For each score, p = 100 × (number of scores strictly greater) / N. Class A when
    /// p < bandA, B when p < bandB, C when p < bandC, else D. Equal scores therefore share a class (the
    /// better one), and with N = 20 and bands 20/80/95 exactly 4 A, 12 B, 3 C and 1 D result. Compared in
    /// exact arithmetic (100 × count < band × N), so boundaries do not depend on rounding.
    static QList<QChar> classify(const QList<double> &scores, double bandA, double bandB, double bandC,
                                 QList<double> *percentiles = nullptr);
};

} // namespace zhili
