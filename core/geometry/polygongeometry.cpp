#include "geometry/polygongeometry.h"

#include "util/error.h"

#include <QtEndian>
#include <cmath>
#include <cstring>

namespace zhili {

namespace {

class WkbReader {
public:
    WkbReader(const unsigned char *data, int size) : m_p(data), m_end(data + size) {}

    quint8 byte()
    {
        need(1);
        return *m_p++;
    }
    quint32 u32(bool le)
    {
        need(4);
        quint32 v = le ? qFromLittleEndian<quint32>(m_p) : qFromBigEndian<quint32>(m_p);
        m_p += 4;
        return v;
    }
    double f64(bool le)
    {
        need(8);
        quint64 v = le ? qFromLittleEndian<quint64>(m_p) : qFromBigEndian<quint64>(m_p);
        m_p += 8;
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    void need(int n) const
    {
        if (m_end - m_p < n)
            throw Error(QStringLiteral("truncated WKB geometry"));
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

// Returns base type (1..7) and the number of ordinates per point.
void decodeType(quint32 t, quint32 *base, int *dims)
{
    bool z = false, m = false;
    if (t & 0x80000000u)
        z = true;
    if (t & 0x40000000u)
        m = true;
    t &= 0x0fffffffu;
    if (t >= 3000) {
        z = m = true;
        t -= 3000;
    } else if (t >= 2000) {
        m = true;
        t -= 2000;
    } else if (t >= 1000) {
        z = true;
        t -= 1000;
    }
    *base = t;
    *dims = 2 + (z ? 1 : 0) + (m ? 1 : 0);
}

void readPolygonBody(WkbReader &r, bool le, int dims, PolygonGeometry &g)
{
    const quint32 rings = r.u32(le);
    for (quint32 i = 0; i < rings; ++i) {
        const quint32 n = r.u32(le);
        r.need(int(std::min<quint64>(quint64(n) * dims * 8, 0x7fffffff)));
        for (quint32 k = 0; k < n; ++k) {
            const double x = r.f64(le);
            const double y = r.f64(le);
            for (int d = 2; d < dims; ++d)
                r.f64(le);
            g.coords.push_back(x);
            g.coords.push_back(y);
        }
        g.ringOffsets.push_back(quint32(g.coords.size() / 2));
    }
    g.polygonOffsets.push_back(quint32(g.ringOffsets.size() - 1));
}

double ringSignedArea(const double *c, int n)
{
    double a = 0;
    for (int i = 0, j = n - 1; i < n; j = i++)
        a += (c[2 * j] - c[2 * i]) * (c[2 * j + 1] + c[2 * i + 1]);
    return a / 2;
}

} // namespace

void PolygonGeometry::append(const PolygonGeometry &other)
{
    const quint32 pointBase = quint32(coords.size() / 2);
    const quint32 ringBase = quint32(ringOffsets.size() - 1);
    coords.insert(coords.end(), other.coords.begin(), other.coords.end());
    for (size_t r = 1; r < other.ringOffsets.size(); ++r)
        ringOffsets.push_back(pointBase + other.ringOffsets[r]);
    for (size_t p = 1; p < other.polygonOffsets.size(); ++p)
        polygonOffsets.push_back(ringBase + other.polygonOffsets[p]);
}

Envelope PolygonGeometry::envelope() const
{
    Envelope e;
    for (size_t i = 0; i + 1 < coords.size(); i += 2)
        e.include(coords[i], coords[i + 1]);
    return e;
}

double PolygonGeometry::area() const
{
    double total = 0;
    for (int p = 0; p < polygonCount(); ++p) {
        for (quint32 r = polygonOffsets[p]; r < polygonOffsets[p + 1]; ++r) {
            const int n = int(ringOffsets[r + 1] - ringOffsets[r]);
            const double a = std::abs(ringSignedArea(coords.data() + 2 * ringOffsets[r], n));
            total += (r == polygonOffsets[p]) ? a : -a;
        }
    }
    return total;
}

bool PolygonGeometry::contains(double x, double y) const
{
    bool inside = false;
    for (int r = 0; r < ringCount(); ++r) {
        const double *c = coords.data() + 2 * ringOffsets[r];
        const int n = int(ringOffsets[r + 1] - ringOffsets[r]);
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const double xi = c[2 * i], yi = c[2 * i + 1], xj = c[2 * j], yj = c[2 * j + 1];
            if (((yi > y) != (yj > y)) && (x < (xj - xi) * (y - yi) / (yj - yi) + xi))
                inside = !inside;
        }
    }
    return inside;
}

void PolygonGeometry::interiorPoint(double *x, double *y) const
{
    // Centroid of the largest exterior ring; if it falls in a hole or outside (concave), scan a
    // horizontal line through the ring's middle and take the midpoint of the widest inside span.
    int best = -1;
    double bestArea = -1;
    for (int p = 0; p < polygonCount(); ++p) {
        const quint32 r = polygonOffsets[p];
        if (r == polygonOffsets[p + 1])
            continue; // an empty polygon (WKB with 0 rings) has no exterior ring
        const double a = std::abs(
            ringSignedArea(coords.data() + 2 * ringOffsets[r], int(ringOffsets[r + 1] - ringOffsets[r])));
        if (a > bestArea) {
            bestArea = a;
            best = p;
        }
    }
    if (best < 0) {
        *x = *y = 0;
        return;
    }
    const quint32 r = polygonOffsets[best];
    const double *c = coords.data() + 2 * ringOffsets[r];
    const int n = int(ringOffsets[r + 1] - ringOffsets[r]);
    double cx = 0, cy = 0, a2 = 0;
    Envelope env;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const double f = c[2 * j] * c[2 * i + 1] - c[2 * i] * c[2 * j + 1];
        cx += (c[2 * j] + c[2 * i]) * f;
        cy += (c[2 * j + 1] + c[2 * i + 1]) * f;
        a2 += f;
        env.include(c[2 * i], c[2 * i + 1]);
    }
    if (a2 != 0) {
        cx /= 3 * a2;
        cy /= 3 * a2;
        if (contains(cx, cy)) {
            *x = cx;
            *y = cy;
            return;
        }
    }
    const double sy = env.centerY();
    std::vector<double> xs;
    for (int rr = 0; rr < ringCount(); ++rr) {
        const double *rc = coords.data() + 2 * ringOffsets[rr];
        const int m = int(ringOffsets[rr + 1] - ringOffsets[rr]);
        for (int i = 0, j = m - 1; i < m; j = i++) {
            const double yi = rc[2 * i + 1], yj = rc[2 * j + 1];
            if ((yi > sy) != (yj > sy))
                xs.push_back(rc[2 * i] + (sy - yi) / (yj - yi) * (rc[2 * j] - rc[2 * i]));
        }
    }
    std::sort(xs.begin(), xs.end());
    double bestW = -1;
    *x = env.centerX();
    *y = sy;
    for (size_t i = 0; i + 1 < xs.size(); i += 2) {
        if (xs[i + 1] - xs[i] > bestW && contains((xs[i] + xs[i + 1]) / 2, sy)) {
            bestW = xs[i + 1] - xs[i];
            *x = (xs[i] + xs[i + 1]) / 2;
        }
    }
}

PolygonGeometry PolygonGeometry::fromWkb(const unsigned char *data, int size)
{
    WkbReader r(data, size);
    PolygonGeometry g;
    const bool le = r.byte() == 1;
    quint32 base;
    int dims;
    decodeType(r.u32(le), &base, &dims);
    if (base == 3) {
        readPolygonBody(r, le, dims, g);
    } else if (base == 6) {
        const quint32 n = r.u32(le);
        for (quint32 i = 0; i < n; ++i) {
            const bool ple = r.byte() == 1;
            quint32 pbase;
            int pdims;
            decodeType(r.u32(ple), &pbase, &pdims);
            if (pbase != 3)
                throw Error(QStringLiteral("MultiPolygon member is not a Polygon (WKB type %1)").arg(pbase));
            readPolygonBody(r, ple, pdims, g);
        }
    } else {
        throw Error(QStringLiteral("geometry is not a polygon (WKB type %1)").arg(base));
    }
    return g;
}

QByteArray PolygonGeometry::toWkbMultiPolygon() const
{
    QByteArray out;
    out.reserve(9 + polygonCount() * 9 + ringCount() * 4 + int(coords.size()) * 8);
    auto putU8 = [&](quint8 v) { out.append(char(v)); };
    auto putU32 = [&](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto putF64 = [&](double d) {
        char b[8];
        quint64 v;
        std::memcpy(&v, &d, 8);
        qToLittleEndian(v, b);
        out.append(b, 8);
    };
    putU8(1);
    putU32(6);
    putU32(quint32(polygonCount()));
    for (int p = 0; p < polygonCount(); ++p) {
        putU8(1);
        putU32(3);
        putU32(polygonOffsets[p + 1] - polygonOffsets[p]);
        for (quint32 r = polygonOffsets[p]; r < polygonOffsets[p + 1]; ++r) {
            putU32(ringOffsets[r + 1] - ringOffsets[r]);
            for (quint32 k = ringOffsets[r]; k < ringOffsets[r + 1]; ++k) {
                putF64(coords[2 * k]);
                putF64(coords[2 * k + 1]);
            }
        }
    }
    return out;
}

} // namespace zhili
