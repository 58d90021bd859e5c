#pragma once

#include "geometry/envelope.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

namespace zhili {

/// Reads a local georeferenced raster (GeoTIFF) through GDAL as RGBA windows for a map basemap.
/// Thread-safe (one mutex around the dataset); QtCore only so maps/ need not include GDAL.
class RasterReader {
public:
    /// Opens the file; throws zhili::Error naming it when GDAL cannot read it or it has no geotransform.
    explicit RasterReader(const QString &path);
    ~RasterReader();
    Q_DISABLE_COPY(RasterReader)

    const QString &path() const { return m_path; }
    /// Georeferenced extent (north-up rasters only).
    Envelope extent() const { return m_extent; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    /// EPSG code of the raster CRS, 0 when unknown.
    int epsg() const { return m_epsg; }

    /// Resamples the map window `window` into width×height RGBA8888 bytes (row-major, top row first);
    /// pixels outside the raster are transparent. Grey, RGB and RGBA rasters are accepted.
    QByteArray readRgba(const Envelope &window, int width, int height) const;

private:
    QString m_path;
    void *m_dataset = nullptr; // GDALDatasetH
    Envelope m_extent;
    int m_width = 0, m_height = 0, m_bands = 0, m_epsg = 0;
    double m_gt[6] = {0, 1, 0, 0, 0, -1};
    mutable QMutex m_mutex;
};

} // namespace zhili
