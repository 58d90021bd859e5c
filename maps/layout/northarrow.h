#pragma once

#include "layout/sheetstyle.h"

#include <QRectF>

class QPainter;

namespace zhili {

/// A north arrow (half-filled dart with an "N"). Our caches are in projected Gauss–Krüger CRSs where grid
/// north is map-up; the meridian convergence near the central meridian is well under a degree, so the arrow
/// points straight up.
class NorthArrow {
public:
    /// Size on the page in millimetres for a page whose type scale is `scale` (1 = A4).
    static QSizeF sizeMm(double scale);
    /// Draws the arrow inside `rect` (device units).
    static void paint(QPainter &p, const QRectF &rect, const SheetStyle &style);
};

} // namespace zhili
