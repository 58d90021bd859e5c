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

int identifiedIndex(const SceneData &data)
{
    return data.parcels && data.identified > 0 ? data.parcels->indexOf(data.identified) : -1;
}

class SelectionRenderer : public PainterLayerRenderer {
public:
    SelectionRenderer(std::shared_ptr<const ParcelStore> parcels, std::vector<int> selection, int identified,
                      const QColor &color)
        : m_parcels(std::move(parcels)), m_selection(std::move(selection)), m_identified(identified),
          m_color(color)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override
    {
        if (!m_parcels || (m_selection.empty() && m_identified < 0))
            return;
        const ParcelStore &s = *m_parcels;
        const MapSettings &set = ctx.settings;
        const QTransform t = set.mapToPixel();
        const Envelope view = set.visibleExtent();
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(Qt::NoBrush);
        QReadLocker lock(&s.lock());
        // An outline on a white halo, no fill: the parcel keeps its ecosystem colour, which is what the
        // reader selected it to compare.
        auto outline = [&](int i, const QColor &color, double widthMm) {
            if (!s.envelope(i).intersects(view))
                return;
            const QPainterPath path = parcelPath(s, i, t, 0.5);
            p.setPen(
                QPen(Qt::white, set.pixelsFromMm(widthMm * 2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(path);
            p.setPen(QPen(color, set.pixelsFromMm(widthMm), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(path);
        };
        for (int i : m_selection) {
            if (ctx.isCancelled())
                return;
            outline(i, m_color, 0.6);
        }
        // The identified parcel: thicker, in a colour no ecosystem uses.
        if (m_identified >= 0)
            outline(m_identified, QColor(0, 200, 230), 0.9);
    }

private:
    std::shared_ptr<const ParcelStore> m_parcels;
    std::vector<int> m_selection; ///< store indices
    int m_identified = -1;        ///< store index
    QColor m_color;
};

} // namespace

bool SelectionLayer::hasData(const SceneData &data) const
{
    if (identifiedIndex(data) >= 0)
        return true;
    if (data.parcels)
        for (qint64 f : data.selection)
            if (data.parcels->indexOf(f) >= 0)
                return true;
    return false;
}

std::shared_ptr<LayerRenderer> SelectionLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<SelectionRenderer>(data.parcels, selectedIndices(data), identifiedIndex(data),
                                               style.selectionColor);
}

QString SelectionLayer::displayName() const
{
    return QCoreApplication::translate("SelectionLayer", "Selection");
}

} // namespace zhili
