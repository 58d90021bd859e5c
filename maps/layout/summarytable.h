#pragma once

#include "cache/cachesummary.h"
#include "layout/sheetstyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

class GeoPackageCache;
class SummaryColumns;
struct Envelope;

/// One row of the per-ecosystem summary: parcels, area and the land / energy / finance allocated to them
/// (key: ecosystem, "" = unassigned, "total" for the sum; color: the ecosystem's colour name).
using SummaryRow = ParcelTotals;

/// The optional per-ecosystem summary table of a sheet (地块, 面积 亩, 用地 亩, 用能 tce, 金融 万元).
class SummaryTable {
public:
    SummaryTable() = default;
    SummaryTable(const QString &heading, const QList<SummaryRow> &rows) : m_heading(heading), m_rows(rows) {}

    /// Totals per ecosystem of the parcels of `district` (when not empty), else of the parcels whose bounding
    /// box meets `extent`. Ecosystems without parcels are left out; the last row is the total. Names are in
    /// `language` ("zh" or "en"), the sheet's.
    static QList<SummaryRow> compute(GeoPackageCache &cache, const QString &district, const Envelope &extent,
                                     const QString &language = QStringLiteral("zh"));

    /// One text of the table as drawn: a heading line, a name or a figure, in its box (device units).
    struct Cell {
        QString text;
        QRectF box;
        QFont font;
        bool mayShorten = false; ///< names may end in "…" when the frame is too narrow; figures never
    };

    /// Height in mm at type scale 1 for `rows` rows including the total.
    static double heightMm(int rows);
    /// Draws into `rect` (device units) with columns sized to the text; returns every text as placed.
    QList<Cell> paint(QPainter &p, const QRectF &rect, const SheetStyle &style) const;
    const QList<SummaryRow> &rows() const { return m_rows; }

private:
    /// The texts of a row, column by column: name, parcels, area, land, energy, finance.
    static QStringList rowTexts(const SummaryRow &row);
    QList<Cell> paintHeader(QPainter &p, const QRectF &band, const SummaryColumns &columns,
                            const SheetStyle &s) const;

    QString m_heading;
    QList<SummaryRow> m_rows;
};

} // namespace zhili
