#include "render/parcelpicker.h"

#include "render/parcelstore.h"

#include <QReadLocker>

namespace zhili {

qint64 ParcelPicker::parcelAt(const ParcelStore &s, double x, double y, double tol)
{
    Envelope q;
    q.include(x - tol, y - tol);
    q.include(x + tol, y + tol);
    QReadLocker lock(&s.lock());
    int inside = -1;
    double insideArea = 0;
    int nearest = -1;
    double nearestDist = tol;
    s.query(q, [&](int i) {
        if (s.contains(i, x, y)) {
            // Nested parcels: the smaller one is what the user points at.
            if (inside < 0 || s.areaM2(i) < insideArea) {
                inside = i;
                insideArea = s.areaM2(i);
            }
        } else if (tol > 0) {
            const double d = s.distanceToBoundary(i, x, y);
            if (d <= nearestDist) {
                nearestDist = d;
                nearest = i;
            }
        }
    });
    if (inside >= 0)
        return s.fid(inside);
    return nearest >= 0 ? s.fid(nearest) : -1;
}

QList<qint64> ParcelPicker::parcelsIn(const ParcelStore &s, const Envelope &rect)
{
    QList<qint64> out;
    if (rect.isNull())
        return out;
    QReadLocker lock(&s.lock());
    s.query(rect, [&](int i) {
        if (s.intersects(i, rect))
            out << s.fid(i);
    });
    return out;
}

} // namespace zhili
