#pragma once

#include "layers/maplayer.h"

namespace zhili {

/// District boundaries (imported, or the hull of their parcels) and their names.
class DistrictLayer : public MapLayer {
public:
    DistrictLayer() : MapLayer(LayerKind::Districts, LayerStyle()) {}
    QString displayName() const override;
    bool hasData(const SceneData &data) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// Outlines, names as labels.
    std::optional<GisStyle> gisStyle(const SceneData &data, const QString &language) const override;
};

} // namespace zhili
