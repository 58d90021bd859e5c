#include "render/parcelstoregeneraliser.h"

#include "render/parcelstore.h"

#include <QReadLocker>
#include <QWriteLocker>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {

/// Simplifies one ring at a time, reusing its scratch arrays. Points are snapped to a grid of half the
/// tolerance (shared vertices of neighbours snap alike, so shared edges stay shared where both keep them),
/// then Douglas–Peucker keeps the points farther than half the tolerance from the simplified line: no point
/// moves by more than tolerance · (√2/4 + 1/2) < tolerance.
class RingSimplifier {
public:
    explicit RingSimplifier(double tolerance) : m_grid(tolerance / 2) {}

    /// Appends the simplified ring of local points [p0, p1) of `coords` to `out`; returns how many points it
    /// appended: 0 when the ring collapses (fewer than 3 points or no area left).
    quint32 simplify(const float *coords, quint32 p0, quint32 p1, std::vector<float> &out)
    {
        snap(coords, p0, p1);
        const size_t n = m_x.size();
        if (n < 3)
            return 0;
        m_keep.assign(n, 0);
        const size_t far = farthestFrom0();
        m_keep[0] = m_keep[far] = 1;
        keepBetween(0, far);
        keepBetween(far, n);
        double area2 = 0;
        quint32 kept = 0;
        size_t prev = 0;
        for (size_t k = 1; k <= n; ++k)
            if (m_keep[k % n]) {
                area2 += m_x[prev] * m_y[k % n] - m_x[k % n] * m_y[prev];
                prev = k % n;
                ++kept;
            }
        if (kept < 3 || area2 == 0)
            return 0;
        for (size_t k = 0; k < n; ++k)
            if (m_keep[k]) {
                out.push_back(float(m_x[k] * m_grid));
                out.push_back(float(m_y[k] * m_grid));
            }
        return kept;
    }

private:
    /// Grid coordinates of the ring without repeated points (the last one included, rings close implicitly).
    void snap(const float *coords, quint32 p0, quint32 p1)
    {
        m_x.clear();
        m_y.clear();
        for (quint32 p = p0; p < p1; ++p) {
            const double x = std::round(coords[2 * p] / m_grid), y = std::round(coords[2 * p + 1] / m_grid);
            if (!m_x.empty() && x == m_x.back() && y == m_y.back())
                continue;
            m_x.push_back(x);
            m_y.push_back(y);
        }
        while (m_x.size() > 1 && m_x.back() == m_x.front() && m_y.back() == m_y.front()) {
            m_x.pop_back();
            m_y.pop_back();
        }
    }

