#include "layers/districtlayer.h"

#include "render/districtlabels.h"
#include "render/halotext.h"
#include "render/layerrenderer.h"
#include "render/polygonpath.h"
#include "render/scenedata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace zhili {
namespace {
constexpr double kDistrictHaloMm = 0.7; ///< halo around district names
}
} // namespace zhili

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
        // Half-pixel generalisation: a boundary of thousands of vertices costs little when zoomed out.
        const QPainterPath path = polygonPath(d.geometry, t, 0.5);
        p.drawPath(path);
    }
    if (!st.showNames)
        return;
    const QFont font = mapLabelFont(set.pixelsFromPt(st.nameSizePt), true);
    const QFontMetricsF fm(font);
    const double halo = set.pixelsFromMm(kDistrictHaloMm);
    for (const DistrictLabels::Placed &l : DistrictLabels::place(m_districts, set, font, halo)) {
        const QPointF px = set.toPixel(l.district->labelPoint);
        const double w = fm.horizontalAdvance(l.district->name);
        drawHaloText(p, QPointF(px.x() - w / 2, px.y() + fm.ascent() / 2 - fm.descent() / 2),
                     l.district->name, font, st.lineColor, Qt::white, halo);
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

std::optional<GisStyle> DistrictLayer::gisStyle(const SceneData &, const QString &language) const
{
    GisStyle g = gisStyleBase(QStringLiteral("districts"), language);
    g.renderer = GisStyle::Renderer::Outline;
    g.outlineColor = style.lineColor;
    g.outlineWidthMm = style.lineWidthMm;
    if (style.showNames)
        g.labelField = QStringLiteral("name");
    // As drawn: names in the line colour with a white halo (kDistrictHaloMm).
    g.labelSizePt = style.nameSizePt;
    g.labelColor = style.lineColor;
    g.haloColor = Qt::white;
    g.haloWidthMm = kDistrictHaloMm;
    return g;
}

QString DistrictLayer::displayName() const
{
    return QCoreApplication::translate("DistrictLayer", "District boundaries");
}

} // namespace zhili
