#include "cache/renderpagecodec.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace zhili {

namespace {

// Bump when the layout of a page changes (the store's format in its meta row is bumped with it).
constexpr quint8 kPageVersion = 1;

class Writer {
public:
    explicit Writer(QByteArray &out) : m_out(out) {}
    void byte(quint8 v) { m_out.append(char(v)); }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            m_out.append(char(quint8(v) | 0x80));
            v >>= 7;
        }
        m_out.append(char(v));
    }
    void zigzag(qint64 v) { varint((quint64(v) << 1) ^ quint64(v >> 63)); }
    void f32(float v) { real<quint32>(v); }
    void f64(double v) { real<quint64>(v); }
    void text(const QByteArray &all, quint32 from, quint32 to)
    {
        varint(to - from);
        m_out.append(all.constData() + from, qsizetype(to - from));
    }

private:
    /// Stores an IEEE value as its little-endian bits.
    template <typename Bits, typename Real> void real(Real v)
    {
        Bits bits;
        std::memcpy(&bits, &v, sizeof bits);
        bits = qToLittleEndian(bits);
        m_out.append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
    QByteArray &m_out;
};

/// Bounds-checked reads: a damaged page sets !ok() instead of reading past its end.
class Reader {
public:
    explicit Reader(QByteArrayView in)
        : m_p(reinterpret_cast<const quint8 *>(in.data())), m_end(m_p + in.size())
    {
    }
    bool ok() const { return m_ok; }
    qint64 remaining() const { return m_end - m_p; }
    quint8 byte() { return need(1) ? *m_p++ : 0; }
    quint64 varint()
    {
        // A varint takes at most 10 bytes: with that many left (the hot path) no byte needs a check.
        const bool checked = m_end - m_p < 10;
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (checked && !need(1))
                return 0;
            const quint8 b = *m_p++;
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 zigzag()
    {
        const quint64 v = varint();
        return qint64(v >> 1) ^ -qint64(v & 1);
    }
    float f32() { return real<float, quint32>(); }
    double f64() { return real<double, quint64>(); }
    /// Appends a length-prefixed text to `all` and returns its new size.
    quint32 text(QByteArray &all)
    {
        const quint64 n = varint();
        if (!need(n))
            return quint32(all.size());
        all.append(reinterpret_cast<const char *>(m_p), qsizetype(n));
        m_p += n;
        return quint32(all.size());
    }
    /// Steps over a length-prefixed text.
    void skipText()
    {
        const quint64 n = varint();
        if (need(n))
            m_p += n;
    }

private:
    /// A little-endian IEEE value stored as its bits.
    template <typename Real, typename Bits> Real real()
    {
        if (!need(sizeof(Bits)))
            return 0;
        const Bits bits = qFromLittleEndian<Bits>(m_p);
        m_p += sizeof(Bits);
        Real v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    bool need(quint64 n)
    {
        if (!m_ok || quint64(m_end - m_p) < n)
            m_ok = false;
        return m_ok;
    }
    const quint8 *m_p;
    const quint8 *m_end;
    bool m_ok = true;
};

/// Decodes one parcel's rings into `out` (x, y: the running point, in steps from (cx, cy)) and appends its
/// box, computed while the points are written. False when a ring claims more points than bytes are left.
bool decodeRings(Reader &r, double cx, double cy, qint64 &x, qint64 &y, RenderPage &out)
{
    float box[4] = {1e30f, 1e30f, -1e30f, -1e30f}; // as RenderPage::appendBoxOfPointsFrom()
    const quint64 rings = r.varint();
    for (quint64 k = 0; k < rings && r.ok(); ++k) {
        const quint64 points = r.varint();
        if (points > quint64(r.remaining()) / 2)
            return false;
        const size_t at = out.coords.size();
        out.coords.resize(at + 2 * size_t(points));
        float *c = out.coords.data() + at;
        for (quint64 p = 0; p < points; ++p, c += 2) {
            x += r.zigzag();
            y += r.zigzag();
            c[0] = float(cx + double(x) * RenderPageCodec::kStep);
            c[1] = float(cy + double(y) * RenderPageCodec::kStep);
            box[0] = std::min(box[0], c[0]);
            box[1] = std::min(box[1], c[1]);
            box[2] = std::max(box[2], c[0]);
            box[3] = std::max(box[3], c[1]);
        }
        out.ringPoints.push_back(quint32(out.coords.size() / 2));
    }
    out.parcelRings.push_back(quint32(out.ringPoints.size() - 1));
    out.boxes.insert(out.boxes.end(), box, box + 4);
    return true;
}

} // namespace

RenderPageCodec::Encoded RenderPageCodec::encode(const RenderPage &s, int from, int to, double originX,
                                                 double originY)
{
    Encoded e;
    const quint32 p0 = s.ringPoints[s.parcelRings[size_t(from)]],
                  p1 = s.ringPoints[s.parcelRings[size_t(to)]];
    for (quint32 p = p0; p < p1; ++p)
        e.box.include(originX + s.coords[2 * size_t(p)], originY + s.coords[2 * size_t(p) + 1]);
    // The corner is stored in map units; decoding adds the steps to (corner - origin), as done here.
    const double cx = e.box.minX - originX, cy = e.box.minY - originY;
    Writer w(e.data);
    e.data.reserve(qsizetype(to - from) * 32 + qsizetype(p1 - p0) * 4);
    w.byte(kPageVersion);
    w.varint(quint64(to - from));
    w.f64(e.box.minX);
    w.f64(e.box.minY);
    qint64 lastFid = 0, lastX = 0, lastY = 0;
    for (size_t i = size_t(from); i < size_t(to); ++i) {
        w.zigzag(s.fid[i] - lastFid);
        lastFid = s.fid[i];
        w.varint(s.parcelRings[i + 1] - s.parcelRings[i]);
        for (quint32 r = s.parcelRings[i]; r < s.parcelRings[i + 1]; ++r) {
            w.varint(s.ringPoints[r + 1] - s.ringPoints[r]);
            for (quint32 p = s.ringPoints[r]; p < s.ringPoints[r + 1]; ++p) {
                const qint64 x = std::llround((double(s.coords[2 * size_t(p)]) - cx) / kStep);
                const qint64 y = std::llround((double(s.coords[2 * size_t(p) + 1]) - cy) / kStep);
                w.zigzag(x - lastX);
                w.zigzag(y - lastY);
                lastX = x;
                lastY = y;
            }
        }
        w.byte(s.eco[i]);
        w.varint(s.district[i]);
        // Allocations are zero on unassigned parcels: a bit per value says which ones follow.
        const float values[4] = {s.land[i], s.energy[i], s.finance[i], s.area[i]};
        quint8 present = 0;
        for (int k = 0; k < 4; ++k)
            if (values[k] != 0.0f || std::signbit(values[k]))
                present |= quint8(1 << k);
        w.byte(present);
        for (int k = 0; k < 4; ++k)
            if (present & (1 << k))
                w.f32(values[k]);
        w.text(s.codes, s.codeOffsets[i], s.codeOffsets[i + 1]);
        w.text(s.enterprises, s.enterpriseOffsets[i], s.enterpriseOffsets[i + 1]);
    }
    return e;
}

bool RenderPageCodec::decode(QByteArrayView data, double originX, double originY, RenderPage &out,
                             Texts texts)
{
    Reader r(data);
    if (r.byte() != kPageVersion)
        return false;
    const quint64 n = r.varint();
    const double cx = r.f64() - originX, cy = r.f64() - originY;
    // Every parcel takes at least 8 bytes: a damaged count must not reserve gigabytes.
    if (!r.ok() || n > quint64(r.remaining()) / 8)
        return false;
    qint64 fid = 0, x = 0, y = 0;
    for (quint64 i = 0; i < n && r.ok(); ++i) {
        fid += r.zigzag();
        out.fid.push_back(fid);
        if (!decodeRings(r, cx, cy, x, y, out))
            return false;
        out.eco.push_back(r.byte());
        out.district.push_back(quint16(r.varint()));
        const quint8 present = r.byte();
        int k = 0;
        for (std::vector<float> *v : {&out.land, &out.energy, &out.finance, &out.area})
            v->push_back(present & (1 << k++) ? r.f32() : 0.0f);
        if (texts == Texts::Read) {
            out.codeOffsets.push_back(r.text(out.codes));
            out.enterpriseOffsets.push_back(r.text(out.enterprises));
        } else {
            r.skipText();
            r.skipText();
            out.codeOffsets.push_back(quint32(out.codes.size()));
            out.enterpriseOffsets.push_back(quint32(out.enterprises.size()));
        }
    }
    return r.ok() && r.remaining() == 0;
}

} // namespace zhili
