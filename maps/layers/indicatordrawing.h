#pragma once

#include "layers/legendmodel.h"

#include <QList>

class QColor;
class QPainter;
class QPen;
class QTransform;

namespace zhili {

class MapSettings;
struct PolygonGeometry;

/// The computed content of an indicator overlay (AchievementLayer, PerMuClassLayer): immutable once built,
/// so a worker thread draws it while the GUI thread holds it too.
class IndicatorDrawing {
public:
    virtual ~IndicatorDrawing() = default;
    /// Legend rows (labels as in the CLI; the window words them in its own language).
    virtual QList<LegendEntry> legend() const = 0;
    /// Draws onto `painter` (logical pixels of `settings`), each shape blended with `opacity`.
    virtual void render(QPainter &painter, const MapSettings &settings, double opacity) const = 0;

protected:
    /// Saves `painter` and sets what every overlay draws with: `opacity` shape by shape, antialiasing. The
    /// caller restores it.
    static void beginShapes(QPainter &painter, double opacity);
    /// Fills `polygon` (map units, through `toPixel`) with `fill`, then outlines it with `outline`.
    static void fillAndOutline(QPainter &painter, const PolygonGeometry &polygon, const QTransform &toPixel,
                               const QColor &fill, const QPen &outline);
};

} // namespace zhili
