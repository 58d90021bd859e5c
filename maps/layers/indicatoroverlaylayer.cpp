#include "layers/indicatoroverlaylayer.h"

#include "render/layerrenderer.h"

#include <QCoreApplication>

namespace zhili {

namespace {

/// Holds a copy of the overlay (its content is shared and immutable): nothing points into the scene.
class IndicatorOverlayRenderer : public PainterLayerRenderer {
public:
    IndicatorOverlayRenderer(IndicatorOverlay overlay, double opacity)
        : m_overlay(std::move(overlay)), m_opacity(opacity)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &painter) override
    {
        m_overlay.render(painter, ctx.settings, m_opacity);
    }

private:
    IndicatorOverlay m_overlay;
    double m_opacity;
};

} // namespace

IndicatorOverlayLayer::IndicatorOverlayLayer(LayerKind kind, const char *name)
    : MapLayer(kind, LayerStyle().withVisibility(false, IndicatorOverlay::defaultOpacity(kind))), m_name(name)
{
}

QString IndicatorOverlayLayer::displayName() const
{
    return QCoreApplication::translate("IndicatorOverlayLayer", m_name);
}

bool IndicatorOverlayLayer::hasData(const SceneData &) const
{
    return !m_overlay.isNull();
}

QList<LegendEntry> IndicatorOverlayLayer::legend(const SceneData &, const LegendScope &) const
{
    return m_overlay.legend();
}

std::shared_ptr<LayerRenderer> IndicatorOverlayLayer::prepare(const SceneData &, const MapSettings &) const
{
    return std::make_shared<IndicatorOverlayRenderer>(m_overlay, style.opacity);
}

} // namespace zhili
