#include "testraster.h"

#include <gdal.h>

#include <algorithm>
#include <vector>

namespace zhili::test {

bool writeSolidGeoTiff(const QString &path, int pixels, const std::array<double, 6> &geoTransform,
                       const std::array<unsigned char, 3> &rgb, const char *crs)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver)
        return false;
    GDALDatasetH ds = GDALCreate(driver, path.toUtf8().constData(), pixels, pixels, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    std::array<double, 6> gt = geoTransform; // GDAL takes a non-const pointer
    GDALSetGeoTransform(ds, gt.data());
    if (crs)
        GDALSetProjection(ds, crs);
    bool ok = true;
    std::vector<unsigned char> band(size_t(pixels) * size_t(pixels));
    for (int b = 0; b < 3 && ok; ++b) {
        std::fill(band.begin(), band.end(), rgb[size_t(b)]);
        ok = GDALRasterIO(GDALGetRasterBand(ds, b + 1), GF_Write, 0, 0, pixels, pixels, band.data(), pixels,
                          pixels, GDT_Byte, 0, 0) == CE_None;
    }
    GDALClose(ds);
    return ok;
}

} // namespace zhili::test
