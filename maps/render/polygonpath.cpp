#include "render/polygonpath.h"

#include "render/parcelstore.h"

#include <cmath>

namespace zhili {

namespace {

/// Appends the closed ring of points [begin, end) (`pointAt(k)` in device pixels) to `path`.
template <typename PointAt>
void appendRing(QPainterPath &path, quint32 begin, quint32 end, const PointAt &pointAt, double minStepPx)
{
    QPointF last = pointAt(begin);
    path.moveTo(last);
    for (quint32 k = begin + 1; k < end; ++k) {
        const QPointF pt = pointAt(k);
        if (k + 1 < end && std::abs(pt.x() - last.x()) < minStepPx && std::abs(pt.y() - last.y()) < minStepPx)
            continue;
        path.lineTo(pt);
        last = pt;
    }
    path.closeSubpath();
}

} // namespace

QPainterPath polygonPath(const PolygonGeometry &g, const QTransform &t, double minStepPx)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const auto pointAt = [&](quint32 k) { return t.map(QPointF(g.coords[2 * k], g.coords[2 * k + 1])); };
    for (int r = 0; r < g.ringCount(); ++r) {
        const quint32 begin = g.ringOffsets[r], end = g.ringOffsets[r + 1];
        if (end > begin)
            appendRing(path, begin, end, pointAt, minStepPx);
    }
    return path;
}

QPainterPath parcelPath(const ParcelStore &s, int i, const QTransform &t, double minStepPx)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const float *c = s.coords();
    const double ox = s.originX(), oy = s.originY();
    const auto pointAt = [&](quint32 p) { return t.map(QPointF(c[2 * p] + ox, c[2 * p + 1] + oy)); };
    for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r)
        appendRing(path, s.pointBegin(r), s.pointEnd(r), pointAt, minStepPx);
    return path;
}

} // namespace zhili
