#include "layers/selectionlayer.h"

#include "render/layerrenderer.h"
#include "render/parcelstore.h"
#include "render/polygonpath.h"
#include "render/scenedata.h"

#include <QCoreApplication>
#include <QPainter>
#include <QReadLocker>

namespace zhili {

namespace {

std::vector<int> selectedIndices(const SceneData &data)
{
    std::vector<int> out;
    if (data.parcels)
        for (qint64 f : data.selection) {
            const int i = data.parcels->indexOf(f);
            if (i >= 0)
                out.push_back(i);
        }
    return out;
}

class SelectionRenderer : public PainterLayerRenderer {
public:
    SelectionRenderer(std::shared_ptr<const ParcelStore> parcels, std::vector<int> selection,
                      const QColor &color)
        : m_parcels(std::move(parcels)), m_selection(std::move(selection)), m_color(color)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override
    {
        if (!m_parcels || m_selection.empty())
            return;
        const ParcelStore &s = *m_parcels;
        const MapSettings &set = ctx.settings;
        const QTransform t = set.mapToPixel();
        const Envelope view = set.visibleExtent();
        QColor fill = m_color;
        fill.setAlpha(90);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(m_color, set.pixelsFromMm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(fill);
        QReadLocker lock(&s.lock());
        for (int i : m_selection) {
            if (ctx.isCancelled())
                return;
            if (!s.envelope(i).intersects(view))
                continue;
            p.drawPath(parcelPath(s, i, t, 0.5));
        }
    }

private:
    std::shared_ptr<const ParcelStore> m_parcels;
    std::vector<int> m_selection; ///< store indices
    QColor m_color;
};

} // namespace

bool SelectionLayer::hasData(const SceneData &data) const
{
    if (data.parcels)
        for (qint64 f : data.selection)
            if (data.parcels->indexOf(f) >= 0)
                return true;
    return false;
}

std::shared_ptr<LayerRenderer> SelectionLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<SelectionRenderer>(data.parcels, selectedIndices(data), style.selectionColor);
}

QString SelectionLayer::displayName() const
{
    return QCoreApplication::translate("SelectionLayer", "Selection");
}

} // namespace zhili
