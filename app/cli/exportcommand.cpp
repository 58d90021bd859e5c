#include "cli/exportcommand.h"

#include "cache/geopackagecache.h"
#include "cache/parcelfiltertext.h"
#include "cli/commonoptions.h"
#include "cli/importprogress.h"
#include "io/parcelexporter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zhili::cli {

namespace {

QJsonObject reportJson(const ExportReport &r)
{
    return {{QStringLiteral("path"), r.path},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("parcels"), r.parcels},
            {QStringLiteral("crs"), r.crs},
            {QStringLiteral("encoding"), r.encoding},
            {QStringLiteral("fields"), QJsonArray::fromStringList(r.fields)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}};
}

void printReport(const ExportReport &r)
{
    out() << QCoreApplication::translate("ExportCommand", "Exported %n parcel(s) to %1", nullptr,
                                         int(r.parcels))
                 .arg(r.path)
          << QStringLiteral(" (%1, %2, %3)\n").arg(r.format, r.crs, r.encoding);
    out()
        << QCoreApplication::translate("ExportCommand", "Fields: %1").arg(r.fields.join(QStringLiteral(", ")))
        << QLatin1Char('\n');
    for (const QString &w : r.warnings)
        out() << QCoreApplication::translate("ExportCommand", "Warning: %1").arg(w) << QLatin1Char('\n');
}

} // namespace

int ExportCommand::run(QCommandLineParser &parser)
{
    ExportOptions o;
    o.out = requiredOption(parser, QStringLiteral("out"));
    o.district = parser.value(QStringLiteral("district")).trimmed();
    o.filter = ParcelFilterText::parse(parser.value(QStringLiteral("where")));
    o.encoding = parser.value(QStringLiteral("encoding"));
    o.crs = parser.value(QStringLiteral("crs"));
    o.fields = parser.values(QStringLiteral("fields"))
                   .join(QLatin1Char(','))
                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    checkOutput(parser, o.out, cachePath);
    auto cache = openCache(parser, true);
    ImportProgressBar bar(!parser.isSet(QStringLiteral("quiet")));
    const ExportReport report = ParcelExporter::run(*cache, o, bar.task());
    bar.finish();
    if (parser.isSet(QStringLiteral("json")))
        printJson(reportJson(report));
    else if (!parser.isSet(QStringLiteral("quiet")))
        printReport(report);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ExportCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::OutFile,
     QT_TRANSLATE_NOOP("ExportCommand",
                       "Output file; its suffix picks the format: .shp, .zip (zipped shapefile "
                       "set), .gpkg, .geojson or .csv.")},
    {CommonOption::District, QT_TRANSLATE_NOOP("ExportCommand", "Only this district's parcels.")},
    {"where", "FILTER",
     QT_TRANSLATE_NOOP("ExportCommand", "Only parcels matching: clauses joined by ';' — district=A,B  "
                                        "ecosystem=bio,none  land_use=M1  status=production  text=WORD  "
                                        "area_mu>=N  area_mu<=N.")},
    {"encoding", "ENC",
     QT_TRANSLATE_NOOP("ExportCommand",
                       "Shapefile text encoding: UTF-8 (default) or GBK (LDID 77, .cpg 936).")},
    {"crs", "EPSG:NNNN", QT_TRANSLATE_NOOP("ExportCommand", "Output CRS (default: the cache's).")},
    {"fields", "F,…",
     QT_TRANSLATE_NOOP("ExportCommand",
                       "Columns, comma-separated (keys or shapefile names, see docs/export.md); "
                       "\"all\" = every Zhili column (the default), \"source\" adds the source "
                       "attributes, \"wkt\" a WKT geometry column (CSV).")},
    {"quiet", Flag, QT_TRANSLATE_NOOP("ExportCommand", "Print only errors.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("ExportCommand", "Print the report as JSON.")},
    {CommonOption::Force},
};

void ExportCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ExportCommand", kOptions);
}

} // namespace zhili::cli
