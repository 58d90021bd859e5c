#include "layers/overlaypath.h"

namespace zhili {

QPainterPath overlayPath(const PolygonGeometry &g)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (int r = 0; r < g.ringCount(); ++r) {
        const quint32 begin = g.ringOffsets[r], end = g.ringOffsets[r + 1];
        if (end <= begin)
            continue;
        path.moveTo(g.coords[2 * begin], g.coords[2 * begin + 1]);
        for (quint32 i = begin + 1; i < end; ++i)
            path.lineTo(g.coords[2 * i], g.coords[2 * i + 1]);
        path.closeSubpath();
    }
    return path;
}

} // namespace zhili
