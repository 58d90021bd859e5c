#pragma once

#include "layers/chainmapcontent.h"
#include "layers/maplayer.h"

#include <memory>
#include <vector>

namespace zhili {

class ParcelStore;

/// One industrial chain on the map: the parcels of its enterprises coloured by the stage of their link
/// (upstream / midstream / downstream; the most upstream when several), the other parcels veiled so the
/// chain stands out, and one enterprise's flow lines — arrows from each supplier's parcel to the
/// enterprise's, and from it to each customer's. Its legend lists the stages with their parcels and the
/// chain's missing links.
///
/// Like the indicator overlays, its content is computed by the application (ChainMapContent::build) and
/// handed over with MapScene::setChainMap(); until then it has no data, draws nothing and is not listed.
class ChainLayer : public MapLayer {
public:
    /// A parcel of the chain: its index in the parcel store and the stage it is coloured by.
    struct StagedParcel {
        int index;
        ChainStage stage;
    };
    using StagedParcels = std::shared_ptr<const std::vector<StagedParcel>>;

    ChainLayer();

    const ChainMapContent &content() const { return m_content; }
    void setContent(const ChainMapContent &content);

    QString displayName() const override;
    QString legendLabel(const LegendEntry &entry) const override { return m_content.legendLabel(entry); }
    QString sheetLegendHeading() const override;
    bool hasLegend() const override { return true; }
    bool isListed() const override { return !m_content.isNull(); }
    bool isTransient() const override { return true; }
    bool hasData(const SceneData &data) const override;
    /// The content's rows (stages in its scope, missing links, flows), whatever the extent.
    QList<LegendEntry> legend(const SceneData &data, const LegendScope &scope) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;
    /// The content's parcels as indexes of `data`'s parcel store: looked up once per content and store
    /// (the store's geometry and order do not change after its load), then shared by every frame.
    StagedParcels stagedParcels(const SceneData &data) const;

private:
    ChainMapContent m_content;
    // The cache of stagedParcels(); prepare() runs on the GUI thread only, like every layer's.
    mutable std::weak_ptr<const ParcelStore> m_stagedStore;
    mutable StagedParcels m_staged;
};

} // namespace zhili
