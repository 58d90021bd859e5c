#pragma once

#include "geometry/polygongeometry.h"

#include <utility>
#include <vector>

namespace zhili {

/// A point of a convex hull computation: (x, y).
using HullPoint = std::pair<double, double>;

/// Andrew's monotone chain: replaces `points` by their convex hull, counter-clockwise and not closed
/// (the first vertex is not repeated); collinear points are dropped. Fewer than three distinct points are
/// left sorted and without duplicates. Calling it again on a partial hull plus new points is fine, which
/// keeps memory flat while points stream in.
void convexHull(std::vector<HullPoint> &points);

/// The hull from convexHull() as one closed ring of one polygon; empty when it has fewer than three points
/// (a line or a point has no area).
PolygonGeometry hullPolygon(const std::vector<HullPoint> &hull);

} // namespace zhili
