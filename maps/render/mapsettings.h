#pragma once

#include "geometry/envelope.h"

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace zhili {

/// What to draw and how big: an extent in cache-CRS metres, an output size in logical pixels, a DPI.
/// The map is always drawn at one uniform scale; an extent whose aspect ratio differs from the output's is
/// centred (see widenToAspect() to make that explicit).
class MapSettings {
public:
    MapSettings() = default;
    MapSettings(const Envelope &extent, QSize outputSize, double dpi = 96);

    const Envelope &extent() const { return m_extent; }
    void setExtent(const Envelope &extent) { m_extent = extent; }
    /// Output size in logical pixels (device pixels = logical × devicePixelRatio).
    QSize outputSize() const { return m_size; }
    void setOutputSize(QSize size) { m_size = size; }
    /// Dots per inch used to convert physical sizes (mm, pt) of lines and labels to logical pixels.
    double dpi() const { return m_dpi; }
    void setDpi(double dpi) { m_dpi = dpi; }
    /// High-DPI screens: the image has outputSize × ratio device pixels.
    double devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(double ratio) { m_dpr = ratio; }
    /// Background fill; Qt::transparent leaves the image transparent.
    QColor background() const { return m_background; }
    void setBackground(const QColor &c) { m_background = c; }

    /// True when the extent is non-empty and finite and the size is positive.
    bool isValid() const;
    /// Size of the image in device pixels.
    QSize deviceSize() const;

    /// Widens `extent` symmetrically (about its centre) so its aspect ratio equals `size`'s; *widened tells
    /// whether anything changed (equal within 1e-9 relative).
    static Envelope widenedToAspect(const Envelope &extent, QSize size, bool *widened = nullptr);
    /// Applies widenedToAspect() to this extent; returns whether it changed.
    bool widenToAspect();
    /// The extent actually shown (the extent widened to the output's aspect ratio).
    Envelope visibleExtent() const;

    /// Map units (metres) per logical pixel.
    double mapUnitsPerPixel() const;
    /// Scale denominator (1:N) at this DPI, assuming metres.
    double scaleDenominator() const;
    /// Map (x east, y north) → logical pixel (y down).
    QPointF toPixel(double x, double y) const;
    QPointF toPixel(const QPointF &map) const { return toPixel(map.x(), map.y()); }
    /// Logical pixel → map.
    QPointF toMap(const QPointF &pixel) const;
    /// Map → logical pixel as a QTransform (for QPainter).
    QTransform mapToPixel() const;
    /// The map rectangle covered by a pixel rectangle.
    Envelope toMap(const QRectF &pixelRect) const;

    /// Physical sizes → logical pixels at this DPI.
    double pixelsFromMm(double mm) const { return mm * m_dpi / 25.4; }
    double pixelsFromPt(double pt) const { return pt * m_dpi / 72.0; }

    bool operator==(const MapSettings &) const = default;

private:
    Envelope m_extent;
    QSize m_size{800, 600};
    double m_dpi = 96;
    double m_dpr = 1;
    QColor m_background{Qt::white};
};

} // namespace zhili
