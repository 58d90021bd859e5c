#include "geometry/convexhull.h"

#include <algorithm>

namespace zhili {

void convexHull(std::vector<HullPoint> &points)
{
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return;
    std::vector<HullPoint> h(2 * points.size());
    auto cross = [](const HullPoint &o, const HullPoint &a, const HullPoint &b) {
        return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
    };
    size_t k = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], points[i]) <= 0)
            --k;
        h[k++] = points[i];
    }
    for (size_t i = points.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], points[i - 1]) <= 0)
            --k;
        h[k++] = points[i - 1];
    }
    h.resize(k - 1); // the chain ends where it began
    points.swap(h);
}

PolygonGeometry hullPolygon(const std::vector<HullPoint> &hull)
{
    PolygonGeometry g;
    if (hull.size() < 3)
        return g;
    g.coords.reserve(2 * (hull.size() + 1));
    for (const HullPoint &p : hull) {
        g.coords.push_back(p.first);
        g.coords.push_back(p.second);
    }
    g.coords.push_back(hull.front().first);
    g.coords.push_back(hull.front().second);
    g.ringOffsets.push_back(quint32(hull.size() + 1));
    g.polygonOffsets.push_back(1);
    return g;
}

} // namespace zhili
