#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace zhili {

/// The map's label font (a CJK sans with fallbacks) at a pixel size.
QFont mapLabelFont(double pixelSize, bool bold = false);
/// Text with a halo (a stroked outline under the fill) so it reads over any fill.
void drawHaloText(QPainter &p, const QPointF &baseline, const QString &text, const QFont &font,
                  const QColor &fill, const QColor &halo, double haloPx);

} // namespace zhili
