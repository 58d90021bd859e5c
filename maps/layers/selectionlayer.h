#pragma once

#include "layers/maplayer.h"

namespace zhili {

/// A translucent highlight with an outline over the selected parcels.
class SelectionLayer : public MapLayer {
public:
    SelectionLayer() : MapLayer(LayerKind::Selection, LayerStyle()) {}
    QString displayName() const override;
    bool showsSelection() const override { return true; }
    /// True when a selected fid is among the loaded parcels.
    bool hasData(const SceneData &data) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
};

} // namespace zhili
