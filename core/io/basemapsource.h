#pragma once

#include <QString>

namespace zhili {

/// A basemap as the user gave it: a local raster GDAL reads (GeoTIFF, MBTiles, a GDAL_WMS/WMTS description)
/// or an XYZ tile URL template (`https://…/{z}/{x}/{y}.png`, `file:///dir/{z}/{x}/{y}.png`), with the
/// attribution its licence asks for and whether its tiles are in GCJ-02. Plain data; the decisions that
/// follow from the location (default attribution, hosts known to serve GCJ-02) live here so they can be
/// tested without GDAL or a network.
struct BasemapSource {
    QString location;    ///< path, GDAL connection string or XYZ URL template
    QString attribution; ///< as given; empty = defaultAttribution(location)
    bool gcj02 = false;  ///< the user says the tiles are in GCJ-02

    /// Whether `location` is an XYZ template (has {z}, {x} and {y}); such sources are fetched tile by tile.
    static bool isTileTemplate(const QString &location);
    /// The attribution known hosts require: OpenStreetMap, 天地图; empty for other sources.
    static QString defaultAttribution(const QString &location);
    /// Whether the host is known to serve GCJ-02 tiles (AutoNavi/高德, Tencent/腾讯): their offset is not
    /// declared anywhere in the tiles, so the host is the only clue.
    static bool hostServesGcj02(const QString &location);

    bool isTileTemplate() const { return isTileTemplate(location); }
    /// The text drawn in the map's corner: the user's, else the host's default.
    QString effectiveAttribution() const;
    /// The user's flag or a known GCJ-02 host.
    bool isGcj02() const { return gcj02 || hostServesGcj02(location); }
};

} // namespace zhili
