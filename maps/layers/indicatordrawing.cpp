#include "layers/indicatordrawing.h"

#include "geometry/polygongeometry.h"
#include "render/polygonpath.h"

#include <QPainter>
#include <QPainterPath>

namespace zhili {

void IndicatorDrawing::beginShapes(QPainter &painter, double opacity)
{
    painter.save();
    painter.setOpacity(opacity);
    painter.setRenderHint(QPainter::Antialiasing);
}

void IndicatorDrawing::fillAndOutline(QPainter &painter, const PolygonGeometry &polygon,
                                      const QTransform &toPixel, const QColor &fill, const QPen &outline)
{
    const QPainterPath path = polygonPath(polygon, toPixel);
    painter.fillPath(path, fill);
    painter.strokePath(path, outline);
}

} // namespace zhili
