#include "io/exportoptions.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zhili {

namespace {

struct FormatSpec {
    ExportFormat format;
    const char *suffix;
    const char *driver; ///< the GDAL driver that writes it (a zipped set is a shapefile set, zipped)
};

// One row per file suffix the export accepts; the first row of a format names its driver.
constexpr FormatSpec kFormats[] = {
    {ExportFormat::Shapefile, "shp", "ESRI Shapefile"},
    {ExportFormat::ZippedShapefile, "zip", "ESRI Shapefile"},
    {ExportFormat::GeoPackage, "gpkg", "GPKG"},
    {ExportFormat::GeoJson, "geojson", "GeoJSON"},
    {ExportFormat::GeoJson, "json", "GeoJSON"},
    {ExportFormat::Csv, "csv", "CSV"},
};

} // namespace

ExportFormat exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatSpec &f : kFormats)
        if (suffix == QLatin1String(f.suffix))
            return f.format;
    throw Error(QCoreApplication::translate("ParcelExporter",
                                            "%1: unknown export format; the file name must end in .shp, "
                                            ".zip, .gpkg, .geojson or .csv")
                    .arg(path));
}

QString exportFormatName(ExportFormat format)
{
    for (const FormatSpec &f : kFormats)
        if (f.format == format)
            return QString::fromLatin1(f.driver);
    return QStringLiteral("CSV");
}

} // namespace zhili
