#include "io/exportoptions.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zhili {

ExportFormat exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("shp"))
        return ExportFormat::Shapefile;
    if (suffix == QStringLiteral("zip"))
        return ExportFormat::ZippedShapefile;
    if (suffix == QStringLiteral("gpkg"))
        return ExportFormat::GeoPackage;
    if (suffix == QStringLiteral("geojson") || suffix == QStringLiteral("json"))
        return ExportFormat::GeoJson;
    if (suffix == QStringLiteral("csv"))
        return ExportFormat::Csv;
    throw Error(QCoreApplication::translate("ParcelExporter",
                                            "%1: unknown export format; the file name must end in .shp, "
                                            ".zip, .gpkg, .geojson or .csv")
                    .arg(path));
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Shapefile:
    case ExportFormat::ZippedShapefile:
        return QStringLiteral("ESRI Shapefile");
    case ExportFormat::GeoPackage:
        return QStringLiteral("GPKG");
    case ExportFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case ExportFormat::Csv:
        break;
    }
    return QStringLiteral("CSV");
}

} // namespace zhili
