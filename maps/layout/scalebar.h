#pragma once

#include "layout/sheetstyle.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace zhili {

/// A segmented scale bar whose length is a round number of metres (1, 2 or 5 × 10^n m) that fits a
/// maximum width on the page. Built for one map scale (metres on the ground per millimetre on the page).
class ScaleBar {
public:
    /// `metresPerMm`: ground metres per page millimetre of the map frame; `maxWidthMm`: room for the bar.
    ScaleBar(double metresPerMm, double maxWidthMm);

    /// Largest 1/2/5 × 10^n not greater than `limit` (limit > 0).
    static double roundLengthBelow(double limit);
    /// "500 m", "2 km", "1.5 km" (km from 1000 m on).
    static QString formatMetres(double metres);
    /// "1:25 000" with thin-space thousands, rounded to 3 significant digits as maps usually print it.
    static QString formatRatio(double denominator);

    double lengthMetres() const { return m_metres; }
    /// Length of the bar on the page.
    double lengthMm() const { return m_metres / m_metresPerMm; }
    int segments() const { return m_segments; }
    /// Scale denominator of the page (1:N).
    double denominator() const { return m_metresPerMm * 1000.0; }
    /// The label at the bar's end ("500 m").
    QString label() const { return formatMetres(m_metres); }

    /// Size the bar with its labels needs on `device`, in device units.
    QSizeF size(const SheetStyle &style, const QPaintDevice *device) const;
    /// Draws the bar with its top-left corner at `topLeft` (device units); returns the rectangle of the
    /// bar itself (without labels), whose width is exactly lengthMm() at the style's DPI.
    QRectF paint(QPainter &p, const QPointF &topLeft, const SheetStyle &style) const;

private:
    double m_metresPerMm;
    double m_metres;
    int m_segments;
};

} // namespace zhili
