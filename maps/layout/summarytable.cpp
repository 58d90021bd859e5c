#include "layout/summarytable.h"

#include "cache/ecosystemtotalsquery.h"
#include "cache/geopackagecache.h"
#include "layout/sheettext.h"
#include "model/ecosystem.h"

#include <QFontMetricsF>
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

void SummaryTable::paint(QPainter &p, const QRectF &rect, const SheetStyle &s) const
{
    p.save();
    double y = rect.top();
    SheetText::draw(p, QRectF(rect.left(), y, rect.width(), s.mm(kHeadingMm)), m_heading, s.font(10, true),
                    s.ink, Qt::AlignLeft | Qt::AlignTop, true);
    y += s.mm(kHeadingMm);

    // Column widths as fractions of the block: the name column takes what the numbers leave.
    const QStringList headers = columnHeadings(s);
    constexpr int kColumns = 6;
    const double fractions[kColumns] = {0.24, 0.08, 0.16, 0.15, 0.16, 0.21};
    double x[kColumns + 1];
    x[0] = rect.left();
    for (int i = 0; i < kColumns; ++i)
        x[i + 1] = x[i] + rect.width() * fractions[i];
    const double pad = s.mm(1);

    const QRectF header(rect.left(), y, rect.width(), s.mm(kHeaderMm));
    p.fillRect(header, s.tableFill);
    // A narrow table (portrait sheets) puts the units under the names rather than print headers over each
    // other.
    const QFont headFont = s.font(6.5, true);
    const QFontMetricsF fm(headFont);
    bool oneLine = true;
    for (int i = 0; i < kColumns; ++i)
        oneLine = oneLine && fm.horizontalAdvance(headers[i]) <= x[i + 1] - x[i] - 2 * pad;
    const QFont twoLineFont = s.font(5.8, true);
    for (int i = 0; i < kColumns; ++i) {
        const Qt::Alignment align = (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        const QRectF cell(x[i] + pad, y, x[i + 1] - x[i] - 2 * pad, header.height());
        const qsizetype unit = headers[i].indexOf(QLatin1Char('('));
        if (oneLine || unit < 0) {
            SheetText::draw(p, cell, headers[i], oneLine ? headFont : twoLineFont, s.ink, align);
        } else {
            const QRectF top(cell.left(), cell.top(), cell.width(), cell.height() / 2);
            SheetText::draw(p, top.translated(0, s.mm(0.3)), headers[i].left(unit), twoLineFont, s.ink,
                            align);
            SheetText::draw(p, top.translated(0, top.height() - s.mm(0.3)), headers[i].mid(unit), twoLineFont,
                            s.ink, align, true);
        }
    }
    y += header.height();

    const QFont body = s.font(7);
    const QFont bold = s.font(7, true);
    for (const SummaryRow &r : m_rows) {
        const bool total = r.key == QLatin1String("total");
        const QRectF row(rect.left(), y, rect.width(), s.mm(kRowMm));
        if (total) {
            p.setPen(QPen(s.ink, s.pt(0.6)));
            p.drawLine(row.topLeft(), row.topRight());
        }
        double nameLeft = x[0] + pad;
        if (!total) {
            const double d = s.mm(2.2);
            p.fillRect(QRectF(nameLeft, row.center().y() - d / 2, d, d), QColor(r.color));
            nameLeft += d + s.mm(1.2);
        }
        const QFont &f = total ? bold : body;
        SheetText::draw(p, QRectF(nameLeft, y, x[1] - nameLeft - pad, row.height()), r.name, f, s.ink,
                        Qt::AlignLeft | Qt::AlignVCenter, true);
        // Large sums drop the decimal so the columns keep their width.
        auto num = [](double v) { return SheetText::number(v, std::abs(v) >= 100000 ? 0 : 1); };
        const QString values[] = {SheetText::integer(r.parcels), num(r.areaMu), num(r.landMu),
                                  num(r.energyTce), num(r.financeWan)};
        for (int i = 0; i < kColumns - 1; ++i)
            SheetText::draw(p, QRectF(x[i + 1] + pad, y, x[i + 2] - x[i + 1] - 2 * pad, row.height()),
                            values[i], f, s.ink, Qt::AlignRight | Qt::AlignVCenter);
        y += row.height();
        if (!total) {
            p.setPen(QPen(s.rule, s.pt(0.3)));
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    p.setPen(QPen(s.ink, s.pt(0.6)));
    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    p.restore();
}

} // namespace zhili
