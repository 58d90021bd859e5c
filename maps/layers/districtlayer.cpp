#include "layers/districtlayer.h"

#include "render/halotext.h"
#include "render/layerrenderer.h"
#include "render/scenedata.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace zhili {

namespace {

class DistrictRenderer : public PainterLayerRenderer {
public:
    DistrictRenderer(const QList<DistrictShape> &districts, const LayerStyle &style)
        : m_districts(districts), m_style(style)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override;

private:
    QList<DistrictShape> m_districts;
    LayerStyle m_style;
};

void DistrictRenderer::paint(const LayerRenderContext &ctx, QPainter &p)
{
    const MapSettings &set = ctx.settings;
    const LayerStyle &st = m_style;
    const QTransform t = set.mapToPixel();
    const Envelope view = set.visibleExtent();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(
        QPen(st.lineColor, set.pixelsFromMm(st.lineWidthMm), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const DistrictShape &d : m_districts) {
        if (!d.geometry.envelope().intersects(view))
            continue;
        QPainterPath path;
        const auto &g = d.geometry;
        for (int r = 0; r < g.ringCount(); ++r) {
            const quint32 a = g.ringOffsets[r], b = g.ringOffsets[r + 1];
            QPointF last = t.map(QPointF(g.coords[2 * a], g.coords[2 * a + 1]));
            path.moveTo(last);
            for (quint32 k = a + 1; k < b; ++k) {
                const QPointF pt = t.map(QPointF(g.coords[2 * k], g.coords[2 * k + 1]));
                if (k + 1 < b && std::abs(pt.x() - last.x()) < 0.5 && std::abs(pt.y() - last.y()) < 0.5)
                    continue;
                path.lineTo(pt);
                last = pt;
            }
            path.closeSubpath();
        }
        p.drawPath(path);
    }
    if (!st.showNames)
        return;
    const QFont font = mapLabelFont(set.pixelsFromPt(st.nameSizePt), true);
    const QFontMetricsF fm(font);
    const double halo = set.pixelsFromMm(0.7);
    for (const DistrictShape &d : m_districts) {
        if (!view.contains(d.labelPoint.x(), d.labelPoint.y()))
            continue;
        const QPointF px = set.toPixel(d.labelPoint);
        const double w = fm.horizontalAdvance(d.name);
        drawHaloText(p, QPointF(px.x() - w / 2, px.y() + fm.ascent() / 2 - fm.descent() / 2), d.name, font,
                     st.lineColor, Qt::white, halo);
    }
}

} // namespace

bool DistrictLayer::hasData(const SceneData &data) const
{
    return !data.districts.isEmpty();
}

std::shared_ptr<LayerRenderer> DistrictLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<DistrictRenderer>(data.districts, style);
}

} // namespace zhili
