#pragma once

#include "crs/crs.h"
#include "geometry/envelope.h"
#include "io/encodingdetector.h"
#include "io/importoptions.h"
#include "io/importreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

namespace zhili {

class GeoPackageCache;
struct PolygonGeometry;

/// One polygon layer of an OGR source, opened with the right text encoding and CRS (internal to core/io; the
/// shared front half of ParcelImporter, DistrictImporter and SourceInspector). Keeps GDAL out of other
/// headers.
class OgrSource {
public:
    struct Options {
        QString source;
        QString layer;
        QString encoding;
        QString crs;
        /// For previews: an undecidable encoding is recorded (encodingError) instead of thrown; text stays
        /// raw.
        bool tolerateEncodingError = false;
        /// For previews: take the first layer when there are several and none is named.
        bool firstLayerIfSeveral = false;
    };
    enum class GeometryStatus { Ok, Empty, Repaired, InvalidKept };

    /// The source, layer, encoding and CRS an import asks for.
    static Options forImport(const ImportOptions &options);

    /// Opens the source (a .zip through /vsizip/, finding the shapefile folder inside), picks the layer and
    /// decides the encoding. Throws zhili::Error naming the file and what is wrong.
    explicit OgrSource(const Options &options);
    ~OgrSource();
    Q_DISABLE_COPY(OgrSource)

    const QString &dataset() const;
    const QString &driver() const;
    const QString &layerName() const;
    QStringList layerNames() const; ///< all spatial layers of the dataset
    QString geometryTypeName() const;
    bool isPolygonLayer() const;
    bool isShapefile() const;
    qint64 featureCount() const;
    Envelope extent() const; ///< in source coordinates
    const EncodingDecision &encoding() const;
    /// Set when tolerateEncodingError was given and the encoding could not be decided.
    const QString &encodingError() const;

    /// The CRS of the data: --crs if given, else the layer's (.prj); invalid when neither.
    const Crs &crs() const;
    const QString &crsReason() const;
    /// Why there is no usable CRS ("no .prj", "the .prj is not understood"), empty when there is one.
    const QString &crsProblem() const;
    /// What the coordinate numbers look like ("longitude/latitude degrees", "EPSG:4528 …"), for messages.
    QString coordinatesLookLike() const;
    /// Warnings gathered while opening (CRS override, GCJ-02 hint, junk after the last record …).
    const QStringList &warnings() const;

    /// Throws unless the layer holds polygons (names the layer and its geometry type).
    void requirePolygons() const;
    /// Throws unless a CRS is known; then checks the coordinate numbers against it (the GK zone guard).
    void requireCrs() const;

    /// Fills the source-side part of an import report: dataset, layer, geometry type, encoding and CRS with
    /// their reasons, the target CRS and the warnings so far. Shared by the parcel and district importers.
    void describeIn(ImportReport &report, const Crs &targetCrs) const;
    /// The shared first step of the parcel and district imports: requires polygons and a CRS, then starts
    /// the report (source, cache, describeIn).
    ImportReport startImport(const ImportOptions &options, const GeoPackageCache &cache) const;

    int fieldCount() const;
    QString fieldName(int i) const;
    /// All field names in layer order.
    QStringList fieldNames() const;
    QString fieldTypeName(int i) const;
    bool fieldIsNumeric(int i) const;
    /// Case-insensitive field lookup; -1 when absent.
    int fieldIndex(const QString &name) const;

    /// Restarts reading; next() then yields features in order.
    void rewind();
    /// Reads the next feature; false at the end. Throws when GDAL reports the file damaged.
    bool next();
    qint64 fid() const;
    bool isNull(int field) const;
    QString text(int field) const;     ///< decoded, trimmed
    const char *utf8(int field) const; ///< decoded, as GDAL holds it
    double number(int field, bool *ok) const;
    /// All attributes as a JSON object (UTF-8), numbers as numbers, null for unset.
    void attributesJson(QByteArray *out) const;
    /// Current feature's polygon(s), Z/M dropped, in source coordinates; invalid ones repaired with
    /// MakeValid. problem receives the validity problem (for Repaired / InvalidKept). Throws for non-polygon
    /// features.
    GeometryStatus geometry(PolygonGeometry *out, QString *problem) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// GDALAllRegister once per process.
void ensureGdalRegistered();

} // namespace zhili
