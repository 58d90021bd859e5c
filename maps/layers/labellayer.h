#pragma once

#include "layers/maplayer.h"

namespace zhili {

/// Parcel labels (code, enterprise or district), placed greedily: biggest parcels first, a label is dropped
/// when its box meets one already placed or it is much wider than its parcel; white halos.
class LabelLayer : public MapLayer {
public:
    LabelLayer();
    QString displayName() const override;
    bool hasData(const SceneData &data) const override;
    bool showsParcelAttributes() const override { return true; }
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// The parcels again, drawn as labels only.
    std::optional<GisStyle> gisStyle(const SceneData &data, const QString &language) const override;
};

} // namespace zhili