    size_t farthestFrom0() const
    {
        size_t best = 1;
        double bestD = -1;
        for (size_t k = 1; k < m_x.size(); ++k) {
            const double d = (m_x[k] - m_x[0]) * (m_x[k] - m_x[0]) + (m_y[k] - m_y[0]) * (m_y[k] - m_y[0]);
            if (d > bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /// Squared distance (grid units) from point k to the segment a–b.
    double distance2(size_t k, size_t a, size_t b) const
    {
        const double ax = m_x[a], ay = m_y[a], dx = m_x[b] - ax, dy = m_y[b] - ay;
        const double len2 = dx * dx + dy * dy;
        const double t =
            len2 > 0 ? std::clamp(((m_x[k] - ax) * dx + (m_y[k] - ay) * dy) / len2, 0.0, 1.0) : 0;
        const double ex = ax + t * dx - m_x[k], ey = ay + t * dy - m_y[k];
        return ex * ex + ey * ey;
    }

    /// Douglas–Peucker between kept points `from` and `to` (index n stands for point 0), without recursion.
    void keepBetween(size_t from, size_t to)
    {
        const size_t n = m_x.size();
        m_stack.assign(1, {from, to});
        while (!m_stack.empty()) {
            const auto [a, b] = m_stack.back();
            m_stack.pop_back();
            double worst = 1; // half the tolerance, in grid units (squared)
            size_t at = 0;
            for (size_t k = a + 1; k < b; ++k)
                if (const double d = distance2(k, a, b % n); d > worst) {
                    worst = d;
                    at = k;
                }
            if (!at)
                continue;
            m_keep[at] = 1;
            m_stack.push_back({a, at});
            m_stack.push_back({at, b});
        }
    }

    const double m_grid;
    std::vector<double> m_x, m_y;
    std::vector<char> m_keep;
    std::vector<std::pair<size_t, size_t>> m_stack;
};

/// The simplified geometry of a range of parcels, merged into the overview afterwards.
struct Part {
    std::vector<quint32> ringsOfParcel, pointsOfRing;
    std::vector<float> coords;
};

/// Whether (x, y) is inside ring r of `s` (local coordinates, even-odd).
bool insideRing(const ParcelStore &s, quint32 r, double x, double y)
{
    const float *c = s.coords();
    bool inside = false;
    for (quint32 p = s.pointBegin(r), q = s.pointEnd(r) - 1; p < s.pointEnd(r); q = p++) {
        const double xi = c[2 * p], yi = c[2 * p + 1], xj = c[2 * q], yj = c[2 * q + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

/// A collapsed ring of parcel i is a hole when an odd number of the parcel's other rings contain it.
bool isHole(const ParcelStore &s, int i, quint32 ring)
{
    const float *c = s.coords() + 2 * size_t(s.pointBegin(ring));
    int around = 0;
    for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r)
        around += r != ring && insideRing(s, r, c[0], c[1]);
    return around % 2 == 1;
}

/// Appends the smallest visible stand-in for points [p0, p1) of a collapsed ring: a strip one tolerance wide
/// along its longest extent (a sliver stays a thin line, not its box), or a square one tolerance wide for a
/// speck.
void appendMinimalShape(const ParcelStore &s, quint32 p0, quint32 p1, double tolerance, Part &out)
{
    const float *c = s.coords();
    auto farthestFrom = [&](quint32 from) {
        quint32 best = from;
        double bestD = -1;
        for (quint32 p = p0; p < p1; ++p) {
            const double dx = double(c[2 * p]) - c[2 * from], dy = double(c[2 * p + 1]) - c[2 * from + 1];
            if (dx * dx + dy * dy > bestD) {
                bestD = dx * dx + dy * dy;
                best = p;
            }
        }
        return best;
    };
    // Two farthest-point sweeps give (nearly) the ring's diameter.
    const quint32 a = farthestFrom(p0), b = farthestFrom(a);
    double ax = c[2 * a], ay = c[2 * a + 1], bx = c[2 * b], by = c[2 * b + 1];
    double len = std::hypot(bx - ax, by - ay);
    if (len < tolerance) { // a speck: a square around its middle
        const double mx = (ax + bx) / 2, my = (ay + by) / 2;
        ax = mx - tolerance / 2;
        bx = mx + tolerance / 2;
        ay = by = my;
        len = tolerance;
    }
    const double nx = -(by - ay) / len * tolerance / 2, ny = (bx - ax) / len * tolerance / 2;
    out.coords.insert(out.coords.end(), {float(ax - nx), float(ay - ny), float(bx - nx), float(by - ny),
                                         float(bx + nx), float(by + ny), float(ax + nx), float(ay + ny)});
    out.pointsOfRing.push_back(4);
}

void simplifyRange(const ParcelStore &s, double tolerance, int from, int to, Part &out)
{
    if (from >= to)
        return;
    RingSimplifier simplifier(tolerance);
    const float *c = s.coords();
    out.ringsOfParcel.reserve(size_t(to - from));
    out.coords.reserve(2 * size_t(s.pointBegin(s.ringBegin(to)) - s.pointBegin(s.ringBegin(from))));
    for (int i = from; i < to; ++i) {
        quint32 rings = 0;
        for (quint32 r = s.ringBegin(i); r < s.ringEnd(i); ++r) {
            if (const quint32 n = simplifier.simplify(c, s.pointBegin(r), s.pointEnd(r), out.coords)) {
                out.pointsOfRing.push_back(n);
            } else if (!isHole(s, i, r)) {
                appendMinimalShape(s, s.pointBegin(r), s.pointEnd(r), tolerance, out); // no parcel disappears
            } else {
                continue; // a collapsed hole may go
            }
            ++rings;
        }
        if (rings == 0) { // only rings inside each other, all collapsed: one stand-in for them all
            appendMinimalShape(s, s.pointBegin(s.ringBegin(i)), s.pointEnd(s.ringEnd(i) - 1), tolerance, out);
            rings = 1;
        }
        out.ringsOfParcel.push_back(rings);
    }
}

} // namespace

double ParcelStoreGeneraliser::defaultTolerance(const ParcelStore &detail)
{
    const Envelope e = detail.extent();
    return e.isNull() ? 0 : std::max(e.width(), e.height()) / 4096;
}

std::shared_ptr<ParcelStore> ParcelStoreGeneraliser::generalise(const ParcelStore &detail, double tolerance)
{
    const ParcelStore &d = detail;
    QReadLocker lock(&d.lock());
    std::shared_ptr<ParcelStore> o(new ParcelStore);
    // Everything but the rings is the detail's, so indices, queries and attributes agree.
    o->m_extent = d.m_extent;
    o->m_partial = d.m_partial;
    o->m_originX = d.m_originX;
    o->m_originY = d.m_originY;
    o->m_fid = d.m_fid;
    o->m_fidIndex = d.m_fidIndex;
    o->m_boxes = d.m_boxes;
    o->m_eco = d.m_eco;
    o->m_district = d.m_district;
    o->m_land = d.m_land;
    o->m_energy = d.m_energy;
    o->m_finance = d.m_finance;
    o->m_area = d.m_area;
    o->m_codeOffsets = d.m_codeOffsets;
    o->m_enterpriseOffsets = d.m_enterpriseOffsets;
    o->m_codes = d.m_codes;
    o->m_enterprises = d.m_enterprises;
    o->m_texts = d.m_texts;
    o->m_codeOverride = d.m_codeOverride;
    o->m_enterpriseOverride = d.m_enterpriseOverride;
    o->m_ecoKeys = d.m_ecoKeys;
    o->m_districtNames = d.m_districtNames;
    o->m_index = d.m_index;

    // Two halves side by side (it runs on every parcel of a city), then merged in order.
    const int n = d.size();
    Part parts[2];
    const int half = n >= 20000 ? n / 2 : n;
    QFuture<void> second;
    if (half < n)
        second = QtConcurrent::run([&] { simplifyRange(d, tolerance, half, n, parts[1]); });
    simplifyRange(d, tolerance, 0, half, parts[0]);
    second.waitForFinished();
    o->m_parcelRings.reserve(size_t(n) + 1);
    o->m_ringPoints.reserve(parts[0].pointsOfRing.size() + parts[1].pointsOfRing.size() + 1);
    o->m_coords.reserve(parts[0].coords.size() + parts[1].coords.size());
    for (const Part &p : parts) {
        for (quint32 rings : p.ringsOfParcel)
            o->m_parcelRings.push_back(o->m_parcelRings.back() + rings);
        for (quint32 points : p.pointsOfRing)
            o->m_ringPoints.push_back(o->m_ringPoints.back() + points);
        o->m_coords.insert(o->m_coords.end(), p.coords.begin(), p.coords.end());
    }
    return o;
}

void ParcelStoreGeneraliser::copyAttributes(const ParcelStore &detail, ParcelStore &overview,
                                            const std::vector<int> &indices)
{
    QReadLocker from(&detail.lock());
    QWriteLocker to(&overview.lock());
    for (int i : indices) {
        overview.m_eco[i] = detail.m_eco[i];
        overview.m_land[i] = detail.m_land[i];
        overview.m_energy[i] = detail.m_energy[i];
        overview.m_finance[i] = detail.m_finance[i];
        for (auto [src, dst] : {std::pair{&detail.m_codeOverride, &overview.m_codeOverride},
                                std::pair{&detail.m_enterpriseOverride, &overview.m_enterpriseOverride}}) {
            if (auto it = src->find(i); it != src->end())
                dst->insert(i, *it);
            else
                dst->remove(i);
        }
    }
}

} // namespace zhili
