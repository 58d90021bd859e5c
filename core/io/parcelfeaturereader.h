#pragma once

#include "geometry/envelope.h"
#include "io/featurereprojector.h"
#include "io/ogrsource.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace zhili {

class CoordinateTransform;
struct PolygonGeometry;

/// One source feature as ParcelImporter writes it: text decoded, geometry checked/repaired, reprojected and
/// encoded as a GeoPackage blob, area computed, attributes as JSON. Errors that the importer raises only for
/// some features (e.g. a bad number only matters when the parcel is inserted) are carried, not thrown.
struct PreparedParcel {
    qint64 fid = 0;
    QString code;           ///< the code field, or "<layer>-<fid>" when it is empty or not mapped
    bool emptyCode = false; ///< the code field exists but was empty
    OgrSource::GeometryStatus status = OgrSource::GeometryStatus::Ok;
    QString problem;                  ///< validity problem for Repaired / InvalidKept
    QString district;                 ///< from the district field, or the --district name
    std::exception_ptr districtError; ///< the district field is empty
    std::exception_ptr geometryError; ///< the geometry could not be reprojected
    std::exception_ptr valueError;    ///< land_mu / energy_tce / finance_wan is not a non-negative number
    std::exception_ptr nameError;     ///< the code or district name is too long (NameRules)
    bool nameTruncated = false;       ///< the parcel name was cut to NameRules::kMaxNameLength
    double area = 0;                  ///< square metres in the cache CRS
    Envelope envelope;                ///< bounding box in the cache CRS (for the spatial index)
    QByteArray blob;                  ///< GeoPackage geometry blob in the cache CRS
    QByteArray attrs;                 ///< all source attributes as a JSON object (UTF-8)
    QString name, landUse, note, ecosystem, statusText, chain, enterprise, notes;
    double land = 0, energy = 0, finance = 0;
};

/// Reads and prepares parcels on a background thread while the importer writes the previous ones into
/// SQLite (the two halves take about the same time, and the machine has cores to spare). Hands them over in
/// order, in batches through a small bounded queue, so memory stays flat however big the file is. An error
/// of the source (damaged file, non-polygon feature) ends the stream and is rethrown by take() after the
/// features before it. Destroying the reader stops and joins the thread (cancel, errors).
class ParcelFeatureReader {
public:
    /// Source field indexes of the mapped roles, -1 when not mapped.
    struct Fields {
        int code = -1, name = -1, landUse = -1, district = -1, ecosystem = -1, chain = -1, land = -1,
            energy = -1, finance = -1, enterprise = -1, status = -1, notes = -1;
    };

    /// Per district, the exterior-ring points that can still be on the district's convex hull.
    using HullPoints = QHash<QString, std::vector<std::pair<double, double>>>;

    /// Starts reading src from its first feature. src and transform must outlive the reader and not be used
    /// elsewhere meanwhile. With collectHulls, the reader also gathers HullPoints of every non-empty parcel
    /// (for a cache that was empty, whose district hulls then need no second pass over the table).
    ParcelFeatureReader(OgrSource &src, const CoordinateTransform &transform, const Fields &fields,
                        int cacheSrsId, const QString &fixedDistrict, const QString &sourceLabel,
                        bool collectHulls = false, const Envelope &plausibleExtent = {});
    ~ParcelFeatureReader();
    Q_DISABLE_COPY(ParcelFeatureReader)

    /// The next batch (replacing *batch); false at the end. Rethrows the source's error in its place.
    bool take(std::vector<PreparedParcel> *batch);
    /// The hull points gathered (see the constructor); call after take() returned false.
    HullPoints takeHullPoints();

private:
    // Keeps a district's points that may be hull vertices: a point strictly inside the octagon of the 8
    // extreme points seen so far (Akl-Toussaint) can never be a vertex of the final hull, so it is dropped.
    struct DistrictHull {
        std::vector<std::pair<double, double>> points;
        std::pair<double, double> extremes[8];
        void add(double x, double y);
    };

    void run();
    void prepare(PreparedParcel *p);
    void readCode(PreparedParcel *p);
    void checkCode(PreparedParcel *p) const;
    void readDistrict(PreparedParcel *p);
    void encodeGeometry(PreparedParcel *p, PolygonGeometry &geom) const;
    void addToHull(const QString &district, const PolygonGeometry &geom);
    void readAttributes(PreparedParcel *p) const;
    void push(std::vector<PreparedParcel> &&batch);

    OgrSource &m_src;
    const CoordinateTransform &m_transform;
    Fields m_fields;
    int m_srsId;
    QString m_fixedDistrict;
    QString m_sourceLabel;
    QString m_layerPrefix;
    bool m_collectHulls;
    FeatureReprojector m_reprojector;
    QHash<QString, DistrictHull> m_hulls;
    QString m_lastRawDistrict, m_lastDistrict; // districts repeat row after row: clean each once

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<PreparedParcel>> m_queue;
    std::vector<std::vector<PreparedParcel>> m_spare; // batches handed back, reused to save allocations
    bool m_finished = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

} // namespace zhili
