#include "render/parcelpath.h"

#include "render/parcelstore.h"

#include <cmath>

namespace zhili {

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

} // namespace zhili
