#include "layout/summarytable.h"

#include "cache/ecosystemtotalsquery.h"
#include "cache/geopackagecache.h"
#include "layout/sheettext.h"
#include "layout/summarycolumns.h"
#include "model/ecosystem.h"

#include <QPainter>
#include <cmath>

namespace zhili {

namespace {
constexpr double kHeadingMm = 6.2;
constexpr double kHeaderMm = 6.4; // room for a name over its unit in narrow tables
constexpr double kRowMm = 4.7;

// The column headings in the sheet's language.
QStringList columnHeadings(const SheetStyle &s)
{
    return {s.words("生态圈", "Ecosystem"),       s.words("地块", "Parcels"),
            s.words("面积(亩)", "Area (mu)"),     s.words("用地(亩)", "Land (mu)"),
            s.words("用能(tce)", "Energy (tce)"), s.words("金融(万元)", "Finance (10k yuan)")};
}
} // namespace

QList<SummaryRow> SummaryTable::compute(GeoPackageCache &cache, const QString &district,
                                        const Envelope &extent, const QString &language)
{
    const bool en = language == QLatin1String("en");
    const QList<SummaryRow> totals = !district.isEmpty()
                                         ? EcosystemTotalsQuery::inDistrict(cache.db(), district)
                                         : EcosystemTotalsQuery::inExtent(cache.db(), extent);
    QHash<QString, SummaryRow> byKey;
    for (const SummaryRow &t : totals)
        byKey.insert(t.key, t);
    QList<SummaryRow> rows;
    SummaryRow total;
    total.key = QStringLiteral("total");
    total.name = en ? QStringLiteral("Total") : QStringLiteral("合计");
    auto add = [&](const SummaryRow &r) {
        rows << r;
        total.add(r);
    };
    for (const Ecosystem &e : cache.ecosystems()) {
        if (!byKey.contains(e.key))
            continue;
        SummaryRow r = byKey.value(e.key);
        r.name = en ? e.nameEn : e.nameZh;
        r.color = e.color;
        add(r);
    }
    if (byKey.contains(QString())) {
        SummaryRow r = byKey.value(QString());
        r.name = en ? QStringLiteral("Unassigned") : QStringLiteral("未分配");
        r.color = unassignedColor();
        add(r);
    }
    rows << total;
    return rows;
}

double SummaryTable::heightMm(int rows)
{
    return kHeadingMm + kHeaderMm + rows * kRowMm + 1.5;
}

QStringList SummaryTable::rowTexts(const SummaryRow &r)
{
    // Large sums drop the decimal: a tenth of 100,000 亩 says nothing on a meeting sheet.
    auto num = [](double v) { return SheetText::number(v, std::abs(v) >= 100000 ? 0 : 1); };
    return {r.name,           SheetText::integer(r.parcels), num(r.areaMu), num(r.landMu), num(r.energyTce),
            num(r.financeWan)};
}

QList<SummaryTable::Cell> SummaryTable::paintHeader(QPainter &p, const QRectF &band,
                                                    const SummaryColumns &columns, const SheetStyle &s) const
{
    p.fillRect(band, s.tableFill);
    QList<Cell> cells;
    const QList<double> &x = columns.edges();
    const double pad = columns.padding();
    for (int i = 0; i < columns.headingLines().size(); ++i) {
        const QStringList &lines = columns.headingLines()[i];
        const Qt::Alignment align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        const double lineH = band.height() / lines.size();
        for (int l = 0; l < lines.size(); ++l) {
            // Two lines sit a little closer to the middle of the band than its halves.
            const double nudge = lines.size() == 1 ? 0 : (l == 0 ? s.mm(0.3) : -s.mm(0.3));
            const QRectF box(band.left() + x[i] + pad, band.top() + l * lineH + nudge,
                             x[i + 1] - x[i] - 2 * pad, lineH);
            SheetText::draw(p, box, lines[l], columns.headingFont(), s.ink, align);
            cells.append({lines[l], box, columns.headingFont(), false});
        }
    }
    return cells;
}

QList<SummaryTable::Cell> SummaryTable::paint(QPainter &p, const QRectF &rect, const SheetStyle &s) const
{
    p.save();
    double y = rect.top();
    SheetText::draw(p, QRectF(rect.left(), y, rect.width(), s.mm(kHeadingMm)), m_heading, s.font(10, true),
                    s.ink, Qt::AlignLeft | Qt::AlignTop, true);
    y += s.mm(kHeadingMm);

    QList<QStringList> texts;
    for (const SummaryRow &r : m_rows)
        texts << rowTexts(r);
    const double swatch = s.mm(2.2), swatchGap = s.mm(1.2);
    const SummaryColumns columns(columnHeadings(s), texts, swatch + swatchGap, rect.width(), s.mm(kHeaderMm),
                                 s, p.device());
    const QList<double> &x = columns.edges();
    const double pad = columns.padding();
    QList<Cell> cells = paintHeader(p, QRectF(rect.left(), y, rect.width(), s.mm(kHeaderMm)), columns, s);
    y += s.mm(kHeaderMm);

    for (int r = 0; r < m_rows.size(); ++r) {
        const bool total = m_rows[r].key == QLatin1String("total");
        const QRectF row(rect.left(), y, rect.width(), s.mm(kRowMm));
        if (total) {
            p.setPen(QPen(s.ink, s.pt(0.6)));
            p.drawLine(row.topLeft(), row.topRight());
        }
        double nameLeft = rect.left() + x[0] + pad;
        if (!total)
            p.fillRect(QRectF(nameLeft, row.center().y() - swatch / 2, swatch, swatch),
                       QColor(m_rows[r].color));
        nameLeft += swatch + swatchGap; // the total's name lines up with the others
        const QFont &f = total ? columns.boldFont() : columns.bodyFont();
        for (int c = 0; c < texts[r].size(); ++c) {
            const double left = c == 0 ? nameLeft : rect.left() + x[c] + pad;
            const QRectF box(left, y, rect.left() + x[c + 1] - pad - left, row.height());
            const Qt::Alignment align = (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            SheetText::draw(p, box, texts[r][c], f, s.ink, align, c == 0);
            cells.append({texts[r][c], box, f, c == 0});
        }
        y += row.height();
        if (!total) {
            p.setPen(QPen(s.rule, s.pt(0.3)));
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    p.setPen(QPen(s.ink, s.pt(0.6)));
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    p.restore();
    return cells;
}

} // namespace zhili
