#include "cli/reportcommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorreportwriter.h"
#include "util/error.h"

#include "io/outputfile.h"
#include <QCoreApplication>
#include <QJsonDocument>

namespace zhili::cli {

using namespace indicatorcli;

int ReportCommand::run(QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        throw UsageError(
            QCoreApplication::translate("ReportCommand", "--format must be csv, json or md, got \"%1\"")
                .arg(format));
    const int y = year(parser, true);
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.isSet(QStringLiteral("output")))
        checkOutput(parser, output, cachePath); // before the cache is even opened
    auto cache = GeoPackageCache::open(cachePath, true);
    // The dashboard calls the same function: both show IndicatorReport::compute's figures.
    const IndicatorReport report =
        IndicatorReport::compute(*cache, y, parser.value(QStringLiteral("ecosystem")));
    QString text;
    if (format == QLatin1String("csv"))
        text = IndicatorReportWriter::csv(report);
    else if (format == QLatin1String("json"))
        text = QString::fromUtf8(
            QJsonDocument(IndicatorReportWriter::json(report)).toJson(QJsonDocument::Indented));
    else
        text = IndicatorReportWriter::markdown(report);
    if (!parser.isSet(QStringLiteral("output"))) {
        out() << text;
        return Ok;
    }
    OutputFile::write(output, text.toUtf8());
    err() << QCoreApplication::translate("ReportCommand", "wrote %1\n").arg(output);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ReportCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Year, QT_TRANSLATE_NOOP("ReportCommand", "Target year.")},
    {"ecosystem", "K", QT_TRANSLATE_NOOP("ReportCommand", "Only this ecosystem (key or name).")},
    {"format", "csv|json|md",
     QT_TRANSLATE_NOOP("ReportCommand",
                       "csv (progress rows), json (rows, ledger, double counts) or md (all, for people)."),
     "md"},
    {"output", "FILE", QT_TRANSLATE_NOOP("ReportCommand", "Write to FILE instead of stdout.")},
    {CommonOption::Force},
};

void ReportCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ReportCommand", kOptions);
}

} // namespace zhili::cli
