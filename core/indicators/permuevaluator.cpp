#include "indicators/permuevaluator.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "indicators/indicatorstore.h"
#include "util/taskprogress.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <QCoreApplication>

namespace zhili {

QList<QChar> PerMuEvaluator::classify(const QList<double> &scores, double bandA, double bandB, double bandC,
                                      QList<double> *percentiles)
{
    const qsizetype n = scores.size();
    QList<double> sorted = scores;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    QList<QChar> grades;
    if (percentiles)
        percentiles->clear();
    for (double s : scores) {
        // Number of scores strictly greater than s: the position of the first element ≤ s in descending
        // order.
        const qsizetype better =
            std::lower_bound(sorted.begin(), sorted.end(), s, std::greater<double>()) - sorted.begin();
        const double lhs = 100.0 * double(better);
        QChar g = QLatin1Char('D');
        if (lhs < bandA * double(n))
            g = QLatin1Char('A');
        else if (lhs < bandB * double(n))
            g = QLatin1Char('B');
        else if (lhs < bandC * double(n))
            g = QLatin1Char('C');
        grades.append(g);
        if (percentiles)
            percentiles->append(n ? lhs / double(n) : 0);
    }
    return grades;
}

QHash<qint64, QChar> PerMuEvaluation::parcelGrades() const
{
    QHash<qint64, QChar> map;
    for (const EnterpriseEvaluation &e : enterprises) {
        if (e.grade.isNull())
            continue;
        for (qint64 fid : e.parcelFids) {
            const auto it = map.constFind(fid);
            if (it == map.cend() || e.grade > it.value()) // 'D' > 'A': keep the worst
                map.insert(fid, e.grade);
        }
    }
    return map;
}

namespace {

// The enterprise's linked parcels in code order (then fid), so output does not depend on the random uuids the
// links sort by; a link to a parcel that is gone becomes a note.
void addLinkedParcels(SqliteStatement &parcel, const Enterprise &e, EnterpriseEvaluation &ev)
{
    QList<std::tuple<QString, qint64, double>> linked;
    for (const QString &uuid : e.parcelUuids) {
        parcel.reset();
        parcel.bind(1, uuid);
        if (parcel.step()) {
            linked.append({parcel.text(1), parcel.integer(0), parcel.real(2)});
        } else {
            ev.notes.append(
                QCoreApplication::translate("PerMuEvaluator", "linked parcel %1 is no longer in the cache")
                    .arg(uuid));
        }
    }
    std::sort(linked.begin(), linked.end());
    for (const auto &[code, fid, mu] : linked) {
        ev.parcelFids.append(fid);
        ev.parcelCodes.append(code);
        ev.landMu += mu;
    }
}

// One indicator value num / den, or a note saying which figure is missing.
void addRatio(EnterpriseEvaluation &ev, PerMuIndicator which, const std::optional<double> &num,
              const std::optional<double> &den, const QString &numName, const QString &denName)
{
    if (!num) {
        ev.notes.append(QCoreApplication::translate("PerMuEvaluator", "%1: no %2 figure")
                            .arg(perMuIndicatorKey(which), numName));
        return;
    }
    if (!den || *den <= 0) {
        ev.notes.append(QCoreApplication::translate("PerMuEvaluator", "%1: no or zero %2")
                            .arg(perMuIndicatorKey(which), denName));
        return;
    }
    ev.values.insert(which, *num / *den);
}

void addRatios(const Enterprise &e, EnterpriseEvaluation &ev)
{
    const std::optional<double> land = ev.renting ? std::nullopt : std::optional<double>(ev.landMu);
    if (!ev.renting) {
        addRatio(ev, PerMuIndicator::TaxPerMu, e.taxWan, land, QStringLiteral("tax_wan"),
                 QCoreApplication::translate("PerMuEvaluator", "land"));
        addRatio(ev, PerMuIndicator::ValueAddedPerMu, e.valueAddedWan, land,
                 QStringLiteral("value_added_wan"), QCoreApplication::translate("PerMuEvaluator", "land"));
    }
    addRatio(ev, PerMuIndicator::ValueAddedPerTce, e.valueAddedWan, e.energyTce,
             QStringLiteral("value_added_wan"), QStringLiteral("energy_tce"));
    addRatio(ev, PerMuIndicator::ValueAddedPerEmission, e.valueAddedWan, e.emissionsT,
             QStringLiteral("value_added_wan"), QStringLiteral("emissions_t"));
    addRatio(ev, PerMuIndicator::Productivity, e.valueAddedWan, e.employees,
             QStringLiteral("value_added_wan"), QStringLiteral("employees"));
    addRatio(ev, PerMuIndicator::RdIntensity, e.rdWan, e.revenueWan, QStringLiteral("rd_wan"),
             QStringLiteral("revenue_wan"));
}

// The weighted score against the benchmarks of the enterprise's size class; renting enterprises get none.
void addScore(const EvaluationRules &rules, EnterpriseEvaluation &ev)
{
    if (ev.renting) {
        ev.notes.append(QCoreApplication::translate("PerMuEvaluator", "renting, no land of its own: "
                                                                      "no per-mu score and no class"));
        return;
    }
    double score = 0;
    for (const IndicatorRule &r : ev.large ? rules.large : rules.small)
        if (auto v = ev.value(r.indicator))
            score += *v / r.benchmark * r.weight;
    // Figures stored before import limits existed (1e308, 1e-300) can overflow: no score then, and
    // so no class (a class is only ever given beside a score).
    if (std::isfinite(score))
        ev.score = score;
    else
        ev.notes.append(QCoreApplication::translate("PerMuEvaluator", "the score is out of range, no class: "
                                                                      "check the enterprise's figures"));
}

EnterpriseEvaluation evaluateEnterprise(SqliteStatement &parcel, const EvaluationRules &rules,
                                        const Enterprise &e)
{
    EnterpriseEvaluation ev;
    ev.id = e.id;
    ev.name = e.name;
    ev.year = e.year;
    ev.parcelUuids = e.parcelUuids;
    addLinkedParcels(parcel, e, ev);
    ev.renting = ev.parcelFids.isEmpty();
    ev.large = e.revenueWan && *e.revenueWan >= rules.largeRevenueWan;
    addRatios(e, ev);
    addScore(rules, ev);
    return ev;
}

// Classes A-D and percentiles within each size class, among the enterprises with a score.
void grade(QList<EnterpriseEvaluation> &enterprises, const EvaluationRules &rules)
{
    for (bool large : {true, false}) {
        QList<int> members;
        QList<double> scores;
        for (int i = 0; i < enterprises.size(); ++i) {
            const EnterpriseEvaluation &ev = enterprises.at(i);
            if (ev.score && ev.large == large) {
                members.append(i);
                scores.append(*ev.score);
            }
        }
        QList<double> pct;
        const QList<QChar> grades =
            PerMuEvaluator::classify(scores, rules.bandA, rules.bandB, rules.bandC, &pct);
        for (int j = 0; j < members.size(); ++j) {
            enterprises[members[j]].grade = grades[j];
            enterprises[members[j]].percentile = pct[j];
        }
    }
}

} // namespace

PerMuEvaluation PerMuEvaluator::evaluate(GeoPackageCache &cache, int year, const TaskProgress &progress)
{
    IndicatorStore store(cache);
    PerMuEvaluation result;
    result.year = year;
    result.rules = store.evaluationRules(year);
    auto parcel = cache.db().prepare(QStringLiteral("SELECT fid, code, area_mu FROM parcels WHERE uuid = ?"));
    const QList<Enterprise> enterprises = store.enterprises(year);
    progress.reportOrThrow(0, enterprises.size());
    for (const Enterprise &e : enterprises) {
        result.enterprises.append(evaluateEnterprise(parcel, result.rules, e));
        progress.reportOrThrow(result.enterprises.size(), enterprises.size());
    }
    grade(result.enterprises, result.rules);
    return result;
}

} // namespace zhili
