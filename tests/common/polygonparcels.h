#pragma once

// Parcels of any polygon shape (holes, slivers, many vertices) written straight into a cache's `parcels`
// table, for render and store tests that need more than the rectangles of testcache.h.
#include <QList>
#include <QPointF>
#include <QString>

namespace zhili {
class GeoPackageCache;
}

namespace zhili::test {

/// One parcel: its closed rings in map units (first the exterior, then holes) and its assignment.
struct PolygonParcel {
    QString code;
    QList<QList<QPointF>> rings;
    QString ecosystem; ///< "" = unassigned
    double land = 0, energy = 0, finance = 0;
    QString enterprise;
};

/// The closed ring of the rectangle (x0, y0)–(x1, y1).
QList<QPointF> rectRing(double x0, double y0, double x1, double y1);

/// Inserts `parcel` (area: exterior minus holes) into `district`; returns its fid.
qint64 insertPolygonParcel(GeoPackageCache &cache, const PolygonParcel &parcel,
                           const QString &district = QStringLiteral("西湖区"));

} // namespace zhili::test
