#pragma once

#include "layers/chainmapcontent.h"
#include "layers/maplayer.h"

namespace zhili {

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
    ChainLayer();

    const ChainMapContent &content() const { return m_content; }
    void setContent(const ChainMapContent &content) { m_content = content; }

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

private:
    ChainMapContent m_content;
};

} // namespace zhili
