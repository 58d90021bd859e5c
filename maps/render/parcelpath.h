#pragma once

#include <QPainterPath>
#include <QTransform>

namespace zhili {

class ParcelStore;

/// Parcel i of the store as a device path (odd-even, so holes stay holes), with screen-space
/// generalisation: vertices closer than `minStepPx` to the last kept one are dropped.
QPainterPath parcelPath(const ParcelStore &store, int i, const QTransform &mapToPixel, double minStepPx);

} // namespace zhili
