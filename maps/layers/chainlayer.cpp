#include "layers/chainlayer.h"

#include "render/arrowline.h"
#include "render/layerrenderer.h"
#include "render/mapsettings.h"
#include "render/parcelstore.h"
#include "render/polygonpath.h"
#include "render/scenedata.h"

#include <QCoreApplication>
#include <QPainter>
#include <QReadLocker>

namespace zhili {

namespace {

/// What parcels are veiled with: they stay faintly visible under the chain.
const QColor kVeil(255, 255, 255, 200);

class ChainRenderer : public PainterLayerRenderer {
public:
    ChainRenderer(std::shared_ptr<const ParcelStore> parcels, ChainLayer::StagedParcels staged,
                  QList<ChainFlow> flows, const LayerStyle &style)
        : m_parcels(std::move(parcels)), m_staged(std::move(staged)), m_flows(std::move(flows)),
          m_style(style)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override
    {
        const MapSettings &set = ctx.settings;
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(set.outputSize())), kVeil);
        if (m_parcels && m_staged)
            paintParcels(ctx, p);
        for (const ChainFlow &f : m_flows)
            ArrowLine::draw(p, set.toPixel(f.from.x(), f.from.y()), set.toPixel(f.to.x(), f.to.y()),
                            ChainMapContent::flowColor(f.fromSupplier), set.pixelsFromMm(0.7),
                            set.pixelsFromMm(3), set.pixelsFromMm(0.35));
    }

private:
    void paintParcels(const LayerRenderContext &ctx, QPainter &p) const
    {
        const ParcelStore &s = *m_parcels;
        const MapSettings &set = ctx.settings;
        const QTransform t = set.mapToPixel();
        const Envelope view = set.visibleExtent();
        p.setRenderHint(QPainter::Antialiasing);
        QReadLocker lock(&s.lock());
        for (const ChainLayer::StagedParcel &sp : *m_staged) {
            if (ctx.isCancelled())
                return;
            if (!s.envelope(sp.index).intersects(view))
                continue;
            const QColor fill = ChainMapContent::stageColor(sp.stage);
            p.setPen(QPen(fill.darker(150), set.pixelsFromMm(m_style.outlineWidthMm)));
            p.setBrush(fill);
            p.drawPath(parcelPath(s, sp.index, t, 0.5));
        }
    }

    std::shared_ptr<const ParcelStore> m_parcels;
    ChainLayer::StagedParcels m_staged;
    QList<ChainFlow> m_flows;
    LayerStyle m_style;
};

} // namespace

ChainLayer::ChainLayer() : MapLayer(LayerKind::Chain, LayerStyle().withVisibility(false, 1.0)) {}

QString ChainLayer::displayName() const
{
    if (m_content.isNull())
        return QCoreApplication::translate("ChainLayer", "Industrial chain");
    return QCoreApplication::translate("ChainLayer", "Industrial chain %1").arg(m_content.chain().name);
}

QString ChainLayer::sheetLegendHeading() const
{
    return m_content.isNull() ? QStringLiteral("产业链")
                              : QStringLiteral("产业链 · %1").arg(m_content.chain().name);
}

bool ChainLayer::hasData(const SceneData &) const
{
    return !m_content.isNull();
}

QList<LegendEntry> ChainLayer::legend(const SceneData &, const LegendScope &) const
{
    return m_content.legend();
}

void ChainLayer::setContent(const ChainMapContent &content)
{
    m_content = content;
    m_staged.reset();
    m_stagedStore.reset();
}

ChainLayer::StagedParcels ChainLayer::stagedParcels(const SceneData &data) const
{
    if (!data.parcels)
        return nullptr;
    if (m_staged && m_stagedStore.lock() == data.parcels)
        return m_staged;
    auto staged = std::make_shared<std::vector<StagedParcel>>();
    const QHash<qint64, ChainStage> &stages = m_content.stages();
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        if (const int i = data.parcels->indexOf(it.key()); i >= 0)
            staged->push_back({i, it.value()});
    m_staged = std::move(staged);
    m_stagedStore = data.parcels;
    return m_staged;
}

std::shared_ptr<LayerRenderer> ChainLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<ChainRenderer>(data.parcels, stagedParcels(data), m_content.flows(), style);
}

} // namespace zhili
