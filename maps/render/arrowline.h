#pragma once

#include <QColor>
#include <QPointF>
#include <QPolygonF>

class QPainter;

namespace zhili {

/// A straight line with a filled arrowhead at its end: the chain layer's flow lines and the chain diagram's
/// `supplies` arrows. Sizes in device units of the painter.
namespace ArrowLine {

/// Draws from `from` to `to` with the head's tip on `to`; `halo` > 0 first draws a white halo that wide
/// around line and head (lines over a map stay legible).
void draw(QPainter &p, const QPointF &from, const QPointF &to, const QColor &color, double width,
          double headLength, double halo = 0);
/// The same along a polyline (a routed arrow), the head on its last point.
void draw(QPainter &p, const QPolygonF &points, const QColor &color, double width, double headLength,
          double halo = 0);

} // namespace ArrowLine

} // namespace zhili
