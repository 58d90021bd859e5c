#pragma once

#include "layers/indicatoroverlay.h"
#include "layers/maplayer.h"

namespace zhili {

/// An indicator overlay in the scene's stack (on top by default): the achievement choropleth or the parcels
/// by 亩均 class, drawn by the same render job as the other layers. Its content is computed by the
/// application (off the GUI thread, see IndicatorOverlay) and handed over with MapScene::setIndicatorOverlay;
/// until then it has no data and draws nothing. Each shape is blended with the layer's opacity, as the
/// overlay always was, and its style is not saved with the cache's styles.
class IndicatorOverlayLayer : public MapLayer {
public:
    /// `name`: QT_TRANSLATE_NOOP("IndicatorOverlayLayer", …).
    IndicatorOverlayLayer(LayerKind kind, const char *name);

    const IndicatorOverlay &overlay() const { return m_overlay; }
    void setOverlay(const IndicatorOverlay &overlay) { m_overlay = overlay; }

    QString displayName() const override;
    bool isTransient() const override { return true; }
    bool blendsItself() const override { return true; }
    bool hasLegend() const override { return true; }
    bool hasData(const SceneData &data) const override;
    /// The overlay's own rows (districts or parcels by class), whatever the extent.
    QList<LegendEntry> legend(const SceneData &data, const LegendScope &scope) const override;
    std::shared_ptr<LayerRenderer> prepare(const SceneData &data, const MapSettings &settings) const override;

private:
    const char *m_name;
    IndicatorOverlay m_overlay;
};

} // namespace zhili
