#pragma once

// Rasters for the basemap tests.
#include <QString>
#include <array>

namespace zhili::test {

/// Writes a `pixels`×`pixels` 3-band GeoTIFF of one colour with the GDAL geotransform `geoTransform`, in
/// `crs` when given (e.g. "EPSG:4326"). Returns false when GDAL cannot write it.
bool writeSolidGeoTiff(const QString &path, int pixels, const std::array<double, 6> &geoTransform,
                       const std::array<unsigned char, 3> &rgb, const char *crs = nullptr);

} // namespace zhili::test
