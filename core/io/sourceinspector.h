#pragma once

#include "geometry/envelope.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zhili {

/// One attribute field of a source layer, with a few decoded sample values (for the import preview).
struct SourceField {
    QString name;
    QString type;        ///< "String", "Integer", "Real", "Date" …
    QStringList samples; ///< up to 5 non-empty decoded values
};

/// What a layer of a source file holds, as the import dialog previews it.
struct SourceLayerInfo {
    QString name;
    qint64 featureCount = 0;
    QString geometryType;   ///< OGR name, e.g. "Polygon", "3D Polygon", "Point"
    bool isPolygon = false; ///< Polygon/MultiPolygon (with or without Z/M): importable as parcels
    QList<SourceField> fields;
    QString encoding; ///< chosen encoding (empty when it could not be decided: see encodingError)
    QString encodingReason;
    QString encodingError; ///< non-empty: the import would fail with this message unless --encoding is given
    QString crsAuthId;     ///< "EPSG:4490", empty when none/unknown
    QString crsName;       ///< PROJ's name, empty when the layer has no CRS
    QString crsNote;       ///< e.g. "no .prj: pass --crs" or the guard's finding
    Envelope extent;       ///< in source coordinates
    QMap<QString, QString> proposedMapping; ///< role → field, as ParcelImporter would map it
    QStringList warnings;
};

/// The result of SourceInspector::inspect.
struct SourceInfo {
    QString path;    ///< as given
    QString dataset; ///< what GDAL opened (e.g. /vsizip/a.zip/sub)
    QString driver;  ///< "ESRI Shapefile", "GPKG", "GeoJSON" …
    QList<SourceLayerInfo> layers;
};

/// Looks into a source file without importing it: layers, counts, geometry type, encoding (with the reason
/// and decoded samples), CRS and the field mapping the importer would propose.
class SourceInspector {
public:
    /// Throws zhili::Error when the file cannot be opened (naming the file and what is wrong with it).
    static SourceInfo inspect(const QString &path, const QString &encodingOverride = {});
};

} // namespace zhili
