#include "render/districtlabels.h"

#include <QFontMetricsF>
#include <algorithm>

namespace zhili {

QList<DistrictLabels::Placed> DistrictLabels::place(const QList<DistrictShape> &districts,
                                                    const MapSettings &settings, const QFont &font,
                                                    double halo)
{
    const Envelope view = settings.visibleExtent();
    std::vector<const DistrictShape *> order;
    for (const DistrictShape &d : districts)
        if (view.contains(d.labelPoint.x(), d.labelPoint.y()))
            order.push_back(&d);
    // Stable: districts of equal area keep the cache's order, so the same map always shows the same names.
    std::stable_sort(order.begin(), order.end(),
                     [](const DistrictShape *a, const DistrictShape *b) { return a->area > b->area; });
    const QFontMetricsF fm(font);
    QList<Placed> placed;
    for (const DistrictShape *d : order) {
        const QPointF px = settings.toPixel(d->labelPoint);
        const double w = fm.horizontalAdvance(d->name);
        const QRectF box(px.x() - w / 2 - halo, px.y() - fm.height() / 2 - halo, w + 2 * halo,
                         fm.height() + 2 * halo);
        if (std::none_of(placed.cbegin(), placed.cend(),
                         [&box](const Placed &o) { return o.box.intersects(box); }))
            placed.append({d, box});
    }
    return placed;
}

} // namespace zhili
