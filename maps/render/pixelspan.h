#pragma once

#include <QColor>
#include <QRect>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace zhili {

// Pixel writes on premultiplied ARGB32 scanlines, shared by the fill renderer and the compositor.

inline quint32 premul(const QColor &c, double opacity = 1.0)
{
    QColor d = c;
    d.setAlphaF(float(c.alphaF() * opacity));
    return qPremultiply(d.rgba());
}

/// Premultiplied "source over" of one pixel.
inline void blend(quint32 &dst, quint32 src)
{
    const quint32 a = qAlpha(src);
    if (a == 255) {
        dst = src;
        return;
    }
    const quint32 ia = 255 - a;
    // Premultiplied "source over" per channel pair.
    quint32 rb = (dst & 0x00ff00ff) * ia;
    quint32 ag = ((dst >> 8) & 0x00ff00ff) * ia;
    rb = ((rb + ((rb >> 8) & 0x00ff00ff) + 0x00800080) >> 8) & 0x00ff00ff;
    ag = ((ag + ((ag >> 8) & 0x00ff00ff) + 0x00800080)) & 0xff00ff00;
    dst = src + (rb | ag);
}

/// Sets n pixels to v (16 bytes per store: a plain loop is not vectorised at -O2 and filling dominates big
/// zoomed-in parcels).
inline void fillSpan(quint32 *p, qsizetype n, quint32 v)
{
#ifdef __SSE2__
    const __m128i v4 = _mm_set1_epi32(int(v));
    for (; n >= 4; n -= 4, p += 4)
        _mm_storeu_si128(reinterpret_cast<__m128i *>(p), v4);
#endif
    for (; n > 0; --n)
        *p++ = v;
}

/// Sets the rectangle r of a 32-bit image to v: one filled row, then memcpy (glibc's is wide).
inline void fillRect(quint32 *bits, qsizetype stride, const QRect &r, quint32 v)
{
    if (r.isEmpty())
        return;
    quint32 *first = bits + r.top() * stride + r.left();
    if (v == 0) {
        for (int y = r.top(); y <= r.bottom(); ++y)
            std::memset(bits + y * stride + r.left(), 0, size_t(r.width()) * 4);
        return;
    }
    fillSpan(first, r.width(), v);
    for (int y = r.top() + 1; y <= r.bottom(); ++y)
        std::memcpy(bits + y * stride + r.left(), first, size_t(r.width()) * 4);
}

} // namespace zhili
