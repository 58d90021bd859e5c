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

void ExportCommand::setup(QCommandLineParser &parser)
{
    addCacheOption(parser);
    parser.addOption(commonOption(
        CommonOption::OutFile,
        QCoreApplication::translate("ExportCommand",
                                    "Output file; its suffix picks the format: .shp, .zip (zipped shapefile "
                                    "set), .gpkg, .geojson or .csv.")));
    parser.addOption(
        commonOption(CommonOption::District,
                     QCoreApplication::translate("ExportCommand", "Only this district's parcels.")));
    parser.addOption({QStringLiteral("where"),
                      QCoreApplication::translate(
                          "ExportCommand", "Only parcels matching: clauses joined by ';' — district=A,B  "
                                           "ecosystem=bio,none  land_use=M1  status=production  text=WORD  "
                                           "area_mu>=N  area_mu<=N."),
                      QStringLiteral("FILTER")});
    parser.addOption(
        {QStringLiteral("encoding"),
         QCoreApplication::translate("ExportCommand",
                                     "Shapefile text encoding: UTF-8 (default) or GBK (LDID 77, .cpg 936)."),
         QStringLiteral("ENC")});
    parser.addOption({QStringLiteral("crs"),
                      QCoreApplication::translate("ExportCommand", "Output CRS (default: the cache's)."),
                      QStringLiteral("EPSG:NNNN")});
    parser.addOption(
        {QStringLiteral("fields"),
         QCoreApplication::translate(
             "ExportCommand", "Columns, comma-separated (keys or shapefile names, see docs/export.md); "
                              "\"all\" = every Zhili column (the default), \"source\" adds the source "
                              "attributes, \"wkt\" a WKT geometry column (CSV)."),
         QStringLiteral("F,…")});
    parser.addOption(
        {QStringLiteral("quiet"), QCoreApplication::translate("ExportCommand", "Print only errors.")});
    addJsonOption(parser, QCoreApplication::translate("ExportCommand", "Print the report as JSON."));
    addForceOption(parser);
}

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

} // namespace zhili::cli
