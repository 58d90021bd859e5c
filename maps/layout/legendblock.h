#pragma once

#include "layers/legendmodel.h"
#include "layout/sheetstyle.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

/// The legend of a sheet: a heading, a column header and one row per class present in the frame
/// (swatch, name, parcel count, area in 亩). Rows that count enterprises (a chain's flow lines) follow a
/// header of their own, "企业", without an area.
class LegendBlock {
public:
    LegendBlock(const QString &heading, const QList<LegendEntry> &entries);

    /// Height in mm at type scale 1 for `lines` rows and column headers (the sheet reserves space before it
    /// knows the rows).
    static double heightMm(int lines);
    /// Rows and column headers `entries` take: one header, and one more where the counted thing changes.
    static int lines(const QList<LegendEntry> &entries);
    /// Draws into `rect` (device units); returns the swatch rectangles, one per entry, in order.
    QList<QRectF> paint(QPainter &p, const QRectF &rect, const SheetStyle &style) const;

    const QList<LegendEntry> &entries() const { return m_entries; }

private:
    QString m_heading;
    QList<LegendEntry> m_entries;
};

} // namespace zhili
