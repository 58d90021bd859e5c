#pragma once

#include "layers/maplayer.h"

#include <memory>

namespace zhili {

class RasterReader;

/// The basemap under everything (style.rasterPath): a GeoTIFF or MBTiles file, a GDAL raster source or an XYZ
/// tile URL, read through core's RasterReader and reprojected to the cache CRS when its own differs.
class BasemapLayer : public MapLayer {
public:
    BasemapLayer() : MapLayer(LayerKind::Basemap, LayerStyle().withVisibility(false, 1)) {}
    QString displayName() const override;
    bool isListed() const override { return !style.rasterPath.isEmpty(); }
    bool hasData(const SceneData &data) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// style.attribution, else the default of a known tile host.
    QString attribution() const override;
    /// Opens style.rasterPath when it changed. Throws zhili::Error when the source cannot be read.
    void styleChanged(const LayerStyle &old) override;
    /// Opens style.rasterPath; a source that cannot be read leaves the layer without data (no throw).
    void styleReplaced() override;

private:
    std::shared_ptr<RasterReader> m_reader;
};

} // namespace zhili
