#pragma once

#include "geometry/polygongeometry.h"

#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

namespace zhili {

class GeoPackageCache;
class ParcelStore;

/// One district: its boundary (imported, or the convex hull of its parcels) and where its name goes.
struct DistrictShape {
    QString name;
    PolygonGeometry geometry;
    QPointF labelPoint;
    bool derived = false; ///< true when computed from parcels
    double area = 0;      ///< of the boundary, map units²: larger districts get their names placed first

    /// Imported boundaries where the cache has them, else the convex hull of the district's parcels.
    static QList<DistrictShape> load(GeoPackageCache &cache, const ParcelStore &parcels);
};

} // namespace zhili
