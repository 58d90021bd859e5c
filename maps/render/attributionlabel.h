#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

class MapSettings;

/// The data credit of a map ("© OpenStreetMap contributors"): small dark text on a translucent white box in
/// the bottom-right corner of the map frame, drawn over every layer so that no fill hides it. One drawing
/// for the canvas, the CLI's PNGs and the sheets (raster and vector), sized in points like the labels.
class AttributionLabel {
public:
    /// Draws `text` in the corner of `frame` (logical pixels of `settings`); nothing for an empty text.
    static void draw(QPainter &painter, const QRectF &frame, const QString &text,
                     const MapSettings &settings);
};

} // namespace zhili
