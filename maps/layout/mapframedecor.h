#pragma once

#include "geometry/envelope.h"
#include "layout/sheetstyle.h"

#include <QRectF>

class QPainter;

namespace zhili {

class MapScene;

/// What every map frame on a sheet carries — the map itself, a north arrow and a scale bar on white plates
/// in its corners, the frame line — shared by the snapshot sheet and the chain sheet so both look alike.
/// Sizes follow the SheetStyle (device units at its DPI).
namespace MapFrameDecor {

/// Draws `scene` showing `extent` into `frame` (white behind it), clipped to the frame. The painter's clip
/// stays set to the frame (callers draw over the map, then restore).
void paintMap(QPainter &p, const SheetStyle &s, const MapScene &scene, const QRectF &frame,
              const Envelope &extent);
/// The north arrow's box in the frame's top-right corner, 4 mm (type-scaled) in from the edges.
QRectF northArrowBox(const QRectF &frame, double typeScale, double dpi);
/// The north arrow on a white plate in `box`.
void paintNorthArrow(QPainter &p, const SheetStyle &s, const QRectF &box);
/// The scale bar on a white plate in the frame's bottom-left corner, for `extent` filling `frame`, with
/// the ratio ("比例尺 1:25 000") unless `withRatio` is false. Returns the bar's rectangle; `metres` gets its
/// length.
QRectF paintScaleBar(QPainter &p, const SheetStyle &s, const QRectF &frame, const Envelope &extent,
                     bool withRatio, double *metres = nullptr);
/// The frame line, outside the map pixels.
void paintFrameLine(QPainter &p, const SheetStyle &s, const QRectF &frame);

} // namespace MapFrameDecor

} // namespace zhili
