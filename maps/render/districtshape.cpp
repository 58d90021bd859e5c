#include "render/districtshape.h"

#include "cache/districtboundaryquery.h"
#include "cache/geopackagecache.h"
#include "geometry/gpkgblob.h"
#include "render/parcelstore.h"
#include "util/error.h"

#include <algorithm>
#include <vector>

namespace zhili {

namespace {

// Convex hull (monotone chain) of points, as one closed ring.
PolygonGeometry convexHull(std::vector<QPointF> pts)
{
    PolygonGeometry g;
    std::sort(pts.begin(), pts.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return g;
    auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> h(2 * pts.size());
    size_t k = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0)
            --k;
        h[k++] = pts[i - 1];
    }
    h.resize(k); // last == first
    for (const QPointF &p : h) {
        g.coords.push_back(p.x());
        g.coords.push_back(p.y());
    }
    g.ringOffsets.push_back(quint32(h.size()));
    g.polygonOffsets.push_back(1);
    return g;
}

void appendDerived(QList<DistrictShape> &out, const ParcelStore &s, const QSet<QString> &imported)
{
    std::vector<std::vector<QPointF>> pts(s.districtNames().size());
    std::vector<bool> wanted(pts.size());
    bool any = false;
    for (size_t d = 0; d < pts.size(); ++d) {
        wanted[d] = !imported.contains(s.districtNames()[int(d)]);
        any = any || wanted[d];
    }
    if (!any)
        return;
    for (int i = 0; i < s.size(); ++i) {
        if (!wanted[s.districtIndex(i)])
            continue;
        const Envelope e = s.envelope(i);
        auto &v = pts[s.districtIndex(i)];
        v.push_back({e.minX, e.minY});
        v.push_back({e.maxX, e.minY});
        v.push_back({e.maxX, e.maxY});
        v.push_back({e.minX, e.maxY});
    }
    for (int d = 0; d < int(pts.size()); ++d) {
        if (!wanted[d])
            continue;
        DistrictShape shape;
        shape.name = s.districtNames()[d];
        shape.derived = true;
        shape.geometry = convexHull(std::move(pts[d]));
        if (shape.geometry.isEmpty())
            continue;
        double x = 0, y = 0;
        shape.geometry.interiorPoint(&x, &y);
        shape.labelPoint = QPointF(x, y);
        out.append(shape);
    }
}

} // namespace

QList<DistrictShape> DistrictShape::load(GeoPackageCache &cache, const ParcelStore &parcels)
{
    QList<DistrictShape> out;
    QSet<QString> withGeometry;
    for (const DistrictBoundaryQuery::Boundary &b : DistrictBoundaryQuery::all(cache.db())) {
        try {
            const GpkgBlob blob = GpkgBlob::parse(
                reinterpret_cast<const unsigned char *>(b.geometry.constData()), int(b.geometry.size()));
            if (blob.empty)
                continue;
            DistrictShape d;
            d.name = b.name;
            d.geometry = PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize);
            double x = 0, y = 0;
            d.geometry.interiorPoint(&x, &y);
            d.labelPoint = QPointF(x, y);
            withGeometry.insert(d.name);
            out.append(d);
        } catch (const Error &) {
            // A broken district boundary falls back to the derived one below.
        }
    }
    appendDerived(out, parcels, withGeometry);
    return out;
}

} // namespace zhili
