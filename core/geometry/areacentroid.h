#pragma once

namespace zhili {

struct PolygonGeometry;

/// The area-weighted centroid of a (multi)polygon, holes subtracted — what PostGIS's ST_Centroid and GEOS
/// give for polygons (it may fall outside a concave shape; use PolygonGeometry::interiorPoint for a label).
/// Distances between parcels (chain matchmaking) are measured between these points. Returns false for an
/// empty or zero-area geometry.
bool areaCentroid(const PolygonGeometry &geometry, double *x, double *y);

} // namespace zhili
