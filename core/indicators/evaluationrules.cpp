#include "indicators/evaluationrules.h"

#include "model/namerules.h"
#include "util/enumtable.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace zhili {

namespace {

const EnumTable<PerMuIndicator> &indicators()
{
    using I = PerMuIndicator;
    static const EnumTable<I> table(
        "EvaluationRules",
        {
            {I::TaxPerMu, "tax_per_mu", QT_TRANSLATE_NOOP("EvaluationRules", "tax per mu (10k yuan/mu)")},
            {I::ValueAddedPerMu, "value_added_per_mu",
             QT_TRANSLATE_NOOP("EvaluationRules", "value added per mu (10k yuan/mu)")},
            {I::ValueAddedPerTce, "value_added_per_tce",
             QT_TRANSLATE_NOOP("EvaluationRules", "value added per tce (10k yuan/tce)")},
            {I::ValueAddedPerEmission, "value_added_per_emission",
             QT_TRANSLATE_NOOP("EvaluationRules", "value added per t emissions (10k yuan/t)")},
            {I::Productivity, "productivity",
             QT_TRANSLATE_NOOP("EvaluationRules", "labour productivity (10k yuan/person)")},
            {I::RdIntensity, "rd_intensity", QT_TRANSLATE_NOOP("EvaluationRules", "R&D intensity")},
        });
    return table;
}

} // namespace

const QList<PerMuIndicator> &allPerMuIndicators()
{
    static const QList<PerMuIndicator> list = indicators().values();
    return list;
}

QString perMuIndicatorKey(PerMuIndicator i)
{
    return indicators().key(i);
}

QString perMuIndicatorLabel(PerMuIndicator i)
{
    return indicators().label(i);
}

std::optional<PerMuIndicator> perMuIndicatorFromKey(const QString &key)
{
    return indicators().fromKey(key.trimmed());
}

void EvaluationRules::validate() const
{
    auto fail = [this](const QString &what) {
        throw Error(QCoreApplication::translate("EvaluationRules", "evaluation rules for %1: %2")
                        .arg(year)
                        .arg(what));
    };
    if (!std::isfinite(largeRevenueWan) || largeRevenueWan < 0)
        fail(QCoreApplication::translate("EvaluationRules", "large_revenue_wan must be ≥ 0, got %1")
                 .arg(largeRevenueWan));
    if (!(bandA > 0 && bandA <= bandB && bandB <= bandC && bandC <= 100))
        fail(QStringLiteral("bands must satisfy 0 < A ≤ B ≤ C ≤ 100, got %1/%2/%3")
                 .arg(bandA)
                 .arg(bandB)
                 .arg(bandC));
    for (const QList<IndicatorRule> *list : {&large, &small}) {
        for (const IndicatorRule &r : *list) {
            if (!std::isfinite(r.benchmark) || r.benchmark <= 0)
                fail(QCoreApplication::translate("EvaluationRules", "benchmark of %1 must be > 0, got %2")
                         .arg(perMuIndicatorKey(r.indicator))
                         .arg(r.benchmark));
            if (!std::isfinite(r.weight) || r.weight < 0)
                fail(QCoreApplication::translate("EvaluationRules", "weight of %1 must be ≥ 0, got %2")
                         .arg(perMuIndicatorKey(r.indicator))
                         .arg(r.weight));
        }
    }
}

QJsonObject EvaluationRules::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("year")] = year;
    o[QStringLiteral("large_revenue_wan")] = largeRevenueWan;
    o[QStringLiteral("bands")] = QJsonArray{bandA, bandB, bandC};
    for (const auto &[key, list] :
         {std::pair{QStringLiteral("large"), &large}, std::pair{QStringLiteral("small"), &small}}) {
        QJsonObject group;
        for (const IndicatorRule &r : *list)
            group[perMuIndicatorKey(r.indicator)] = QJsonArray{r.benchmark, r.weight};
        o[key] = group;
    }
    o[QStringLiteral("note")] = note;
    return o;
}

EvaluationRules EvaluationRules::fromJson(const QJsonObject &json, int defaultYear)
{
    auto fail = [](const QString &what) {
        throw Error(QCoreApplication::translate("EvaluationRules", "evaluation rules JSON: %1").arg(what));
    };
    // A misspelt key must not be ignored silently (the default would apply without anyone noticing).
    static const QStringList known = {QStringLiteral("year"),  QStringLiteral("large_revenue_wan"),
                                      QStringLiteral("bands"), QStringLiteral("large"),
                                      QStringLiteral("small"), QStringLiteral("note")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            fail(QCoreApplication::translate("EvaluationRules", "unknown key \"%1\"; the keys are %2")
                     .arg(NameRules::displayValue(it.key()), known.join(QStringLiteral(", "))));
    if (json.contains(QStringLiteral("year")) && !json.value(QStringLiteral("year")).isDouble())
        fail(QStringLiteral("\"year\" must be a number"));
    if (json.contains(QStringLiteral("large_revenue_wan")) &&
        !json.value(QStringLiteral("large_revenue_wan")).isDouble())
        fail(QCoreApplication::translate("EvaluationRules",
                                         "\"large_revenue_wan\" must be a number (10k yuan), e.g. 2000"));
    if (json.contains(QStringLiteral("note")) && !json.value(QStringLiteral("note")).isString())
        fail(QStringLiteral("\"note\" must be a string"));
    for (const QString &group : {QStringLiteral("large"), QStringLiteral("small")})
        if (json.contains(group) && !json.value(group).isObject())
            fail(QStringLiteral("\"%1\" must be an object {\"indicator\": [benchmark, weight], …}")
                     .arg(group));
    EvaluationRules r;
    r.year = json.value(QStringLiteral("year")).toInt(defaultYear);
    r.largeRevenueWan = json.value(QStringLiteral("large_revenue_wan")).toDouble(2000);
    const QJsonArray bands = json.value(QStringLiteral("bands")).toArray();
    if (bands.size() != 3)
        fail(QStringLiteral("\"bands\" must be [A, B, C] cumulative percentages, e.g. [20, 80, 95]"));
    r.bandA = bands[0].toDouble(-1);
    r.bandB = bands[1].toDouble(-1);
    r.bandC = bands[2].toDouble(-1);
    for (const auto &[key, list] :
         {std::pair{QStringLiteral("large"), &r.large}, std::pair{QStringLiteral("small"), &r.small}}) {
        const QJsonObject group = json.value(key).toObject();
        for (auto it = group.begin(); it != group.end(); ++it) {
            const auto which = perMuIndicatorFromKey(it.key());
            if (!which)
                fail(QStringLiteral(
                         "unknown indicator \"%1\" in \"%2\"; known: tax_per_mu, value_added_per_mu, "
                         "value_added_per_tce, value_added_per_emission, productivity, rd_intensity")
                         .arg(NameRules::displayValue(it.key()), key));
            const QJsonArray pair = it.value().toArray();
            if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
                fail(QStringLiteral("\"%1\".\"%2\" must be [benchmark, weight]").arg(key, it.key()));
            list->append({*which, pair[0].toDouble(), pair[1].toDouble()});
        }
    }
    r.note = json.value(QStringLiteral("note")).toString();
    r.validate();
    return r;
}

} // namespace zhili
