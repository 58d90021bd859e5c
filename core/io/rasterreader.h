#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace zhili {

/// Reads a georeferenced raster through GDAL as RGBA windows for a map basemap: a local GeoTIFF or MBTiles
/// file, any GDAL raster connection string (GDAL_WMS XML, WMTS:…), or an XYZ tile URL template
/// (`https://…/{z}/{x}/{y}.png`, `file:///…`; see TileServiceXml) whose tiles are kept in a disk cache.
/// A window in another CRS than the raster's is warped on the fly, reading only the tiles and the overview
/// level that window needs. Thread-safe (one mutex around the dataset); QtCore only so maps/ need not
/// include GDAL.
class RasterReader {
public:
    /// Opens the source; throws zhili::Error naming it when GDAL cannot read it or it has no geotransform.
    /// `tileCacheDir` is where an XYZ source keeps its tiles (empty: defaultTileCacheDir()).
    explicit RasterReader(const QString &source, const QString &tileCacheDir = QString());
    ~RasterReader();
    Q_DISABLE_COPY(RasterReader)

    const QString &path() const { return m_path; }
    /// Georeferenced extent in the raster's CRS (north-up rasters only).
    Envelope extent() const { return m_extent; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /// EPSG code of the raster CRS, 0 when unknown.
    int epsg() const { return m_epsg; }
    /// The disk tile cache of an XYZ source; empty for other sources.
    const QString &tileCacheDir() const { return m_tileCacheDir; }
    /// $ZHILI_TILE_CACHE, else `<CacheLocation>/tiles` (QStandardPaths).
    static QString defaultTileCacheDir();

    /// Resamples the map window `window` into width×height RGBA8888 bytes (row-major, top row first);
    /// pixels outside the raster are transparent. Grey, RGB and RGBA rasters are accepted. `windowEpsg` is
    /// the CRS of `window`; when it is known and differs from the raster's, the raster is reprojected.
    QByteArray readRgba(const Envelope &window, int width, int height, int windowEpsg = 0) const;

private:
    void readDirect(const Envelope &window, int width, int height, QByteArray &out) const;
    void readWarped(const Envelope &window, int width, int height, int windowEpsg, QByteArray &out) const;

    QString m_path;
    QString m_tileCacheDir;
    void *m_dataset = nullptr; // GDALDatasetH
    Envelope m_extent;
    int m_width = 0, m_height = 0, m_bands = 0, m_epsg = 0;
    double m_gt[6] = {0, 1, 0, 0, 0, -1};
    mutable QMutex m_mutex;
};

} // namespace zhili
