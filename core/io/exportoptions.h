#pragma once

#include "cache/parcelfilter.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// What `zhili-cli export` and the window's export dialog ask for.
struct ExportOptions {
    QString out;         ///< .shp, .zip (a zipped shapefile set), .gpkg, .geojson or .csv: the suffix decides
    QString district;    ///< only this district ("" = all); must exist in the cache
    ParcelFilter filter; ///< further criteria (--where), ANDed with the district
    std::optional<QSet<qint64>> fids; ///< only these parcels (the window's selection)
    QString encoding;   ///< shapefiles: "UTF-8" (default) or "GBK"; other formats are always UTF-8
    QString crs;        ///< "EPSG:4490" …; empty = the cache's CRS
    QStringList fields; ///< ExportFields::parse() names; empty = every Zhili column
};

/// The file formats of an export, chosen by the output's suffix.
enum class ExportFormat { Shapefile, ZippedShapefile, GeoPackage, GeoJson, Csv };

/// The format of `path` by its suffix; throws zhili::Error naming the path and the suffixes understood.
ExportFormat exportFormatForPath(const QString &path);
/// "ESRI Shapefile", "GPKG", "GeoJSON", "CSV": the report's and GDAL's name of the format.
QString exportFormatName(ExportFormat format);

/// What an export wrote.
struct ExportReport {
    QString path;
    QString format; ///< exportFormatName()
    qint64 parcels = 0;
    QString crs;        ///< "EPSG:4549"
    QString encoding;   ///< "UTF-8" or "GBK"
    QStringList fields; ///< the field names as written, in order
    QStringList warnings;
};

} // namespace zhili
