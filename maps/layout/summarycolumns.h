#pragma once

#include "layout/sheetstyle.h"

#include <QFont>
#include <QList>
#include <QStringList>

class QPaintDevice;

namespace zhili {

/// Column widths and type sizes of a sheet's summary table, sized from the measured text so that no figure
/// and no heading is cut, in either language and at any DPI.
///
/// Each column gets the width of its widest heading and cell (measured with the sheet's fonts on the output
/// device); what is left is shared out. When the table is wider than its frame, the headings go onto two
/// lines (the unit under the name), then the type shrinks a step at a time; only the first column (names)
/// may be shortened with "…", and only at the smallest step. Figures are never shortened.
class SummaryColumns {
public:
    /// `headings`: one per column; `rows`: the texts of each row, one per column (column 0 the name).
    /// `nameIndent`: room taken in the name column before its text (the swatch); `width`, `headerHeight`:
    /// the table's width and the height of its header band, device units.
    SummaryColumns(const QStringList &headings, const QList<QStringList> &rows, double nameIndent,
                   double width, double headerHeight, const SheetStyle &style, const QPaintDevice *device);

    /// Left edges of the columns plus the right edge of the last, relative to the table's left.
    const QList<double> &edges() const { return m_edges; }
    /// Each column's heading as drawn: one line, or the name over its unit.
    const QList<QStringList> &headingLines() const { return m_headingLines; }
    const QFont &bodyFont() const { return m_body; }
    const QFont &boldFont() const { return m_bold; }
    const QFont &headingFont() const { return m_heading; }
    /// Space left and right of a text in its column.
    double padding() const { return m_pad; }

private:
    struct Fit;
    Fit measure(double bodyPoints, bool twoLines) const;
    void take(const Fit &fit, double width, bool shortenNames);

    QStringList m_headings;
    QList<QStringList> m_rows;
    double m_nameIndent;
    double m_headerHeight;
    SheetStyle m_style;
    const QPaintDevice *m_device;
    double m_pad;
    QList<double> m_edges;
    QList<QStringList> m_headingLines;
    QFont m_body, m_bold, m_heading;
};

} // namespace zhili
