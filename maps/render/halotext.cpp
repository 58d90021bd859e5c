#include "render/halotext.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace zhili {

QFont mapLabelFont(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("sans-serif")});
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
                  const QColor &fill, const QColor &halo, double haloPx)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    if (haloPx > 0) {
        p.setPen(QPen(halo, 2 * haloPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawPath(path);
}

} // namespace zhili
