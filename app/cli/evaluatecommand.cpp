#include "cli/evaluatecommand.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/permuevaluator.h"

#include <QCoreApplication>

namespace zhili::cli {

using namespace indicatorcli;

void EvaluateCommand::setup(QCommandLineParser &parser)
{
    addCacheAndUser(parser, false);
    parser.addOption(
        {QStringLiteral("year"), QStringLiteral("Year of the enterprise figures."), QStringLiteral("YEAR")});
    addJsonOption(parser, QStringLiteral("Print JSON (full precision)."));
    parser.addOption({QStringLiteral("csv"), QStringLiteral("Print CSV (full precision).")});
}

int EvaluateCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    const PerMuEvaluation ev = PerMuEvaluator::evaluate(*cache, year(parser, true));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(IndicatorReportWriter::json(ev));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        out() << IndicatorReportWriter::csv(ev);
        return Ok;
    }
    out() << QCoreApplication::translate("EvaluateCommand",
                                         "per-mu evaluation %1 (rules of %2; bands A %3 %, B %4 %, C %5 %)\n")
                 .arg(ev.year)
                 .arg(ev.rules.year == 0 ? QCoreApplication::translate("EvaluateCommand", "default")
                                         : QString::number(ev.rules.year))
                 .arg(ev.rules.bandA)
                 .arg(ev.rules.bandB)
                 .arg(ev.rules.bandC);
    if (ev.enterprises.isEmpty()) {
        out() << QCoreApplication::translate("EvaluateCommand",
                                             "no enterprise figures for %1 (zhili-cli enterprises import)\n")
                     .arg(ev.year);
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(QCoreApplication::translate("EvaluateCommand", "Enterprise"), -20)
                 .arg(QStringLiteral("用地(亩)"), 10)
                 .arg(QStringLiteral("亩均税收"), 10)
                 .arg(QStringLiteral("亩均增加值"), 10)
                 .arg(QStringLiteral("单位能耗增加值"), 12)
                 .arg(QStringLiteral("劳动生产率"), 10)
                 .arg(QStringLiteral("R&D强度"), 9)
                 .arg(QStringLiteral("得分"), 8)
                 .arg(QStringLiteral("档"), 3);
    auto f = [](std::optional<double> v, int dec) {
        return v ? QString::number(*v, 'f', dec) : QStringLiteral("—");
    };
    for (const EnterpriseEvaluation &e : ev.enterprises) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                     .arg(e.name + (e.large ? QString() : QStringLiteral(" (规下)")), -20)
                     .arg(e.renting ? QStringLiteral("租用") : QString::number(e.landMu, 'f', 2), 10)
                     .arg(f(e.value(PerMuIndicator::TaxPerMu), 2), 10)
                     .arg(f(e.value(PerMuIndicator::ValueAddedPerMu), 2), 10)
                     .arg(f(e.value(PerMuIndicator::ValueAddedPerTce), 3), 12)
                     .arg(f(e.value(PerMuIndicator::Productivity), 2), 10)
                     .arg(e.value(PerMuIndicator::RdIntensity)
                              ? QString::number(*e.value(PerMuIndicator::RdIntensity) * 100, 'f', 2) +
                                    QLatin1Char('%')
                              : QStringLiteral("—"),
                          9)
                     .arg(f(e.score, 2), 8)
                     .arg(e.grade.isNull() ? QStringLiteral("—") : QString(e.grade), 3);
    }
    return Ok;
}

} // namespace zhili::cli
