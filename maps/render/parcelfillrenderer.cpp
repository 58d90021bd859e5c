#include "render/parcelfillrenderer.h"

#include "layers/classification.h"
#include "render/parcelstore.h"
#include "render/pixelspan.h"
#include "render/polygonpath.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QReadLocker>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace zhili {

namespace {

// Parcels drawn with antialiased QPainter outlines when at most this many are in view; beyond, outlines are
// 1-pixel lines written straight into the scanlines by the band workers.
constexpr int kPainterOutlineLimit = 30000;
// Rows per band: bands are rendered in parallel and never write outside their rows.
constexpr int kBandRows = 64;

QThreadPool &bandPool()
{
    // A pool of its own: render jobs run in the global pool and must not wait on themselves.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

/// Device-pixel transform of local store coordinates: px = x·k + ax, py = −y·k + ay.
struct Xform {
    double k = 1, ax = 0, ay = 0;
};

Xform deviceXform(const ParcelStore &store, const MapSettings &s)
{
    const double u = s.mapUnitsPerPixel();
    const double dpr = s.devicePixelRatio();
    const Envelope &e = s.extent();
    Xform x;
    x.k = dpr / u;
    x.ax = ((store.originX() - e.centerX()) / u + s.outputSize().width() / 2.0) * dpr;
    x.ay = ((e.centerY() - store.originY()) / u + s.outputSize().height() / 2.0) * dpr;
    return x;
}

struct Canvas {
    quint32 *bits = nullptr;
    qsizetype stride = 0; // pixels per row
    QRect clip;           // device pixels, inclusive
    int minSymbol = 1;    // device pixels: the side of the square a parcel smaller than it is drawn as
};

/// The smallest parcel symbol, in device pixels: 0.8 mm, so that at city and district scale the industrial
/// land reads as dots rather than specks (on screen 3 px; on a 150 dpi sheet 5 px), at most 8 px.
int minSymbolDevicePx(const MapSettings &set)
{
    return std::clamp(int(std::lround(set.pixelsFromMm(0.8) * set.devicePixelRatio())), 1, 8);
}

struct Edge {
    double ya, yb, xa, slope;
};

/// Per-parcel fill colour (premultiplied) for a fill layer, or 0 to skip.

/// Scanline fill of parcel i at pixel centres (even-odd, so holes stay empty). Shared edges are computed
/// from identical endpoints in the same orientation, so neighbours neither gap nor overlap.
void fillParcel(const ParcelStore &s, int i, const Xform &xf, const Canvas &cv, quint32 color,
                std::vector<Edge> &edges, std::vector<double> &xs)
{
    const float *b = s.boxes() + 4 * size_t(i);
    const double x0 = b[0] * xf.k + xf.ax, x1 = b[2] * xf.k + xf.ax;
    const double y0 = -b[3] * xf.k + xf.ay, y1 = -b[1] * xf.k + xf.ay;
    if (x1 < cv.clip.left() || x0 > cv.clip.right() + 1 || y1 < cv.clip.top() || y0 > cv.clip.bottom() + 1)
        return;
    if (x1 - x0 < cv.minSymbol && y1 - y0 < cv.minSymbol) {
        // Smaller than the minimum symbol: a square of that size on its centre, no geometry walked.
        const int px0 = int(std::floor((x0 + x1 - cv.minSymbol) / 2 + 0.5));
        const int py0 = int(std::floor((y0 + y1 - cv.minSymbol) / 2 + 0.5));
        const int a = std::max(cv.clip.left(), px0), z = std::min(cv.clip.right(), px0 + cv.minSymbol - 1);
        for (int py = std::max(cv.clip.top(), py0); py <= std::min(cv.clip.bottom(), py0 + cv.minSymbol - 1);
             ++py)
            if (z >= a)
                fillSpan(cv.bits + py * cv.stride + a, z - a + 1, color);
        return;
    }
    const int rowBegin = std::max(cv.clip.top(), int(std::ceil(y0 - 0.5)));
    const int rowEnd = std::min(cv.clip.bottom(), int(std::floor(y1 - 0.5)));
    if (rowBegin > rowEnd)
        return;
    edges.clear();
    const float *c = s.coords();
    for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r) {
        const quint32 p0 = s.pointBegin(r), p1 = s.pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            double xa = c[2 * q] * xf.k + xf.ax, ya = -c[2 * q + 1] * xf.k + xf.ay;
            double xb = c[2 * p] * xf.k + xf.ax, yb = -c[2 * p + 1] * xf.k + xf.ay;
            if (ya == yb)
                continue;
            if (ya > yb || (ya == yb && xa > xb)) {
                std::swap(xa, xb);
                std::swap(ya, yb);
            }
            if (yb < rowBegin + 0.5 - 1 || ya > rowEnd + 0.5 + 1)
                continue;
            edges.push_back({ya, yb, xa, (xb - xa) / (yb - ya)});
        }
    }
    const int left = cv.clip.left(), right = cv.clip.right();
    for (int row = rowBegin; row <= rowEnd; ++row) {
        const double ys = row + 0.5;
        xs.clear();
        for (const Edge &e : edges)
            if (ys >= e.ya && ys < e.yb)
                xs.push_back(e.xa + (ys - e.ya) * e.slope);
        if (xs.size() < 2)
            continue;
        std::sort(xs.begin(), xs.end());
        quint32 *line = cv.bits + row * cv.stride;
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            const int a = std::max(left, int(std::ceil(xs[k] - 0.5)));
            const int z = std::min(right, int(std::ceil(xs[k + 1] - 0.5)) - 1);
            if (z >= a)
                fillSpan(line + a, z - a + 1, color);
        }
    }
}

