#pragma once

#include "geometry/polygongeometry.h"

#include <QPainterPath>
#include <QTransform>

namespace zhili {

class ParcelStore;

// The one place where polygons become QPainterPaths (odd-even, so holes stay holes). With minStepPx > 0,
// screen-space generalisation drops vertices closer than that to the last kept one (never a ring's last).

/// A polygon in map coordinates as a device path through `mapToPixel`; empty rings are skipped.
QPainterPath polygonPath(const PolygonGeometry &geometry, const QTransform &mapToPixel, double minStepPx = 0);
/// Parcel i of the store as a device path.
QPainterPath parcelPath(const ParcelStore &store, int i, const QTransform &mapToPixel, double minStepPx);

} // namespace zhili
