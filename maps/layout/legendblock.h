#pragma once

#include "layers/legendmodel.h"
#include "layout/sheetstyle.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

/// The legend of a sheet: a heading, a column header and one row per class present in the frame
/// (swatch, name, parcel count, area in 亩).
class LegendBlock {
public:
    LegendBlock(const QString &heading, const QList<LegendEntry> &entries);

    /// Height in mm at type scale 1 for `rows` entries (the sheet reserves space before it knows the rows).
    static double heightMm(int rows);
    /// Draws into `rect` (device units); returns the swatch rectangles, one per entry, in order.
    QList<QRectF> paint(QPainter &p, const QRectF &rect, const SheetStyle &style) const;

    const QList<LegendEntry> &entries() const { return m_entries; }

private:
    QString m_heading;
    QList<LegendEntry> m_entries;
};

} // namespace zhili