/// 1-pixel outline blended into the canvas (clipped to it); used when too many parcels are in view for
/// QPainter.
void outlineParcel(const ParcelStore &s, int i, const Xform &xf, const Canvas &cv, quint32 color)
{
    const float *c = s.coords();
    const QRect &cl = cv.clip;
    for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r) {
        const quint32 p0 = s.pointBegin(r), p1 = s.pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double xa = c[2 * q] * xf.k + xf.ax, ya = -c[2 * q + 1] * xf.k + xf.ay;
            const double xb = c[2 * p] * xf.k + xf.ax, yb = -c[2 * p + 1] * xf.k + xf.ay;
            const double dx = xb - xa, dy = yb - ya;
            const int steps = std::max(1, int(std::ceil(std::max(std::abs(dx), std::abs(dy)))));
            // Start at step 1: the shared vertex is drawn once, by the previous edge.
            for (int t = 1; t <= steps; ++t) {
                const int x = int(std::floor(xa + dx * t / steps)), y = int(std::floor(ya + dy * t / steps));
                if (x >= cl.left() && x <= cl.right() && y >= cl.top() && y <= cl.bottom())
                    blend(cv.bits[y * cv.stride + x], color);
            }
        }
    }
}

/// Outline opacity by on-screen size: none below 3 px, full from 12 px, so a zoomed-out city shows its
/// colours rather than a grey mesh.
inline double outlineRamp(double sizePx)
{
    return std::clamp((sizePx - 3.0) / 9.0, 0.0, 1.0);
}

/// The parcels (store indices) whose box meets the device rectangle.
std::vector<int> parcelsInDeviceRect(const ParcelStore &s, const Xform &xf, const QRectF &r)
{
    std::vector<int> out;
    const float minX = float((r.left() - xf.ax) / xf.k), maxX = float((r.right() - xf.ax) / xf.k);
    const float minY = float(-(r.bottom() - xf.ay) / xf.k), maxY = float(-(r.top() - xf.ay) / xf.k);
    Envelope e;
    e.include(minX + s.originX(), minY + s.originY());
    e.include(maxX + s.originX(), maxY + s.originY());
    s.query(e, [&](int i) { out.push_back(i); });
    return out;
}

} // namespace

