#include "layout/northarrow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace zhili {

QSizeF NorthArrow::sizeMm(double scale)
{
    return QSizeF(7.5 * scale, 13 * scale);
}

void NorthArrow::paint(QPainter &p, const QRectF &rect, const SheetStyle &s)
{
    const QColor ink = s.ink;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(s.font(9, true));
    const QFontMetricsF fm = p.fontMetrics();
    p.setPen(ink);
    const QString n = QStringLiteral("N");
    p.drawText(QPointF(rect.center().x() - fm.horizontalAdvance(n) / 2, rect.top() + fm.ascent()), n);

    const double top = rect.top() + fm.height() + rect.height() * 0.02;
    const double bottom = rect.bottom();
    const double cx = rect.center().x();
    const double half = rect.width() * 0.36;
    const double notch = bottom - (bottom - top) * 0.22;
    const QPointF apex(cx, top), left(cx - half, bottom), right(cx + half, bottom), mid(cx, notch);

    QPainterPath leftHalf;
    leftHalf.moveTo(apex);
    leftHalf.lineTo(left);
    leftHalf.lineTo(mid);
    leftHalf.closeSubpath();
    QPainterPath rightHalf;
    rightHalf.moveTo(apex);
    rightHalf.lineTo(mid);
    rightHalf.lineTo(right);
    rightHalf.closeSubpath();

    QPen pen(ink, rect.width() * 0.035);
    pen.setJoinStyle(Qt::MiterJoin);
    p.setPen(pen);
    p.setBrush(Qt::white);
    p.drawPath(rightHalf);
    p.setBrush(ink);
    p.drawPath(leftHalf);
    p.restore();
}

} // namespace zhili
