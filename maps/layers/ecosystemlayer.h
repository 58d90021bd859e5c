#pragma once

#include "layers/parcelfilllayer.h"

namespace zhili {

/// Parcels coloured by their ecosystem (the colours stored in the cache), grey when unassigned.
class EcosystemLayer : public ParcelFillLayer {
public:
    EcosystemLayer() : ParcelFillLayer(LayerKind::Parcels, LayerStyle()) {}
    QString displayName() const override;
    /// The ecosystem's name in the user's language, or "Unassigned".
    QString legendLabel(const LegendEntry &entry) const override;
    QString sheetLegendHeading() const override;
    /// One row per ecosystem (key, name, colour), then "unassigned".
    QList<LegendEntry> legend(const SceneData &data, const LegendScope &scope) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// Categorised by `ecosystem` with the legend's colours, unassigned (NULL) last.
    std::optional<GisStyle> gisStyle(const SceneData &data, const QString &language) const override;
};

} // namespace zhili
