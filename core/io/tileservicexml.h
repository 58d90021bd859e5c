#pragma once

#include <QString>

namespace zhili {

/// Writes the GDAL_WMS description of an XYZ tile template: a TMS service in EPSG:3857 with 256-px tiles
/// from zoom 0 to `maxZoom` (each zoom an overview, so a city-wide view reads a few coarse tiles), missing
/// tiles transparent, and a disk tile cache.
class TileServiceXml {
public:
    /// `urlTemplate` uses {z}, {x}, {y} (or {-y} for TMS row order) and optionally {s} (a subdomain: "a").
    static QString build(const QString &urlTemplate, const QString &cacheDir, int maxZoom);
    /// For a file:// template whose {z} is a folder: the highest zoom folder present; otherwise 18 (the
    /// deepest level 天地图 and most XYZ services offer).
    static int maxZoomOf(const QString &urlTemplate);
};

} // namespace zhili
