#include "io/rasterreader.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <cmath>
#include <cstring>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <vector>

namespace zhili {

RasterReader::RasterReader(const QString &path) : m_path(path)
{
    GDALAllRegister();
    m_dataset = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
    if (!m_dataset)
        throw Error(QCoreApplication::translate(
                        "RasterReader", "cannot open the basemap raster \"%1\": %2. Use a local GeoTIFF.")
                        .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    auto *ds = static_cast<GDALDatasetH>(m_dataset);
    m_width = GDALGetRasterXSize(ds);
    m_height = GDALGetRasterYSize(ds);
    m_bands = GDALGetRasterCount(ds);
    if (GDALGetGeoTransform(ds, m_gt) != CE_None || m_gt[2] != 0 || m_gt[4] != 0 || m_bands < 1) {
        GDALClose(ds);
        m_dataset = nullptr;
        throw Error(QCoreApplication::translate("RasterReader",
                                                "the raster \"%1\" has no north-up georeferencing (or no "
                                                "bands); export it as a GeoTIFF in the cache CRS.")
                        .arg(path));
    }
    m_extent.include(m_gt[0], m_gt[3]);
    m_extent.include(m_gt[0] + m_gt[1] * m_width, m_gt[3] + m_gt[5] * m_height);
    if (const char *wkt = GDALGetProjectionRef(ds); wkt && *wkt) {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(wkt);
        if (srs) {
            OSRAutoIdentifyEPSG(srs);
            const char *code = OSRGetAuthorityCode(srs, nullptr);
            if (code)
                m_epsg = std::atoi(code);
            OSRDestroySpatialReference(srs);
        }
    }
}

RasterReader::~RasterReader()
{
    if (m_dataset)
        GDALClose(static_cast<GDALDatasetH>(m_dataset));
}

QByteArray RasterReader::readRgba(const Envelope &window, int width, int height) const
{
    QByteArray out(qsizetype(width) * height * 4, '\0');
    if (width <= 0 || height <= 0 || window.isNull())
        return out;
    // Raster pixel window covered by the map window (may extend outside the raster).
    const double px0 = (window.minX - m_gt[0]) / m_gt[1], px1 = (window.maxX - m_gt[0]) / m_gt[1];
    const double py0 = (window.maxY - m_gt[3]) / m_gt[5], py1 = (window.minY - m_gt[3]) / m_gt[5];
    const double sx = (px1 - px0) / width, sy = (py1 - py0) / height; // raster px per output px
    // Clip to the raster, then to output pixels.
    const double cx0 = std::max(0.0, px0), cx1 = std::min(double(m_width), px1);
    const double cy0 = std::max(0.0, py0), cy1 = std::min(double(m_height), py1);
    if (cx0 >= cx1 || cy0 >= cy1)
        return out;
    const int ox0 = int(std::floor((cx0 - px0) / sx)), ox1 = int(std::ceil((cx1 - px0) / sx));
    const int oy0 = int(std::floor((cy0 - py0) / sy)), oy1 = int(std::ceil((cy1 - py0) / sy));
    const int ow = std::min(width, ox1) - std::max(0, ox0), oh = std::min(height, oy1) - std::max(0, oy0);
    if (ow <= 0 || oh <= 0)
        return out;
    const double rx0 = px0 + std::max(0, ox0) * sx, ry0 = py0 + std::max(0, oy0) * sy;
    double rw = ow * sx, rh = oh * sy;
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_Bilinear;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = rx0;
    extra.dfYOff = ry0;
    extra.dfXSize = std::min(rw, m_width - rx0);
    extra.dfYSize = std::min(rh, m_height - ry0);
    const int xoff = int(std::floor(extra.dfXOff)), yoff = int(std::floor(extra.dfYOff));
    const int xs = std::max(1, std::min(m_width - xoff, int(std::ceil(extra.dfXOff + extra.dfXSize)) - xoff));
    const int ys =
        std::max(1, std::min(m_height - yoff, int(std::ceil(extra.dfYOff + extra.dfYSize)) - yoff));
    std::vector<unsigned char> buf(size_t(ow) * oh * 4, 255);
    QMutexLocker lock(&m_mutex);
    auto *ds = static_cast<GDALDatasetH>(m_dataset);
    const int bands = std::min(m_bands, 4);
    for (int b = 0; b < 4; ++b) {
        const int src = bands >= 3 ? b + 1 : 1; // grey → RGB
        if (b == 3 && bands < 4)
            break;
        GDALRasterBandH band = GDALGetRasterBand(ds, std::min(src, m_bands));
        if (GDALRasterIOEx(band, GF_Read, xoff, yoff, xs, ys, buf.data() + b, ow, oh, GDT_Byte, 4, 4 * ow,
                           &extra) != CE_None)
            throw Error(QCoreApplication::translate("RasterReader", "reading the basemap \"%1\" failed: %2")
                            .arg(m_path, QString::fromUtf8(CPLGetLastErrorMsg())));
    }
    for (int y = 0; y < oh; ++y)
        std::memcpy(out.data() + (qsizetype(y + std::max(0, oy0)) * width + std::max(0, ox0)) * 4,
                    buf.data() + size_t(y) * ow * 4, size_t(ow) * 4);
    return out;
}

} // namespace zhili