/// One renderClip(): the parcels in view of a clip, cut into bands of rows that are filled (and outlined)
/// in parallel.
class ParcelFillRenderer::ClipPass {
public:
    ClipPass(const ParcelFillRenderer &r, const LayerRenderContext &ctx, QImage &img, const QRect &clip,
             quint32 base, bool clearFirst)
        : r(r), ctx(ctx), set(ctx.settings), s(*r.m_parcels), xf(deviceXform(s, set)), colors(r.m_colors),
          img(img), clip(clip), base(base), clearFirst(clearFirst),
          outlinePx(set.pixelsFromMm(r.m_outlineWidthMm) * set.devicePixelRatio()),
          outlines(r.m_outlineWidthMm > 0 && qAlpha(colors.outline) > 0), minSymbol(minSymbolDevicePx(set)),
          visible(
              parcelsInDeviceRect(s, xf, QRectF(clip).adjusted(-margin(), -margin(), margin(), margin()))),
          painterOutlines(outlines && (int(visible.size()) <= kPainterOutlineLimit || outlinePx > 1.5)),
          bits(reinterpret_cast<quint32 *>(img.bits())), stride(img.bytesPerLine() / 4), k(xf.k)
    {
        for (int y = clip.top(); y <= clip.bottom(); y += kBandRows)
            bands.push_back(
                {QRect(clip.left(), y, clip.width(), std::min(kBandRows, clip.bottom() - y + 1))});
        parallel = bands.size() > 1 && visible.size() >= 2000;
    }

    /// Returns false when cancelled.
    bool run(int progressBase, int progressSpan);

private:
    struct Band {
        QRect rect;
    };
    void renderBand(const Band &band);
    /// Scanline fills of the parcels that meet the band's rows (map units bandTop..bandBottom); false when
    /// cancelled.
    bool fillBand(const Canvas &cv, float bandTop, float bandBottom);
    /// The band's antialiased outlines, on a view of just its rows.
    void strokeBandOutlines(const Band &band, float bandTop, float bandBottom);
    /// 1-pixel outlines written into the band's scanlines (many parcels in view).
    void scanlineOutlines(const Canvas &cv, float bandTop, float bandBottom);
    template <typename Meets>
    bool paintOutlines(QPainter &p, const QRect &area, double dpr, const Meets &meets) const;

    const ParcelFillRenderer &r;
    const LayerRenderContext &ctx;
    const MapSettings &set;
    const ParcelStore &s;
    const Xform xf;
    const Colors &colors;
    QImage &img;
    const QRect clip;
    const quint32 base;
    const bool clearFirst;
    const double outlinePx; // device pixels
    const bool outlines;
    const int minSymbol; // device pixels
    /// How far beyond a clip or band (device pixels) a parcel may lie and still paint into it.
    int margin() const { return 2 + minSymbol / 2; }
    const std::vector<int> visible;
    const bool painterOutlines;
    quint32 *const bits;
    const qsizetype stride;
    const double k;
    std::vector<Band> bands;
    bool parallel = false;
    std::atomic<int> done{0};
    int progressBase = 0, progressSpan = 0;
};

