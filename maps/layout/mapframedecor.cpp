#include "layout/mapframedecor.h"

#include "layout/northarrow.h"
#include "layout/scalebar.h"
#include "layout/sheettext.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace zhili::MapFrameDecor {

namespace {
double plateRadius(const SheetStyle &s)
{
    return s.mm(0.8);
}
} // namespace

void paintMap(QPainter &p, const SheetStyle &s, const MapScene &scene, const QRectF &frame,
              const Envelope &extent)
{
    MapSettings ms(extent, frame.size().toSize(), s.dpi);
    ms.setBackground(Qt::white);
    p.setClipRect(frame);
    p.fillRect(frame, Qt::white);
    RenderJob::render(scene, ms, &p, frame);
}

QRectF northArrowBox(const QRectF &frame, double typeScale, double dpi)
{
    const double k = dpi / 25.4;
    const double inset = 4 * typeScale * k;
    const QSizeF na = NorthArrow::sizeMm(typeScale);
    return QRectF(frame.right() - inset - na.width() * k, frame.top() + inset, na.width() * k,
                  na.height() * k);
}

void paintNorthArrow(QPainter &p, const SheetStyle &s, const QRectF &box)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(box.adjusted(-s.mm(1.2), -s.mm(1), s.mm(1.2), s.mm(1)), plateRadius(s), plateRadius(s));
    NorthArrow::paint(p, box, s);
}

QRectF paintScaleBar(QPainter &p, const SheetStyle &s, const QRectF &frame, const Envelope &extent,
                     bool withRatio, double *metres)
{
    const double k = s.dpi / 25.4;
    const double metresPerMm = extent.width() / (frame.width() / k);
    const ScaleBar bar(metresPerMm, std::min(frame.width() / k * 0.3, 45 * s.scale));
    const QSizeF size = bar.size(s, p.device());
    const QString ratio =
        withRatio ? s.words("比例尺 ", "Scale ") + ScaleBar::formatRatio(bar.denominator()) : QString();
    p.setFont(s.font(6.5));
    const double ratioW = ratio.isEmpty() ? 0 : p.fontMetrics().horizontalAdvance(ratio) + s.mm(3);
    const double pad = s.mm(1.6);
    const QRectF plate(frame.left() + s.mm(4) - pad, frame.bottom() - s.mm(4) - size.height() - pad,
                       size.width() + ratioW + 2 * pad, size.height() + 2 * pad);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 215));
    p.drawRoundedRect(plate, plateRadius(s), plateRadius(s));
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRectF barRect = bar.paint(p, QPointF(plate.left() + pad, plate.top() + pad), s);
    if (metres)
        *metres = bar.lengthMetres();
    if (!ratio.isEmpty())
        SheetText::draw(p,
                        QRectF(plate.right() - pad - ratioW + s.mm(3), barRect.top() - s.mm(1), ratioW,
                               barRect.height() + s.mm(2)),
                        ratio, s.font(6.5), s.ink, Qt::AlignLeft | Qt::AlignVCenter);
    return barRect;
}

void paintFrameLine(QPainter &p, const SheetStyle &s, const QRectF &frame)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const double w = s.pt(0.8);
    p.setPen(QPen(s.ink, w, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame.adjusted(-w / 2, -w / 2, w / 2, w / 2));
    p.restore();
}

} // namespace zhili::MapFrameDecor
