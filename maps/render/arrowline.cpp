#include "render/arrowline.h"

#include <QLineF>
#include <QPainter>
#include <QPolygonF>

namespace zhili::ArrowLine {

namespace {

QPolygonF head(const QLineF &line, double length)
{
    // A 40° dart: its base is `length` behind the tip.
    const QLineF back(line.p2(), line.p1());
    QLineF left = back, right = back;
    left.setLength(length);
    right.setLength(length);
    left.setAngle(back.angle() + 20);
    right.setAngle(back.angle() - 20);
    return QPolygonF({line.p2(), left.p2(), right.p2()});
}

void stroke(QPainter &p, QPolygonF points, const QColor &color, double width, double headLength)
{
    const QLineF last(points[points.size() - 2], points.last());
    // The shaft stops at the head's base so a wide line does not poke through the tip.
    QLineF shortened = last;
    shortened.setLength(std::max(0.0, last.length() - headLength * 0.8));
    points.last() = shortened.p2();
    p.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(points);
    p.setPen(QPen(color, width / 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(color);
    p.drawPolygon(head(last, headLength));
}

} // namespace

void draw(QPainter &p, const QPointF &from, const QPointF &to, const QColor &color, double width,
          double headLength, double halo)
{
    draw(p, QPolygonF({from, to}), color, width, headLength, halo);
}

void draw(QPainter &p, const QPolygonF &points, const QColor &color, double width, double headLength,
          double halo)
{
    if (points.size() < 2 || QLineF(points[points.size() - 2], points.last()).length() < 1e-9)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (halo > 0)
        stroke(p, points, Qt::white, width + 2 * halo, headLength + halo);
    stroke(p, points, color, width, headLength);
    p.restore();
}

} // namespace zhili::ArrowLine