/// Antialiased outlines (QPainter) of the parcels whose box passes `meets`, clipped to `area` (device
/// pixels) of a painter on the layer image or on a band of it; false when cancelled.
template <typename Meets>
bool ParcelFillRenderer::ClipPass::paintOutlines(QPainter &p, const QRect &area, double dpr,
                                                 const Meets &meets) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(QRectF(area.x() / dpr, area.y() / dpr, area.width() / dpr, area.height() / dpr));
    const QTransform t = set.mapToPixel();
    const double lw = set.pixelsFromMm(r.m_outlineWidthMm);
    int counter = 0;
    for (int i : visible) {
        if ((++counter & 0x3FF) == 0 && ctx.isCancelled())
            return false;
        const float *b = s.boxes() + 4 * size_t(i);
        if (!meets(b))
            continue;
        const double ramp = outlineRamp(std::max(b[2] - b[0], b[3] - b[1]) * k);
        if (ramp <= 0)
            continue;
        QColor oc = r.m_outlineColor;
        oc.setAlphaF(float(oc.alphaF() * ramp));
        p.setPen(QPen(oc, lw, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.drawPath(parcelPath(s, i, t, 0.5));
    }
    return true;
}

void ParcelFillRenderer::ClipPass::renderBand(const Band &band)
{
    if (clearFirst)
        fillRect(bits, stride, band.rect, base);
    if (ctx.isCancelled())
        return;
    const Canvas cv{bits, stride, band.rect, minSymbol};
    const float bandTop = float(-(band.rect.bottom() + 1 - xf.ay) / k);
    const float bandBottom = float(-(band.rect.top() - xf.ay) / k);
    if (!fillBand(cv, bandTop, bandBottom))
        return;
    if (painterOutlines && parallel)
        strokeBandOutlines(band, bandTop, bandBottom);
    if (outlines && !painterOutlines)
        scanlineOutlines(cv, bandTop, bandBottom);
    const int d = ++done;
    ctx.progress(progressBase + progressSpan * d / int(bands.size()));
}

bool ParcelFillRenderer::ClipPass::fillBand(const Canvas &cv, float bandTop, float bandBottom)
{
    std::vector<Edge> edges;
    std::vector<double> xs;
    int counter = 0;
    for (int i : visible) {
        const float *b = s.boxes() + 4 * size_t(i);
        if (b[3] < bandTop - margin() / k || b[1] > bandBottom + margin() / k)
            continue;
        if ((++counter & 0xFFF) == 0 && ctx.isCancelled())
            return false;
        const quint32 col = colors.colorOf(s, i);
        if (col)
            fillParcel(s, i, xf, cv, col, edges, xs);
    }
    return true;
}

void ParcelFillRenderer::ClipPass::strokeBandOutlines(const Band &band, float bandTop, float bandBottom)
{
    // Each band strokes the outlines that cross its rows, on a view of just those rows: the bands share no
    // pixels, so they paint in parallel.
    const double dpr = img.devicePixelRatio();
    QImage rows(reinterpret_cast<uchar *>(bits + band.rect.top() * stride), img.width(), band.rect.height(),
                img.bytesPerLine(), QImage::Format_ARGB32_Premultiplied);
    rows.setDevicePixelRatio(dpr);
    QPainter p(&rows);
    p.translate(0, -band.rect.top() / dpr);
    const float margin = float((outlinePx + 2) / k);
    paintOutlines(p, band.rect, dpr,
                  [&](const float *b) { return b[3] >= bandTop - margin && b[1] <= bandBottom + margin; });
}

void ParcelFillRenderer::ClipPass::scanlineOutlines(const Canvas &cv, float bandTop, float bandBottom)
{
    for (int i : visible) {
        const float *b = s.boxes() + 4 * size_t(i);
        if (b[3] < bandTop - 2 / k || b[1] > bandBottom + 2 / k)
            continue;
        const double size = std::max(b[2] - b[0], b[3] - b[1]) * k;
        const double ramp = outlineRamp(size);
        if (ramp <= 0)
            continue;
        QColor oc = r.m_outlineColor;
        oc.setAlphaF(float(oc.alphaF() * ramp));
        outlineParcel(s, i, xf, cv, qPremultiply(oc.rgba()));
    }
}

bool ParcelFillRenderer::ClipPass::run(int progressBase, int progressSpan)
{
    this->progressBase = progressBase;
    this->progressSpan = progressSpan;
    QReadLocker lock(&s.lock());
    // Few parcels are not worth the hand-off to other threads (on a busy machine each one waits).
    if (!parallel)
        for (const Band &b : bands)
            renderBand(b);
    else
        QtConcurrent::blockingMap(&bandPool(), bands, [this](const Band &b) { renderBand(b); });
    if (ctx.isCancelled())
        return false;
    if (painterOutlines && !parallel) {
        QPainter p(&img);
        if (!paintOutlines(p, clip, img.devicePixelRatio(), [](const float *) { return true; }))
            return false;
    }
    return !ctx.isCancelled();
}

/// Fills (and outlines) the parcels into `img` within `clip` (device pixels). Returns false when cancelled.
/// With `clearFirst`, each band worker first sets its own rows to `base` (in parallel, and while they are in
/// cache) instead of a separate full-frame pass.
bool ParcelFillRenderer::renderClip(const LayerRenderContext &ctx, QImage &img, const QRect &clip,
                                    quint32 base, int progressBase, int progressSpan, bool clearFirst) const
{
    ClipPass pass(*this, ctx, img, clip, base, clearFirst);
    return pass.run(progressBase, progressSpan);
}

quint32 ParcelFillRenderer::Colors::colorOf(const ParcelStore &s, int i) const
{
    if (value == Value::Ecosystem) {
        const quint8 e = s.ecosystemIndex(i);
        return e < table.size() ? table[e] : table[0];
    }
    const double v = value == Value::LandMu      ? s.landMu(i)
                     : value == Value::EnergyTce ? s.energyTce(i)
                                                 : s.financeWan(i);
    if (!(v > 0))
        return table[0];
    const int c = Classification::classOf(breaks, v);
    return c < 0 ? table[0] : table[1 + c];
}

ParcelFillRenderer::ParcelFillRenderer(std::shared_ptr<const ParcelStore> parcels, Value value,
                                       const QList<QColor> &colors, std::vector<double> breaks,
                                       const LayerStyle &style)
    : m_parcels(std::move(parcels)), m_outlineColor(style.outlineColor),
      m_outlineWidthMm(style.outlineWidthMm)
{
    m_colors.value = value;
    if (value == Value::Ecosystem) {
        for (const QColor &c : colors)
            m_colors.table.push_back(premul(c));
        if (m_colors.table.empty())
            m_colors.table.push_back(premul(style.noDataColor));
    } else {
        m_colors.table.push_back(premul(style.noDataColor));
        for (const QColor &c : colors)
            m_colors.table.push_back(premul(c));
        m_colors.breaks = std::move(breaks);
    }
    m_colors.outline = premul(style.outlineColor);
    m_opaque = style.noDataColor.alpha() == 255 &&
               std::all_of(colors.cbegin(), colors.cend(), [](const QColor &c) { return c.alpha() == 255; });
}

double ParcelFillRenderer::dirtyPaddingPx(const MapSettings &settings) const
{
    return 3 + minSymbolDevicePx(settings) / 2 +
           settings.pixelsFromMm(m_outlineWidthMm) * settings.devicePixelRatio();
}

bool ParcelFillRenderer::renderRaster(const LayerRenderContext &ctx, QImage &image,
                                      const std::vector<QRect> &clips, quint32 base, bool clearFirst,
                                      int progressBase, int progressSpan)
{
    if (!m_parcels)
        return !ctx.isCancelled();
    for (const QRect &clip : clips)
        if (!renderClip(ctx, image, clip, base, progressBase, progressSpan, clearFirst))
            return false;
    return !ctx.isCancelled();
}

void ParcelFillRenderer::renderVector(const LayerRenderContext &ctx, QPainter &painter)
{
    if (!m_parcels)
        return;
    const MapSettings &set = ctx.settings;
    const QTransform t = set.mapToPixel();
    const Envelope view = set.visibleExtent();
    const ParcelStore &s = *m_parcels;
    QReadLocker lock(&s.lock());
    const std::vector<int> visible = s.query(view);
    const Colors &colors = m_colors;
    const double u = set.mapUnitsPerPixel();
    // One path per colour keeps PDF/SVG files small; parcels below the minimum symbol become squares of it.
    const double minSymbol = minSymbolDevicePx(set) / set.devicePixelRatio();
    QHash<quint32, QPainterPath> byColor, dots;
    for (int i : visible) {
        const quint32 c = colors.colorOf(s, i);
        if (!c)
            continue;
        const float *b = s.boxes() + 4 * size_t(i);
        if ((b[2] - b[0]) / u < minSymbol && (b[3] - b[1]) / u < minSymbol) {
            // Small parcels: a square each, in a winding-rule path so overlaps do not cancel.
            const QPointF pc =
                t.map(QPointF((b[0] + b[2]) / 2 + s.originX(), (b[1] + b[3]) / 2 + s.originY()));
            dots[c].addRect(QRectF(pc.x() - minSymbol / 2, pc.y() - minSymbol / 2, minSymbol, minSymbol));
        } else {
            byColor[c].addPath(parcelPath(s, i, t, 0.25));
        }
    }
    painter.setPen(Qt::NoPen);
    for (auto *paths : {&byColor, &dots})
        for (auto it = paths->begin(); it != paths->end(); ++it) {
            it->setFillRule(paths == &byColor ? Qt::OddEvenFill : Qt::WindingFill);
            painter.setBrush(QColor::fromRgba(qUnpremultiply(it.key())));
            painter.drawPath(*it);
        }
    if (m_outlineWidthMm > 0 && int(visible.size()) <= kPainterOutlineLimit) {
        painter.setBrush(Qt::NoBrush);
        for (int i : visible) {
            const float *b = s.boxes() + 4 * size_t(i);
            const double ramp = outlineRamp(std::max(b[2] - b[0], b[3] - b[1]) / u);
            if (ramp <= 0)
                continue;
            QColor oc = m_outlineColor;
            oc.setAlphaF(float(oc.alphaF() * ramp));
            painter.setPen(QPen(oc, set.pixelsFromMm(m_outlineWidthMm)));
            painter.drawPath(parcelPath(s, i, t, 0.25));
        }
    }
}

} // namespace zhili
