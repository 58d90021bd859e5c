#include "geometry/areacentroid.h"

#include "geometry/polygongeometry.h"

#include <cmath>

namespace zhili {

bool areaCentroid(const PolygonGeometry &g, double *x, double *y)
{
    if (g.isEmpty())
        return false;
    // Relative to the first point: projected coordinates are ~10^6 m, and their products would lose the
    // centimetres otherwise.
    const double ox = g.coords[0], oy = g.coords[1];
    double area = 0, mx = 0, my = 0;
    for (int p = 0; p < g.polygonCount(); ++p) {
        for (quint32 r = g.polygonOffsets[p]; r < g.polygonOffsets[p + 1]; ++r) {
            const double *c = g.coords.data() + 2 * g.ringOffsets[r];
            const int n = int(g.ringOffsets[r + 1] - g.ringOffsets[r]);
            double a2 = 0, cx = 0, cy = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                const double xj = c[2 * j] - ox, yj = c[2 * j + 1] - oy;
                const double xi = c[2 * i] - ox, yi = c[2 * i + 1] - oy;
                const double f = xj * yi - xi * yj;
                a2 += f;
                cx += (xj + xi) * f;
                cy += (yj + yi) * f;
            }
            if (a2 == 0)
                continue;
            // Exterior rings count positive and holes negative, whatever their orientation.
            const double sign = ((r == g.polygonOffsets[p]) == (a2 > 0)) ? 1 : -1;
            area += sign * a2 / 2;
            mx += sign * cx / 6;
            my += sign * cy / 6;
        }
    }
    if (area == 0 || !std::isfinite(area))
        return false;
    *x = ox + mx / area;
    *y = oy + my / area;
    return true;
}

} // namespace zhili
