#include "render/rendersnapshot.h"

#include "io/rasterreader.h"
#include "layers/classification.h"
#include "render/parcelstore.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QReadLocker>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

// Frame-sized buffers are recycled: allocating 8 MB per layer per frame costs more in page faults (fresh
// pages from the kernel) than drawing a zoomed-in view.
struct BufferPool {
    QMutex mutex;
    std::vector<std::pair<size_t, void *>> free;
};

BufferPool &bufferPool()
{
    // Never destroyed, like the thread pool above: the buffers it keeps stay reachable until exit (a static
    // object's destructor dropped the list and LeakSanitizer reported every kept buffer), and an image
    // released during static destruction still finds its pool.
    static BufferPool *pool = new BufferPool;
    return *pool;
}

void releaseBuffer(void *info)
{
    auto *block = static_cast<std::pair<size_t, void *> *>(info);
    BufferPool &pool = bufferPool();
    {
        QMutexLocker lock(&pool.mutex);
        constexpr size_t kKept = 8;
        if (pool.free.size() < kKept) {
            pool.free.push_back(*block);
            delete block;
            return;
        }
    }
    std::free(block->second);
    delete block;
}

/// A premultiplied ARGB image of `size` whose memory comes from (and returns to) the pool; contents
/// undefined.
QImage pooledImage(QSize size)
{
    const size_t bytes = size_t(size.width()) * size.height() * 4;
    void *data = nullptr;
    {
        BufferPool &pool = bufferPool();
        QMutexLocker lock(&pool.mutex);
        for (auto it = pool.free.begin(); it != pool.free.end(); ++it)
            if (it->first == bytes) {
                data = it->second;
                pool.free.erase(it);
                break;
            }
    }
    if (!data)
        data = std::aligned_alloc(64, (bytes + 63) / 64 * 64);
    if (!data)
        return QImage(size, QImage::Format_ARGB32_Premultiplied);
    auto *block = new std::pair<size_t, void *>(bytes, data);
    return QImage(static_cast<uchar *>(data), size.width(), size.height(), size.width() * 4,
                  QImage::Format_ARGB32_Premultiplied, releaseBuffer, block);
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

inline quint32 premul(const QColor &c, double opacity = 1.0)
{
    QColor d = c;
    d.setAlphaF(float(c.alphaF() * opacity));
    return qPremultiply(d.rgba());
}

inline void blend(quint32 &dst, quint32 src)
{
    const quint32 a = qAlpha(src);
    if (a == 255) {
        dst = src;
        return;
    }
    const quint32 ia = 255 - a;
    // Premultiplied "source over" per channel pair.
    quint32 rb = (dst & 0x00ff00ff) * ia;
    quint32 ag = ((dst >> 8) & 0x00ff00ff) * ia;
    rb = ((rb + ((rb >> 8) & 0x00ff00ff) + 0x00800080) >> 8) & 0x00ff00ff;
    ag = ((ag + ((ag >> 8) & 0x00ff00ff) + 0x00800080)) & 0xff00ff00;
    dst = src + (rb | ag);
}

/// Sets n pixels to v (16 bytes per store: a plain loop is not vectorised at -O2 and filling dominates big
/// zoomed-in parcels).
inline void fillSpan(quint32 *p, qsizetype n, quint32 v)
{
#ifdef __SSE2__
    const __m128i v4 = _mm_set1_epi32(int(v));
    for (; n >= 4; n -= 4, p += 4)
        _mm_storeu_si128(reinterpret_cast<__m128i *>(p), v4);
#endif
    for (; n > 0; --n)
        *p++ = v;
}

/// Sets the rectangle r of a 32-bit image to v: one filled row, then memcpy (glibc's is wide).
void fillRect(quint32 *bits, qsizetype stride, const QRect &r, quint32 v)
{
    if (r.isEmpty())
        return;
    quint32 *first = bits + r.top() * stride + r.left();
    if (v == 0) {
        for (int y = r.top(); y <= r.bottom(); ++y)
            std::memset(bits + y * stride + r.left(), 0, size_t(r.width()) * 4);
        return;
    }
    fillSpan(first, r.width(), v);
    for (int y = r.top() + 1; y <= r.bottom(); ++y)
        std::memcpy(bits + y * stride + r.left(), first, size_t(r.width()) * 4);
}

struct Canvas {
    quint32 *bits = nullptr;
    qsizetype stride = 0; // pixels per row
    QRect clip;           // device pixels, inclusive
};

struct Edge {
    double ya, yb, xa, slope;
};

/// Per-parcel fill colour (premultiplied) for a fill layer, or 0 to skip.
struct FillColors {
    LayerKind kind = LayerKind::Parcels;
    std::vector<quint32> table; // parcels: by ecosystem index; themes: [0] no data, [1+c] class c
    std::vector<double> breaks;
    quint32 outline = 0;

    quint32 colorOf(const ParcelStore &s, int i) const
    {
        if (kind == LayerKind::Parcels) {
            const quint8 e = s.ecosystemIndex(i);
            return e < table.size() ? table[e] : table[0];
        }
        const double v = kind == LayerKind::LandTheme     ? s.landMu(i)
                         : kind == LayerKind::EnergyTheme ? s.energyTce(i)
                                                          : s.financeWan(i);
        if (!(v > 0))
            return table[0];
        const int c = Classification::classOf(breaks, v);
        return c < 0 ? table[0] : table[1 + c];
    }
};

FillColors fillColors(const LayerSnapshot &ls)
{
    FillColors f;
    f.kind = ls.layer.kind;
    const LayerStyle &st = ls.layer.style;
    if (f.kind == LayerKind::Parcels) {
        for (const QColor &c : ls.colors)
            f.table.push_back(premul(c));
        if (f.table.empty())
            f.table.push_back(premul(st.noDataColor));
    } else {
        f.table.push_back(premul(st.noDataColor));
        for (const QColor &c : ls.colors)
            f.table.push_back(premul(c));
        f.breaks = ls.breaks;
    }
    f.outline = premul(st.outlineColor);
    return f;
}

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
    if (x1 - x0 < 1.5 && y1 - y0 < 1.5) {
        // Smaller than a pixel or two: one pixel, no geometry walked.
        const int px = int(std::floor((x0 + x1) / 2)), py = int(std::floor((y0 + y1) / 2));
        if (cv.clip.contains(px, py))
            cv.bits[py * cv.stride + px] = color;
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

QPainterPath parcelPath(const ParcelStore &s, int i, const QTransform &t, double minStepPx)
{
    // Screen-space generalisation: drop vertices closer than minStepPx to the last kept one.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const float *c = s.coords();
    const double ox = s.originX(), oy = s.originY();
    for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r) {
        const quint32 p0 = s.pointBegin(r), p1 = s.pointEnd(r);
        QPointF last = t.map(QPointF(c[2 * p0] + ox, c[2 * p0 + 1] + oy));
        path.moveTo(last);
        for (quint32 p = p0 + 1; p < p1; ++p) {
            const QPointF pt = t.map(QPointF(c[2 * p] + ox, c[2 * p + 1] + oy));
            if (p + 1 < p1 && std::abs(pt.x() - last.x()) < minStepPx &&
                std::abs(pt.y() - last.y()) < minStepPx)
                continue;
            path.lineTo(pt);
            last = pt;
        }
        path.closeSubpath();
    }
    return path;
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

/// Fills (and outlines) a fill layer into `img` within `clip` (device pixels). Returns false when cancelled.
/// With `clearFirst`, each band worker first sets its own rows to ls.base (in parallel, and while they are in
/// cache) instead of a separate full-frame pass.
bool renderFillLayer(RenderSnapshot &snap, const LayerSnapshot &ls, QImage &img, const QRect &clip,
                     int progressBase, int progressSpan, bool clearFirst)
{
    const ParcelStore &s = *snap.parcels;
    const MapSettings &set = snap.settings;
    const Xform xf = deviceXform(s, set);
    const FillColors colors = fillColors(ls);
    const double outlinePx = set.pixelsFromMm(ls.layer.style.outlineWidthMm) * set.devicePixelRatio();
    const bool outlines = ls.layer.style.outlineWidthMm > 0 && qAlpha(colors.outline) > 0;

    const std::vector<int> visible = parcelsInDeviceRect(s, xf, QRectF(clip).adjusted(-1, -1, 1, 1));
    const bool painterOutlines = outlines && (int(visible.size()) <= kPainterOutlineLimit || outlinePx > 1.5);

    struct Band {
        QRect rect;
    };
    std::vector<Band> bands;
    for (int y = clip.top(); y <= clip.bottom(); y += kBandRows)
        bands.push_back({QRect(clip.left(), y, clip.width(), std::min(kBandRows, clip.bottom() - y + 1))});
    std::atomic<int> done{0};
    quint32 *bits = reinterpret_cast<quint32 *>(img.bits());
    const qsizetype stride = img.bytesPerLine() / 4;
    const double k = xf.k;
    const double lw0 = outlinePx; // device pixels

    const bool parallel = bands.size() > 1 && visible.size() >= 2000;
    // Antialiased outlines (QPainter) of the parcels whose box passes `meets`, clipped to `area` (device
    // pixels) of a painter on the layer image or on a band of it; false when cancelled.
    auto paintOutlines = [&](QPainter &p, const QRect &area, double dpr, const auto &meets) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setClipRect(QRectF(area.x() / dpr, area.y() / dpr, area.width() / dpr, area.height() / dpr));
        const QTransform t = set.mapToPixel();
        const double lw = set.pixelsFromMm(ls.layer.style.outlineWidthMm);
        int counter = 0;
        for (int i : visible) {
            if ((++counter & 0x3FF) == 0 && snap.cancelled.load(std::memory_order_relaxed))
                return false;
            const float *b = s.boxes() + 4 * size_t(i);
            if (!meets(b))
                continue;
            const double ramp = outlineRamp(std::max(b[2] - b[0], b[3] - b[1]) * k);
            if (ramp <= 0)
                continue;
            QColor oc = ls.layer.style.outlineColor;
            oc.setAlphaF(float(oc.alphaF() * ramp));
            p.setPen(QPen(oc, lw, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
            p.drawPath(parcelPath(s, i, t, 0.5));
        }
        return true;
    };

    auto work = [&](const Band &band) {
        if (clearFirst)
            fillRect(bits, stride, band.rect, ls.base);
        if (snap.cancelled.load(std::memory_order_relaxed))
            return;
        Canvas cv{bits, stride, band.rect};
        std::vector<Edge> edges;
        std::vector<double> xs;
        const float bandTop = float(-(band.rect.bottom() + 1 - xf.ay) / k);
        const float bandBottom = float(-(band.rect.top() - xf.ay) / k);
        int counter = 0;
        for (int i : visible) {
            const float *b = s.boxes() + 4 * size_t(i);
            if (b[3] < bandTop - 2 / k || b[1] > bandBottom + 2 / k)
                continue;
            if ((++counter & 0xFFF) == 0 && snap.cancelled.load(std::memory_order_relaxed))
                return;
            const quint32 col = colors.colorOf(s, i);
            if (col)
                fillParcel(s, i, xf, cv, col, edges, xs);
        }
        if (painterOutlines && parallel) {
            // Each band strokes the outlines that cross its rows, on a view of just those rows: the
            // bands share no pixels, so they paint in parallel.
            const double dpr = img.devicePixelRatio();
            QImage rows(reinterpret_cast<uchar *>(bits + band.rect.top() * stride), img.width(),
                        band.rect.height(), img.bytesPerLine(), QImage::Format_ARGB32_Premultiplied);
            rows.setDevicePixelRatio(dpr);
            QPainter p(&rows);
            p.translate(0, -band.rect.top() / dpr);
            const float margin = float((lw0 + 2) / k);
            paintOutlines(p, band.rect, dpr, [&](const float *b) {
                return b[3] >= bandTop - margin && b[1] <= bandBottom + margin;
            });
        }
        if (outlines && !painterOutlines) {
            for (int i : visible) {
                const float *b = s.boxes() + 4 * size_t(i);
                if (b[3] < bandTop - 2 / k || b[1] > bandBottom + 2 / k)
                    continue;
                const double size = std::max(b[2] - b[0], b[3] - b[1]) * k;
                const double ramp = outlineRamp(size);
                if (ramp <= 0)
                    continue;
                QColor oc = ls.layer.style.outlineColor;
                oc.setAlphaF(float(oc.alphaF() * ramp));
                outlineParcel(s, i, xf, cv, qPremultiply(oc.rgba()));
            }
        }
        const int d = ++done;
        if (snap.progress)
            snap.progress(progressBase + progressSpan * d / int(bands.size()));
    };
    {
        QReadLocker lock(&s.lock());
        // Few parcels are not worth the hand-off to other threads (on a busy machine each one waits).
        if (!parallel)
            for (const Band &b : bands)
                work(b);
        else
            QtConcurrent::blockingMap(&bandPool(), bands, work);
        if (snap.cancelled)
            return false;
        if (painterOutlines && !parallel) {
            QPainter p(&img);
            if (!paintOutlines(p, clip, img.devicePixelRatio(), [](const float *) { return true; }))
                return false;
        }
    }
    return !snap.cancelled;
}

QFont labelFont(double pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("sans-serif")});
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
                  const QColor &fill, const QColor &halo, double haloPx)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    if (haloPx > 0) {
        p.setPen(QPen(halo, 2 * haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(path);
}

/// Greedy label placement: biggest parcels first, a label is dropped when its box meets one already placed.
void paintLabels(RenderSnapshot &snap, const LayerSnapshot &ls, QPainter &p)
{
    if (!snap.parcels)
        return;
    const ParcelStore &s = *snap.parcels;
    const MapSettings &set = snap.settings;
    const LayerStyle &st = ls.layer.style;
    const QFont font = labelFont(set.pixelsFromPt(st.labelSizePt));
    const QFontMetricsF fm(font);
    const double haloPx = set.pixelsFromMm(st.haloWidthMm);
    const double u = set.mapUnitsPerPixel();
    const double minSidePx = fm.height() * 1.2;

    struct Candidate {
        int i;
        float size;
    };
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

    const QRectF bounds(QPointF(0, 0), QSizeF(set.outputSize()));
    constexpr double kCell = 64;
    QHash<qint64, std::vector<QRectF>> grid;
    auto cellKey = [](int cx, int cy) { return (qint64(cx) << 32) ^ quint32(cy); };
    auto collides = [&](const QRectF &r) {
        for (int cx = int(std::floor(r.left() / kCell)); cx <= int(std::floor(r.right() / kCell)); ++cx)
            for (int cy = int(std::floor(r.top() / kCell)); cy <= int(std::floor(r.bottom() / kCell)); ++cy) {
                auto it = grid.constFind(cellKey(cx, cy));
                if (it != grid.constEnd())
                    for (const QRectF &o : *it)
                        if (o.intersects(r))
                            return true;
            }
        return false;
    };
    auto occupy = [&](const QRectF &r) {
        for (int cx = int(std::floor(r.left() / kCell)); cx <= int(std::floor(r.right() / kCell)); ++cx)
            for (int cy = int(std::floor(r.top() / kCell)); cy <= int(std::floor(r.bottom() / kCell)); ++cy)
                grid[cellKey(cx, cy)].push_back(r);
    };
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    int placed = 0;
    for (const Candidate &c : cands) {
        if ((placed & 0x3F) == 0 && snap.cancelled)
            return;
        QString text;
        QPointF anchor;
        {
            QReadLocker lock(&s.lock());
            text = st.labelField == LabelField::Code         ? s.code(c.i)
                   : st.labelField == LabelField::Enterprise ? s.enterprise(c.i)
                                                             : s.districtNames().value(s.districtIndex(c.i));
            anchor = s.interiorPoint(c.i);
        }
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
        if (!bounds.contains(box) || collides(box))
            continue;
        occupy(box);
        drawHaloText(p, QPointF(px.x() - w / 2, px.y() - fm.height() / 2 + fm.ascent()), text, font,
                     st.textColor, st.haloColor, haloPx);
        ++placed;
    }
}

void paintDistricts(RenderSnapshot &snap, const LayerSnapshot &ls, QPainter &p)
{
    const MapSettings &set = snap.settings;
    const LayerStyle &st = ls.layer.style;
    const QTransform t = set.mapToPixel();
    const Envelope view = set.visibleExtent();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(
        QPen(st.lineColor, set.pixelsFromMm(st.lineWidthMm), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    for (const DistrictShape &d : snap.districts) {
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
    const QFont font = labelFont(set.pixelsFromPt(st.nameSizePt), true);
    const QFontMetricsF fm(font);
    const double halo = set.pixelsFromMm(0.7);
    for (const DistrictShape &d : snap.districts) {
        if (!view.contains(d.labelPoint.x(), d.labelPoint.y()))
            continue;
        const QPointF px = set.toPixel(d.labelPoint);
        const double w = fm.horizontalAdvance(d.name);
        drawHaloText(p, QPointF(px.x() - w / 2, px.y() + fm.ascent() / 2 - fm.descent() / 2), d.name, font,
                     st.lineColor, Qt::white, halo);
    }
}

void paintSelection(RenderSnapshot &snap, const LayerSnapshot &ls, QPainter &p)
{
    if (!snap.parcels || snap.selection.empty())
        return;
    const ParcelStore &s = *snap.parcels;
    const MapSettings &set = snap.settings;
    const QTransform t = set.mapToPixel();
    const Envelope view = set.visibleExtent();
    QColor fill = ls.layer.style.selectionColor;
    fill.setAlpha(90);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ls.layer.style.selectionColor, set.pixelsFromMm(0.6), Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(fill);
    QReadLocker lock(&s.lock());
    for (int i : snap.selection) {
        if (snap.cancelled)
            return;
        if (!s.envelope(i).intersects(view))
            continue;
        p.drawPath(parcelPath(s, i, t, 0.5));
    }
}

void paintBasemap(RenderSnapshot &snap, const LayerSnapshot &, QPainter &p)
{
    if (!snap.basemap)
        return;
    const MapSettings &set = snap.settings;
    const QSize ds = set.deviceSize();
    const QByteArray rgba = snap.basemap->readRgba(set.visibleExtent(), ds.width(), ds.height());
    if (rgba.size() != qsizetype(ds.width()) * ds.height() * 4)
        return;
    QImage img(reinterpret_cast<const uchar *>(rgba.constData()), ds.width(), ds.height(), ds.width() * 4,
               QImage::Format_RGBA8888);
    p.drawImage(QRectF(QPointF(0, 0), QSizeF(set.outputSize())),
                img.convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

bool isFill(LayerKind k)
{
    return k == LayerKind::Parcels || isThemeLayer(k);
}

void paintWithPainter(RenderSnapshot &snap, const LayerSnapshot &ls, QPainter &p)
{
    switch (ls.layer.kind) {
    case LayerKind::Basemap:
        paintBasemap(snap, ls, p);
        break;
    case LayerKind::Districts:
        paintDistricts(snap, ls, p);
        break;
    case LayerKind::Labels:
        paintLabels(snap, ls, p);
        break;
    case LayerKind::Selection:
        paintSelection(snap, ls, p);
        break;
    default:
        break;
    }
}

void clearRect(QImage &img, const QRect &r, quint32 base)
{
    fillRect(reinterpret_cast<quint32 *>(img.bits()), img.bytesPerLine() / 4, r, base);
}

} // namespace

bool LayerRenderer::renderLayers(RenderSnapshot &snap)
{
    const MapSettings &set = snap.settings;
    const QSize ds = set.deviceSize();
    const QRect full(QPoint(0, 0), ds);
    int activeCount = 0;
    for (const auto &ls : snap.layers)
        activeCount += ls.active ? 1 : 0;
    int index = 0;
    for (auto &ls : snap.layers) {
        if (!ls.active) {
            ls.outcome = RenderJob::LayerOutcome::Skipped;
            continue;
        }
        if (snap.cancelled)
            return false;
        const int base = 100 * index / std::max(1, activeCount);
        const int span = 100 / std::max(1, activeCount);
        ++index;
        if (!ls.cached.isNull() && ls.dirty.empty()) {
            ls.result = ls.cached;
            ls.outcome = RenderJob::LayerOutcome::Reused;
            continue;
        }
        const bool partial = !ls.cached.isNull() && isFill(ls.layer.kind);
        QImage img;
        std::vector<QRect> clips;
        if (partial) {
            img = ls.cached.copy();
            for (const Envelope &e : ls.dirty) {
                const QPointF a = set.toPixel(e.minX, e.maxY), b = set.toPixel(e.maxX, e.minY);
                const double dpr = set.devicePixelRatio();
                const double pad = 3 + set.pixelsFromMm(ls.layer.style.outlineWidthMm) * dpr;
                QRect r =
                    QRectF(a * dpr, b * dpr).normalized().adjusted(-pad, -pad, pad, pad).toAlignedRect() &
                    full;
                if (!r.isEmpty())
                    clips.push_back(r);
            }
            for (const QRect &r : clips)
                clearRect(img, r, ls.base);
            ls.outcome = RenderJob::LayerOutcome::Partial;
        } else {
            img = pooledImage(ds);
            // Fill layers clear band by band while drawing.
            if (!isFill(ls.layer.kind) || !snap.parcels)
                img.fill(ls.base);
            clips.push_back(full);
            ls.outcome = RenderJob::LayerOutcome::Full;
        }
        img.setDevicePixelRatio(set.devicePixelRatio());
        if (isFill(ls.layer.kind)) {
            if (!snap.parcels)
                continue;
            for (const QRect &clip : clips)
                if (!renderFillLayer(snap, ls, img, clip, base, span, !partial))
                    return false;
        } else {
            QPainter p(&img);
            paintWithPainter(snap, ls, p);
            p.end();
            if (snap.progress)
                snap.progress(base + span);
        }
        if (snap.cancelled)
            return false;
        ls.result = img;
    }
    return !snap.cancelled;
}

QImage LayerRenderer::compose(const RenderSnapshot &snap)
{
    const MapSettings &set = snap.settings;
    std::vector<const LayerSnapshot *> drawn;
    for (const auto &ls : snap.layers)
        if (ls.active && !ls.result.isNull())
            drawn.push_back(&ls);
    // The lowest layer already lies on the background: it is the frame (no fill, no blend).
    const bool onBackground = !drawn.empty() && drawn.front()->base != 0 &&
                              drawn.front()->result.size() == set.deviceSize() &&
                              drawn.front()->result.format() == QImage::Format_ARGB32_Premultiplied;
    if (onBackground && drawn.size() == 1)
        return drawn.front()->result;
    QImage out = pooledImage(set.deviceSize());
    if (onBackground)
        std::memcpy(out.bits(), drawn.front()->result.constBits(), size_t(out.sizeInBytes()));
    else
        out.fill(set.background());
    out.setDevicePixelRatio(set.devicePixelRatio());
    QPainter p(&out);
    for (const LayerSnapshot *l : drawn) {
        const LayerSnapshot &ls = *l;
        if (onBackground && l == drawn.front())
            continue;
        p.setOpacity(std::clamp(ls.layer.style.opacity, 0.0, 1.0));
        p.drawImage(QPointF(0, 0), ls.result);
    }
    return out;
}

void LayerRenderer::renderVector(RenderSnapshot &snap, QPainter *painter)
{
    const MapSettings &set = snap.settings;
    const QTransform t = set.mapToPixel();
    const Envelope view = set.visibleExtent();
    painter->save();
    painter->setClipRect(QRectF(QPointF(0, 0), QSizeF(set.outputSize())));
    if (set.background().alpha() > 0)
        painter->fillRect(QRectF(QPointF(0, 0), QSizeF(set.outputSize())), set.background());
    for (auto &ls : snap.layers) {
        if (!ls.active || snap.cancelled)
            continue;
        painter->save();
        painter->setOpacity(ls.layer.style.opacity);
        if (isFill(ls.layer.kind) && snap.parcels) {
            const ParcelStore &s = *snap.parcels;
            QReadLocker lock(&s.lock());
            const std::vector<int> visible = s.query(view);
            const FillColors colors = fillColors(ls);
            const double u = set.mapUnitsPerPixel();
            // One path per colour keeps PDF/SVG files small; sub-pixel parcels become tiny squares.
            QHash<quint32, QPainterPath> byColor, dots;
            for (int i : visible) {
                const quint32 c = colors.colorOf(s, i);
                if (!c)
                    continue;
                const float *b = s.boxes() + 4 * size_t(i);
                if ((b[2] - b[0]) / u < 1 && (b[3] - b[1]) / u < 1) {
                    // Sub-pixel parcels: a 1-px square each, in a winding-rule path so overlaps do not
                    // cancel.
                    const QPointF pc =
                        t.map(QPointF((b[0] + b[2]) / 2 + s.originX(), (b[1] + b[3]) / 2 + s.originY()));
                    dots[c].addRect(QRectF(pc.x() - 0.5, pc.y() - 0.5, 1, 1));
                } else {
                    byColor[c].addPath(parcelPath(s, i, t, 0.25));
                }
            }
            painter->setPen(Qt::NoPen);
            for (auto *paths : {&byColor, &dots})
                for (auto it = paths->begin(); it != paths->end(); ++it) {
                    it->setFillRule(paths == &byColor ? Qt::OddEvenFill : Qt::WindingFill);
                    painter->setBrush(QColor::fromRgba(qUnpremultiply(it.key())));
                    painter->drawPath(*it);
                }
            if (ls.layer.style.outlineWidthMm > 0 && int(visible.size()) <= kPainterOutlineLimit) {
                painter->setBrush(Qt::NoBrush);
                for (int i : visible) {
                    const float *b = s.boxes() + 4 * size_t(i);
                    const double ramp = outlineRamp(std::max(b[2] - b[0], b[3] - b[1]) / u);
                    if (ramp <= 0)
                        continue;
                    QColor oc = ls.layer.style.outlineColor;
                    oc.setAlphaF(float(oc.alphaF() * ramp));
                    painter->setPen(QPen(oc, set.pixelsFromMm(ls.layer.style.outlineWidthMm)));
                    painter->drawPath(parcelPath(s, i, t, 0.25));
                }
            }
        } else {
            paintWithPainter(snap, ls, *painter);
        }
        painter->restore();
    }
    painter->restore();
}

} // namespace zhili
