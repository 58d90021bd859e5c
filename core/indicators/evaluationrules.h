#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace zhili {

/// The six per-mu (亩均论英雄) indicators.
enum class PerMuIndicator {
    TaxPerMu,              ///< 亩均税收 = tax 万元 / land 亩
    ValueAddedPerMu,       ///< 亩均增加值 = value added 万元 / land 亩
    ValueAddedPerTce,      ///< 单位能耗增加值 = value added 万元 / energy tce
    ValueAddedPerEmission, ///< 单位排放增加值 = value added 万元 / emissions t
    Productivity,          ///< 全员劳动生产率 = value added 万元 / employees
    RdIntensity            ///< R&D 经费投入强度 = R&D 万元 / revenue 万元 (a fraction)
};

const QList<PerMuIndicator> &allPerMuIndicators();
/// "tax_per_mu", "value_added_per_mu", "value_added_per_tce", "value_added_per_emission", "productivity",
/// "rd_intensity" (the keys in zhili_eval_indicators, JSON and CSV).
QString perMuIndicatorKey(PerMuIndicator i);
/// "亩均税收 tax per mu (万元/亩)" …
QString perMuIndicatorLabel(PerMuIndicator i);
std::optional<PerMuIndicator> perMuIndicatorFromKey(const QString &key);

/// One indicator's county benchmark (基准值) and weight in the score.
struct IndicatorRule {
    PerMuIndicator indicator = PerMuIndicator::TaxPerMu;
    double benchmark = 1; ///< > 0, in the indicator's unit
    double weight = 0;    ///< points; the weights of a size class usually sum to 100
};

/// The per-mu evaluation rules of one year (versioned data in zhili_eval_rules / zhili_eval_indicators).
///
/// Enterprises with revenue ≥ largeRevenueWan are 规上 ("large") and scored with `large`; the others, and
/// those with no revenue figure, are 规下 ("small") and scored with `small` (typically 亩均税收 only).
/// Bands are cumulative percentages from the top: A = best bandA %, B up to bandB %, C up to bandC %, D rest.
struct EvaluationRules {
    int year = 0; ///< the version's first year (0 = the built-in default)
    double largeRevenueWan = 2000;
    double bandA = 20;
    double bandB = 80;
    double bandC = 95;
    QList<IndicatorRule> large;
    QList<IndicatorRule> small;
    QString note;

    /// Throws zhili::Error naming the wrong value (bands out of order, benchmark ≤ 0, negative weight…).
    void validate() const;

    /// {"year", "large_revenue_wan", "bands": [A, B, C], "large": {"tax_per_mu": [benchmark, weight], …},
    /// "small": {…}, "note"}: the format of `zhili-cli rules show --json` and `rules set --file`.
    QJsonObject toJson() const;
    /// Parses toJson()'s format; `year` fills in when the JSON has none. Throws zhili::Error naming the key.
    static EvaluationRules fromJson(const QJsonObject &json, int year);
};

} // namespace zhili
