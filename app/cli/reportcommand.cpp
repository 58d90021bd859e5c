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

void ReportCommand::setup(QCommandLineParser &parser)
{
    addCacheAndUser(parser, false);
    parser.addOption(
        commonOption(CommonOption::Year, QCoreApplication::translate("ReportCommand", "Target year.")));
    parser.addOption({QStringLiteral("ecosystem"),
                      QCoreApplication::translate("ReportCommand", "Only this ecosystem (key or name)."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate(
                          "ReportCommand",
                          "csv (progress rows), json (rows, ledger, double counts) or md (all, for people)."),
                      QStringLiteral("csv|json|md"), QStringLiteral("md")});
    parser.addOption({QStringLiteral("output"),
                      QCoreApplication::translate("ReportCommand", "Write to FILE instead of stdout."),
                      QStringLiteral("FILE")});
    addForceOption(parser);
}

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

} // namespace zhili::cli
