#include "render/attributionlabel.h"

#include "render/halotext.h"
#include "render/mapsettings.h"

#include <QFontMetricsF>
#include <QPainter>

namespace zhili {

void AttributionLabel::draw(QPainter &painter, const QRectF &frame, const QString &text,
                            const MapSettings &settings)
{
    if (text.isEmpty() || frame.isEmpty())
        return;
    const QFont font = mapLabelFont(settings.pixelsFromPt(7));
    const QFontMetricsF metrics(font);
    const double pad = settings.pixelsFromPt(2);
    const QSizeF box(std::min(frame.width(), metrics.horizontalAdvance(text) + 2 * pad),
                     metrics.height() + 2 * pad);
    const QRectF rect(frame.right() - box.width(), frame.bottom() - box.height(), box.width(), box.height());
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(rect);
    painter.setFont(font);
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::AlignRight | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace zhili
