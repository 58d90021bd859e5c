#include "render/mapsettings.h"

#include <cmath>

namespace zhili {

MapSettings::MapSettings(const Envelope &extent, QSize outputSize, double dpi)
    : m_extent(extent), m_size(outputSize), m_dpi(dpi)
{
}

bool MapSettings::isValid() const
{
    return !m_extent.isNull() && m_extent.width() > 0 && m_extent.height() > 0 &&
           std::isfinite(m_extent.minX) && std::isfinite(m_extent.maxX) && std::isfinite(m_extent.minY) &&
           std::isfinite(m_extent.maxY) && m_size.width() > 0 && m_size.height() > 0 && m_dpi > 0 &&
           m_dpr > 0;
}

QSize MapSettings::deviceSize() const
{
    return QSize(int(std::lround(m_size.width() * m_dpr)), int(std::lround(m_size.height() * m_dpr)));
}

Envelope MapSettings::widenedToAspect(const Envelope &extent, QSize size, bool *widened)
{
    if (widened)
        *widened = false;
    if (extent.isNull() || size.isEmpty() || extent.width() <= 0 || extent.height() <= 0)
        return extent;
    const double target = double(size.width()) / size.height();
    const double aspect = extent.width() / extent.height();
    if (std::abs(aspect - target) <= 1e-9 * target)
        return extent;
    Envelope e = extent;
    if (aspect < target) { // too tall: widen x
        const double half = extent.height() * target / 2;
        e.minX = extent.centerX() - half;
        e.maxX = extent.centerX() + half;
    } else {
        const double half = extent.width() / target / 2;
        e.minY = extent.centerY() - half;
        e.maxY = extent.centerY() + half;
    }
    if (widened)
        *widened = true;
    return e;
}

bool MapSettings::widenToAspect()
{
    bool widened = false;
    m_extent = widenedToAspect(m_extent, m_size, &widened);
    return widened;
}

Envelope MapSettings::visibleExtent() const
{
    return widenedToAspect(m_extent, m_size);
}

double MapSettings::mapUnitsPerPixel() const
{
    if (m_size.isEmpty() || m_extent.isNull())
        return 1;
    return std::max(m_extent.width() / m_size.width(), m_extent.height() / m_size.height());
}

double MapSettings::scaleDenominator() const
{
    return mapUnitsPerPixel() * m_dpi / 0.0254;
}

QPointF MapSettings::toPixel(double x, double y) const
{
    const double u = mapUnitsPerPixel();
    return QPointF((x - m_extent.centerX()) / u + m_size.width() / 2.0,
                   (m_extent.centerY() - y) / u + m_size.height() / 2.0);
}

QPointF MapSettings::toMap(const QPointF &p) const
{
    const double u = mapUnitsPerPixel();
    return QPointF(m_extent.centerX() + (p.x() - m_size.width() / 2.0) * u,
                   m_extent.centerY() - (p.y() - m_size.height() / 2.0) * u);
}

QTransform MapSettings::mapToPixel() const
{
    const double u = mapUnitsPerPixel();
    // x' = (x - cx)/u + w/2 ; y' = (cy - y)/u + h/2
    return QTransform(1 / u, 0, 0, -1 / u, -m_extent.centerX() / u + m_size.width() / 2.0,
                      m_extent.centerY() / u + m_size.height() / 2.0);
}

Envelope MapSettings::toMap(const QRectF &r) const
{
    Envelope e;
    const QPointF a = toMap(r.topLeft());
    const QPointF b = toMap(r.bottomRight());
    e.include(a.x(), a.y());
    e.include(b.x(), b.y());
    return e;
}

} // namespace zhili
