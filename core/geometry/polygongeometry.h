#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QtGlobal>
#include <vector>

namespace zhili {

/// A Polygon or MultiPolygon as flat arrays: cheap to keep by the million and to draw.
/// Ring i spans points [ringOffsets[i], ringOffsets[i+1]); polygon j spans rings
/// [polygonOffsets[j], polygonOffsets[j+1]); the first ring of each polygon is its exterior.
struct PolygonGeometry {
    std::vector<double> coords; ///< x0, y0, x1, y1, …
    std::vector<quint32> ringOffsets{0};
    std::vector<quint32> polygonOffsets{0};

    int polygonCount() const { return int(polygonOffsets.size()) - 1; }
    int ringCount() const { return int(ringOffsets.size()) - 1; }
    int pointCount() const { return int(coords.size() / 2); }
    bool isEmpty() const { return coords.empty(); }
    /// Adds the polygons of `other` as further parts (islands of a district, records of one parcel code).
    void append(const PolygonGeometry &other);

    Envelope envelope() const;
    /// Planar area: exteriors minus holes, whatever the ring orientation.
    double area() const;
    /// Even-odd point in polygon over all rings (so holes are outside).
    bool contains(double x, double y) const;
    /// Interior point: the centroid when it lies inside, else a point inside the largest polygon.
    void interiorPoint(double *x, double *y) const;

    /// Parses OGC WKB (Polygon or MultiPolygon; Z/M dropped). Throws zhili::Error for anything else.
    static PolygonGeometry fromWkb(const unsigned char *data, int size);
    /// Writes little-endian WKB MultiPolygon.
    QByteArray toWkbMultiPolygon() const;
};

} // namespace zhili
