#include "cli/evaluatecommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "cli/texttable.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/permuevaluator.h"

#include <QCoreApplication>

namespace zhili::cli {

namespace {
// One row per enterprise under short headings in the CLI's language.
TextTable evaluationTable(const PerMuEvaluation &ev)
{
    using A = TextTable::Align;
    TextTable table({{QCoreApplication::translate("EvaluateCommand", "Enterprise"), A::Left},
                     {resourceHeadings()[0]},
                     {QCoreApplication::translate("EvaluateCommand", "Tax per mu")},
                     {QCoreApplication::translate("EvaluateCommand", "Value added per mu")},
                     {QCoreApplication::translate("EvaluateCommand", "Value added per tce")},
                     {QCoreApplication::translate("EvaluateCommand", "Productivity")},
                     {QCoreApplication::translate("EvaluateCommand", "R&D intensity")},
                     {QCoreApplication::translate("EvaluateCommand", "Score")},
                     {QCoreApplication::translate("EvaluateCommand", "Class")}});
    auto f = [](std::optional<double> v, int dec) {
        return v ? QString::number(*v, 'f', dec) : QStringLiteral("—");
    };
    for (const EnterpriseEvaluation &e : ev.enterprises) {
        const std::optional<double> rd = e.value(PerMuIndicator::RdIntensity);
        table.addRow(
            {e.large ? e.name
                     : QCoreApplication::translate("EvaluateCommand", "%1 (below scale)").arg(e.name),
             e.renting ? QCoreApplication::translate("EvaluateCommand", "renting")
                       : QString::number(e.landMu, 'f', 2),
             f(e.value(PerMuIndicator::TaxPerMu), 2), f(e.value(PerMuIndicator::ValueAddedPerMu), 2),
             f(e.value(PerMuIndicator::ValueAddedPerTce), 3), f(e.value(PerMuIndicator::Productivity), 2),
             rd ? QString::number(*rd * 100, 'f', 2) + QLatin1Char('%') : QStringLiteral("—"), f(e.score, 2),
             e.grade.isNull() ? QStringLiteral("—") : QString(e.grade)});
    }
    return table;
}
} // namespace

using namespace indicatorcli;

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
    out() << evaluationTable(ev).text();
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the EvaluateCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Year, QT_TRANSLATE_NOOP("EvaluateCommand", "Year of the enterprise figures.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("EvaluateCommand", "Print JSON (full precision).")},
    {"csv", Flag, QT_TRANSLATE_NOOP("EvaluateCommand", "Print CSV (full precision).")},
};

void EvaluateCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "EvaluateCommand", kOptions);
}

} // namespace zhili::cli
