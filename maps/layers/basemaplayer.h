#pragma once

#include "layers/maplayer.h"

#include <memory>

namespace zhili {

class RasterReader;

/// A local GeoTIFF in the cache CRS under everything (style.rasterPath), read through core's RasterReader.
class BasemapLayer : public MapLayer {
public:
    BasemapLayer() : MapLayer(LayerKind::Basemap, LayerStyle().withVisibility(false, 1)) {}
    QString displayName() const override;
    bool isListed() const override { return !style.rasterPath.isEmpty(); }
    bool hasData(const SceneData &data) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// Opens style.rasterPath when it changed. Throws zhili::Error when the GeoTIFF cannot be read.
    void styleChanged(const LayerStyle &old) override;
    /// Opens style.rasterPath; a file that cannot be read leaves the layer without data (no throw).
    void styleReplaced() override;

private:
    std::shared_ptr<RasterReader> m_reader;
};

} // namespace zhili
