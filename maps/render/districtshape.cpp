#include "render/districtshape.h"

#include "cache/districtboundaryquery.h"
#include "cache/geopackagecache.h"
#include "geometry/convexhull.h"
#include "geometry/gpkgblob.h"
#include "render/parcelstore.h"
#include "util/error.h"

#include <algorithm>
#include <vector>

namespace zhili {

namespace {

void appendDerived(QList<DistrictShape> &out, const ParcelStore &s, const QSet<QString> &imported)
{
    std::vector<std::vector<HullPoint>> pts(s.districtNames().size());
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
        convexHull(pts[d]);
        shape.geometry = hullPolygon(pts[d]);
        if (shape.geometry.isEmpty())
            continue;
        double x = 0, y = 0;
        shape.geometry.interiorPoint(&x, &y);
        shape.labelPoint = QPointF(x, y);
        shape.area = shape.geometry.area();
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
            d.area = d.geometry.area();
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
