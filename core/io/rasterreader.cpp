#include "io/rasterreader.h"

#include "io/basemapsource.h"
#include "io/tileservicexml.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutexLocker>
#include <QStandardPaths>
#include <cmath>
#include <cpl_conv.h>
#include <cstring>
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>
#include <vector>

namespace zhili {

namespace {

int epsgOf(const char *wkt)
{
    int epsg = 0;
    if (!wkt || !*wkt)
        return 0;
    if (OGRSpatialReferenceH srs = OSRNewSpatialReference(wkt)) {
        OSRAutoIdentifyEPSG(srs);
        if (const char *code = OSRGetAuthorityCode(srs, nullptr))
            epsg = std::atoi(code);
        OSRDestroySpatialReference(srs);
    }
    return epsg;
}

QByteArray wktOfEpsg(int epsg)
{
    QByteArray wkt;
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    char *text = nullptr;
    if (OSRImportFromEPSG(srs, epsg) == OGRERR_NONE && OSRExportToWkt(srs, &text) == OGRERR_NONE)
        wkt = text;
    CPLFree(text);
    OSRDestroySpatialReference(srs);
    return wkt;
}

/// What GDAL opens for a location: the GDAL_WMS description of an XYZ template, else the location itself.
QByteArray gdalName(const QString &location, const QString &tileCacheDir)
{
    if (!BasemapSource::isTileTemplate(location))
        return location.toUtf8();
    return TileServiceXml::build(location, tileCacheDir, TileServiceXml::maxZoomOf(location)).toUtf8();
}

Error readFailure(const QString &path)
{
    return Error(QCoreApplication::translate("RasterReader", "reading the basemap \"%1\" failed: %2")
                     .arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
}

} // namespace

QString RasterReader::defaultTileCacheDir()
{
    if (const QString dir = qEnvironmentVariable("ZHILI_TILE_CACHE"); !dir.isEmpty())
        return dir;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("tiles"));
}

RasterReader::RasterReader(const QString &path, const QString &tileCacheDir) : m_path(path)
{
    GDALAllRegister();
    if (BasemapSource::isTileTemplate(path))
        m_tileCacheDir = tileCacheDir.isEmpty() ? defaultTileCacheDir() : tileCacheDir;
    m_dataset = GDALOpen(gdalName(path, m_tileCacheDir).constData(), GA_ReadOnly);
    if (!m_dataset)
        throw Error(QCoreApplication::translate(
                        "RasterReader", "cannot open the basemap \"%1\": %2. Use a GeoTIFF or MBTiles "
                                        "file, or a tile URL with {z}, {x} and {y}.")
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
    m_epsg = epsgOf(GDALGetProjectionRef(ds));
}

RasterReader::~RasterReader()
{
    if (m_dataset)
        GDALClose(static_cast<GDALDatasetH>(m_dataset));
}

QByteArray RasterReader::readRgba(const Envelope &window, int width, int height, int windowEpsg) const
{
    QByteArray out(qsizetype(width) * height * 4, '\0');
    if (width <= 0 || height <= 0 || window.isNull())
        return out;
    if (windowEpsg != 0 && m_epsg != 0 && windowEpsg != m_epsg)
        readWarped(window, width, height, windowEpsg, out);
    else
        readDirect(window, width, height, out);
    return out;
}

void RasterReader::readDirect(const Envelope &window, int width, int height, QByteArray &out) const
{
    // Raster pixel window covered by the map window (may extend outside the raster).
    const double px0 = (window.minX - m_gt[0]) / m_gt[1], px1 = (window.maxX - m_gt[0]) / m_gt[1];
    const double py0 = (window.maxY - m_gt[3]) / m_gt[5], py1 = (window.minY - m_gt[3]) / m_gt[5];
    const double sx = (px1 - px0) / width, sy = (py1 - py0) / height; // raster px per output px
    // Clip to the raster, then to output pixels.
    const double cx0 = std::max(0.0, px0), cx1 = std::min(double(m_width), px1);
    const double cy0 = std::max(0.0, py0), cy1 = std::min(double(m_height), py1);
    if (cx0 >= cx1 || cy0 >= cy1)
        return;
    const int ox0 = int(std::floor((cx0 - px0) / sx)), ox1 = int(std::ceil((cx1 - px0) / sx));
    const int oy0 = int(std::floor((cy0 - py0) / sy)), oy1 = int(std::ceil((cy1 - py0) / sy));
    const int ow = std::min(width, ox1) - std::max(0, ox0), oh = std::min(height, oy1) - std::max(0, oy0);
    if (ow <= 0 || oh <= 0)
        return;
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
            throw readFailure(m_path);
    }
    for (int y = 0; y < oh; ++y)
        std::memcpy(out.data() + (qsizetype(y + std::max(0, oy0)) * width + std::max(0, ox0)) * 4,
                    buf.data() + size_t(y) * ow * 4, size_t(ow) * 4);
}

void RasterReader::readWarped(const Envelope &window, int width, int height, int windowEpsg,
                              QByteArray &out) const
{
    // A MEM destination in the window's CRS: GDALWarp picks the source overview (for tiles: the zoom level)
    // that matches its resolution and reads only the blocks (tiles) the window covers.
    const QByteArray wkt = wktOfEpsg(windowEpsg);
    if (wkt.isEmpty())
        throw Error(QCoreApplication::translate("RasterReader", "the map CRS EPSG:%1 is unknown to GDAL")
                        .arg(windowEpsg));
    QMutexLocker lock(&m_mutex);
    auto *src = static_cast<GDALDatasetH>(m_dataset);
    const bool srcAlpha = GDALGetRasterColorInterpretation(GDALGetRasterBand(src, m_bands)) == GCI_AlphaBand;
    const int colours = srcAlpha ? m_bands - 1 : m_bands;
    const int dstBands = colours + 1; // the last one is the alpha GDALWarp writes
    GDALDatasetH dst = GDALCreate(GDALGetDriverByName("MEM"), "", width, height, dstBands, GDT_Byte, nullptr);
    if (!dst)
        throw readFailure(m_path);
    double gt[6] = {window.minX, window.width() / width, 0, window.maxY, 0, -window.height() / height};
    GDALSetGeoTransform(dst, gt);
    GDALSetProjection(dst, wkt.constData());
    GDALSetRasterColorInterpretation(GDALGetRasterBand(dst, dstBands), GCI_AlphaBand);
    const char *args[] = {"-r", "bilinear", "-dstalpha", nullptr};
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(const_cast<char **>(args), nullptr);
    int usageError = 0;
    CPLErrorReset();
    const bool ok = GDALWarp(nullptr, dst, 1, &src, options, &usageError) != nullptr;
    GDALWarpAppOptionsFree(options);
    std::vector<unsigned char> band(size_t(width) * height);
    for (int b = 0; ok && b < 4; ++b) {
        // Grey sources repeat their one band as red, green and blue.
        const int from = b == 3 ? dstBands : (colours >= 3 ? b + 1 : 1);
        if (GDALRasterIO(GDALGetRasterBand(dst, from), GF_Read, 0, 0, width, height, band.data(), width,
                         height, GDT_Byte, 0, 0) != CE_None)
            break;
        for (size_t i = 0; i < band.size(); ++i)
            out[qsizetype(i) * 4 + b] = char(band[i]);
    }
    GDALClose(dst);
    if (!ok)
        throw readFailure(m_path);
}

} // namespace zhili
