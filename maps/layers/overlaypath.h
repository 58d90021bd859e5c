#pragma once

#include "geometry/polygongeometry.h"

#include <QPainterPath>

namespace zhili {

/// A polygon (with holes, odd-even) as a QPainterPath in map coordinates, for the indicator overlays.
QPainterPath overlayPath(const PolygonGeometry &geometry);

} // namespace zhili
