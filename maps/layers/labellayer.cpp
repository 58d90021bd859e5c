#include "layers/labellayer.h"

#include "render/halotext.h"
#include "render/layerrenderer.h"
#include "render/parcelstore.h"
#include "render/scenedata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QReadLocker>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {

struct Candidate {
    int i;
    float size;
};

/// Parcels in view whose box is at least `minSidePx` on each side, largest first, at most 5000.
std::vector<Candidate> labelCandidates(const ParcelStore &s, const MapSettings &set, double minSidePx)
{
    const double u = set.mapUnitsPerPixel();
    std::vector<Candidate> cands;
    {
        QReadLocker lock(&s.lock());
        s.query(set.visibleExtent(), [&](int i) {
            const float *b = s.boxes() + 4 * size_t(i);
            const double w = (b[2] - b[0]) / u, h = (b[3] - b[1]) / u;
            if (std::min(w, h) >= minSidePx)
                cands.push_back({i, float(w * h)});
        });
    }
    // Ties broken by fid: placement must not depend on storage order (a region load orders parcels
    // differently).
    std::sort(cands.begin(), cands.end(), [&s](const Candidate &a, const Candidate &b) {
        return a.size != b.size ? a.size > b.size : s.fid(a.i) < s.fid(b.i);
    });
    constexpr size_t kMaxCandidates = 5000;
    if (cands.size() > kMaxCandidates)
        cands.resize(kMaxCandidates);
    return cands;
}

/// The boxes of the labels placed so far, in a grid of 64 px cells.
class LabelGrid {
public:
    bool collides(const QRectF &r) const
    {
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy) {
                auto it = m_grid.constFind(key(cx, cy));
                if (it != m_grid.constEnd())
                    for (const QRectF &o : *it)
                        if (o.intersects(r))
                            return true;
            }
        return false;
    }
    void occupy(const QRectF &r)
    {
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy)
                m_grid[key(cx, cy)].push_back(r);
    }

private:
    static constexpr double kCell = 64;
    static int cell(double v) { return int(std::floor(v / kCell)); }
    static qint64 key(int cx, int cy) { return (qint64(cx) << 32) ^ quint32(cy); }
    QHash<qint64, std::vector<QRectF>> m_grid;
};

class LabelRenderer : public PainterLayerRenderer {
public:
    LabelRenderer(std::shared_ptr<const ParcelStore> parcels, const LayerStyle &style)
        : m_parcels(std::move(parcels)), m_style(style)
    {
    }

protected:
    void paint(const LayerRenderContext &ctx, QPainter &p) override;

private:
    /// The label text of parcel i and where it goes (map units).
    QString labelOf(int i, QPointF *anchor) const;

    std::shared_ptr<const ParcelStore> m_parcels;
    LayerStyle m_style;
};

QString LabelRenderer::labelOf(int i, QPointF *anchor) const
{
    const ParcelStore &s = *m_parcels;
    QReadLocker lock(&s.lock());
    *anchor = s.interiorPoint(i);
    return m_style.labelField == LabelField::Code         ? s.code(i)
           : m_style.labelField == LabelField::Enterprise ? s.enterprise(i)
                                                          : s.districtNames().value(s.districtIndex(i));
}

void LabelRenderer::paint(const LayerRenderContext &ctx, QPainter &p)
{
    if (!m_parcels)
        return;
    const ParcelStore &s = *m_parcels;
    const MapSettings &set = ctx.settings;
    const LayerStyle &st = m_style;
    const QFont font = mapLabelFont(set.pixelsFromPt(st.labelSizePt));
    const QFontMetricsF fm(font);
    const double haloPx = set.pixelsFromMm(st.haloWidthMm);
    const double u = set.mapUnitsPerPixel();
    const std::vector<Candidate> cands = labelCandidates(s, set, fm.height() * 1.2);

    const QRectF bounds(QPointF(0, 0), QSizeF(set.outputSize()));
    LabelGrid grid;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    int placed = 0;
    for (const Candidate &c : cands) {
        if ((placed & 0x3F) == 0 && ctx.isCancelled())
            return;
        QPointF anchor;
        const QString text = labelOf(c.i, &anchor);
        if (text.isEmpty())
            continue;
        const QPointF px = set.toPixel(anchor);
        const double w = fm.horizontalAdvance(text);
        {
            // A label much wider than its parcel would be read as the neighbour's.
            const float *b = s.boxes() + 4 * size_t(c.i);
            if ((b[2] - b[0]) / u < 0.7 * w)
                continue;
        }
        const QRectF box(px.x() - w / 2 - haloPx, px.y() - fm.height() / 2 - haloPx, w + 2 * haloPx,
                         fm.height() + 2 * haloPx);
        if (!bounds.contains(box) || grid.collides(box))
            continue;
        grid.occupy(box);
        drawHaloText(p, QPointF(px.x() - w / 2, px.y() - fm.height() / 2 + fm.ascent()), text, font,
                     st.textColor, st.haloColor, haloPx);
        ++placed;
    }
}

} // namespace

bool LabelLayer::hasData(const SceneData &data) const
{
    return bool(data.parcels);
}

std::shared_ptr<LayerRenderer> LabelLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<LabelRenderer>(data.parcels, style);
}

namespace {
LayerStyle labelDefaults()
{
    LayerStyle s;
    s.maxScale = 20000; // parcel labels only make sense once parcels are big enough to carry them
    return s;
}
} // namespace

LabelLayer::LabelLayer() : MapLayer(LayerKind::Labels, labelDefaults()) {}

std::optional<GisStyle> LabelLayer::gisStyle(const SceneData &, const QString &language) const
{
    GisStyle g = gisStyleBase(QStringLiteral("parcels"), language);
    g.renderer = GisStyle::Renderer::LabelsOnly;
    g.labelField = style.labelField == LabelField::Code         ? QStringLiteral("code")
                   : style.labelField == LabelField::Enterprise ? QStringLiteral("enterprise")
                                                                : QStringLiteral("district");
    g.labelSizePt = style.labelSizePt;
    g.labelColor = style.textColor;
    g.haloColor = style.haloColor;
    g.haloWidthMm = style.haloWidthMm;
    return g;
}

QString LabelLayer::displayName() const
{
    return QCoreApplication::translate("LabelLayer", "Labels");
}

} // namespace zhili
