#pragma once

#include "layers/legendmodel.h"

#include <QList>

class QPainter;

namespace zhili {

class MapSettings;

/// The computed content of an indicator overlay (AchievementLayer, PerMuClassLayer): immutable once built,
/// so a worker thread draws it while the GUI thread holds it too.
class IndicatorDrawing {
public:
    virtual ~IndicatorDrawing() = default;
    /// Legend rows (labels as in the CLI; the window words them in its own language).
    virtual QList<LegendEntry> legend() const = 0;
    /// Draws onto `painter` (logical pixels of `settings`), each shape blended with `opacity`.
    virtual void render(QPainter &painter, const MapSettings &settings, double opacity) const = 0;
};

} // namespace zhili
