#pragma once

#include "geometry/envelope.h"

#include <QString>
#include <memory>

namespace zhili {

/// A coordinate reference system, resolved through PROJ's database. Value type (shared, immutable).
class Crs {
public:
    Crs() = default;
    /// "EPSG:4549", "4549", a WKT string or a PROJ string. Throws zhili::Error naming the input when unknown.
    static Crs fromUserInput(const QString &text);
    static Crs fromEpsg(int code);

    bool isValid() const { return bool(m_d); }
    int epsg() const;       ///< 0 when the CRS has no EPSG identifier
    QString authId() const; ///< "EPSG:4549", or empty
    QString name() const;   ///< PROJ's name, e.g. "CGCS2000 / 3-degree Gauss-Kruger CM 120E"
    QString wkt() const;    ///< WKT1 (OGC 1.0) for gpkg_spatial_ref_sys, which readers widely understand
    bool isGeographic() const;
    /// Linear unit name of a projected CRS ("metre"), empty for geographic.
    QString linearUnit() const;
    /// Where coordinates of this CRS can sensibly be (x = easting/longitude): the CRS's area of use,
    /// projected, and widened by twice its size on every side (data a little outside its zone is still
    /// drawn). A coordinate outside it is a wrong CRS, a zone prefix, or garbage like ±1e300. For a
    /// geographic CRS: longitude ±180, latitude ±90. Null when PROJ knows no area of use.
    Envelope plausibleExtent() const;

    struct Data;

private:
    std::shared_ptr<const Data> m_d;
    friend class CoordinateTransform;
};

/// Transforms coordinates in "visualisation" axis order (x = easting/longitude, y = northing/latitude),
/// whatever the CRS's official axis order (EPSG:4490 is latitude-first).
class CoordinateTransform {
public:
    CoordinateTransform(const Crs &source, const Crs &target);
    ~CoordinateTransform();
    Q_DISABLE_COPY(CoordinateTransform)

    bool isIdentity() const { return m_identity; }
    /// In place; stride 2 over an interleaved x,y array. Throws zhili::Error if a point cannot be
    /// transformed.
    void transformInterleaved(double *xy, size_t count) const;
    void transformPoint(double *x, double *y) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_identity = false;
};

} // namespace zhili
