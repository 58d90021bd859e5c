#include "layout/legendblock.h"

#include "layout/sheettext.h"

#include <QFontMetricsF>
#include <QPainter>

namespace zhili {

namespace {
constexpr double kHeadingMm = 6.2;
constexpr double kHeaderMm = 4.6;
constexpr double kRowMm = 5.6;
} // namespace

LegendBlock::LegendBlock(const QString &heading, const QList<LegendEntry> &entries)
    : m_heading(heading), m_entries(entries)
{
}

double LegendBlock::heightMm(int lines)
{
    return kHeadingMm + kHeaderMm + lines * kRowMm + 1;
}

int LegendBlock::lines(const QList<LegendEntry> &entries)
{
    int n = int(entries.size());
    bool enterprises = false; // the first header counts parcels
    for (const LegendEntry &e : entries)
        if (e.countsEnterprises != enterprises) {
            enterprises = e.countsEnterprises;
            ++n;
        }
    return n;
}

QList<QRectF> LegendBlock::paint(QPainter &p, const QRectF &rect, const SheetStyle &s) const
{
    QList<QRectF> swatches;
    p.save();
    double y = rect.top();
    SheetText::draw(p, QRectF(rect.left(), y, rect.width(), s.mm(kHeadingMm)), m_heading, s.font(10, true),
                    s.ink, Qt::AlignLeft | Qt::AlignTop);
    y += s.mm(kHeadingMm);

    // Columns: swatch | name | count | area (亩), numbers right-aligned.
    const double swatchW = s.mm(6.5), swatchH = s.mm(3.8);
    const double areaRight = rect.right();
    const double areaW = s.mm(17);
    const double countRight = areaRight - areaW - s.mm(1);
    const double countW = s.mm(10);
    const double nameLeft = rect.left() + swatchW + s.mm(2.2);
    const double nameW = countRight - countW - nameLeft;

    // A column header: what the rows under it count, and their area when they have one.
    auto header = [&](bool enterprises) {
        const QFont small = s.font(6.5);
        const double h = s.mm(kHeaderMm);
        SheetText::draw(p, QRectF(nameLeft, y, nameW, h), s.words("类别", "Class"), small, s.muted,
                        Qt::AlignLeft | Qt::AlignVCenter);
        SheetText::draw(p, QRectF(countRight - countW, y, countW, h),
                        enterprises ? s.words("企业", "Enterprises") : s.words("地块", "Parcels"), small,
                        s.muted, Qt::AlignRight | Qt::AlignVCenter);
        if (!enterprises)
            SheetText::draw(p, QRectF(areaRight - areaW, y, areaW, h), s.words("面积(亩)", "Area (mu)"),
                            small, s.muted, Qt::AlignRight | Qt::AlignVCenter);
        y += h;
        p.setPen(QPen(s.rule, s.pt(0.5)));
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    };
    header(false);

    const QFont body = s.font(8);
    bool enterprises = false;
    for (const LegendEntry &e : m_entries) {
        if (e.countsEnterprises != enterprises) {
            enterprises = e.countsEnterprises;
            header(enterprises);
        }
        const QRectF row(rect.left(), y, rect.width(), s.mm(kRowMm));
        const QRectF swatch(rect.left(), row.center().y() - swatchH / 2, swatchW, swatchH);
        // The swatch interior is exactly the class colour (tests read it); the outline sits outside it.
        p.setPen(Qt::NoPen);
        p.fillRect(swatch, e.color);
        p.setPen(QPen(QColor(80, 80, 80), s.pt(0.35)));
        p.setBrush(Qt::NoBrush);
        const double o = s.pt(0.35) / 2;
        p.drawRect(swatch.adjusted(-o, -o, o, o));
        swatches << swatch;
        SheetText::draw(p, QRectF(nameLeft, row.top(), nameW, row.height()), e.label, body, s.ink,
                        Qt::AlignLeft | Qt::AlignVCenter, true);
        if (e.count >= 0) // a missing chain link has nothing to count
            SheetText::draw(p, QRectF(countRight - countW, row.top(), countW, row.height()),
                            SheetText::integer(e.count), body, s.ink, Qt::AlignRight | Qt::AlignVCenter);
        if (e.count >= 0 && !e.countsEnterprises)
            SheetText::draw(p, QRectF(areaRight - areaW, row.top(), areaW, row.height()),
                            SheetText::number(e.areaMu, 1), body, s.ink, Qt::AlignRight | Qt::AlignVCenter);
        y += row.height();
    }
    p.restore();
    return swatches;
}

} // namespace zhili
