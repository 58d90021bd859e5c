#include "layout/scalebar.h"

#include <QFontMetricsF>
#include <QPainter>
#include <cmath>

namespace zhili {

namespace {
constexpr double kBarHeightMm = 1.6;
constexpr double kLabelGapMm = 0.8;
QColor barColor()
{
    return QColor(34, 34, 34);
}
} // namespace

ScaleBar::ScaleBar(double metresPerMm, double maxWidthMm) : m_metresPerMm(metresPerMm)
{
    m_metres = roundLengthBelow(metresPerMm * maxWidthMm);
    // Segments read as round sub-lengths: 1 → 4 × 0.25, 2 → 4 × 0.5, 5 → 5 × 1.
    const double mantissa = m_metres / std::pow(10.0, std::floor(std::log10(m_metres) + 1e-9));
    m_segments = std::abs(mantissa - 5) < 1e-6 ? 5 : 4;
}

double ScaleBar::roundLengthBelow(double limit)
{
    if (!(limit > 0) || !std::isfinite(limit))
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(limit)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= limit * (1 + 1e-9))
            return m * p;
    return p;
}

QString ScaleBar::formatMetres(double metres)
{
    if (metres >= 1000)
        return QStringLiteral("%1 km").arg(QString::number(metres / 1000, 'g', 6));
    return QStringLiteral("%1 m").arg(QString::number(metres, 'g', 6));
}

QString ScaleBar::formatRatio(double denominator)
{
    if (!(denominator > 0) || !std::isfinite(denominator))
        return QString();
    // Three significant digits: 1:24 873 → 1:24 900.
    const double mag = std::pow(10.0, std::floor(std::log10(denominator)) - 2);
    const double rounded = std::round(denominator / std::max(1.0, mag)) * std::max(1.0, mag);
    // Beyond 64-bit integers (an extent of ±1e300 m) the cast below would be undefined: print 1:1.89e+301.
    if (rounded >= 9e18)
        return QStringLiteral("1:") + QString::number(denominator, 'g', 3);
    const qint64 n = qint64(rounded);
    QString digits = QString::number(n);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x2009)); // thin space, the ISO thousands separator
    return QStringLiteral("1:") + digits;
}

QSizeF ScaleBar::size(const SheetStyle &s, const QPaintDevice *device) const
{
    QFontMetricsF fm(s.font(6.5), const_cast<QPaintDevice *>(device));
    const double w =
        s.mmAbs(lengthMm()) + fm.horizontalAdvance(label()) + fm.horizontalAdvance(QStringLiteral("0"));
    return QSizeF(w, s.mm(kBarHeightMm) + s.mm(kLabelGapMm) + fm.height());
}

QRectF ScaleBar::paint(QPainter &p, const QPointF &topLeft, const SheetStyle &s) const
{
    p.save();
    p.setFont(s.font(6.5));
    const QFontMetricsF fm = p.fontMetrics();
    // Leave room for the centred "0" label at the start.
    const double x0 = topLeft.x() + fm.horizontalAdvance(QStringLiteral("0")) / 2;
    const double y0 = topLeft.y() + fm.height() + s.mm(kLabelGapMm);
    const QRectF bar(x0, y0, s.mmAbs(lengthMm()), s.mm(kBarHeightMm));

    p.setPen(Qt::NoPen);
    // The dark bar spans exactly the labelled length; white segments are inset so the outline stays inside.
    p.fillRect(bar, barColor());
    const double inset = std::max(s.mm(0.14), 1.0);
    const double segW = bar.width() / m_segments;
    for (int i = 1; i < m_segments; i += 2) {
        QRectF seg(bar.left() + i * segW, bar.top() + inset, segW, bar.height() - 2 * inset);
        if (i == m_segments - 1)
            seg.setRight(bar.right() - inset);
        p.fillRect(seg, Qt::white);
    }
    p.setPen(barColor());
    const double baseline = bar.top() - s.mm(kLabelGapMm) - fm.descent();
    auto centred = [&](double x, const QString &t) {
        p.drawText(QPointF(x - fm.horizontalAdvance(t) / 2, baseline), t);
    };
    centred(bar.left(), QStringLiteral("0"));
    // Number only in the middle, number and unit at the end ("0   250   500 m").
    const double unit = m_metres >= 1000 ? 1000 : 1;
    if (m_segments % 2 == 0) // the middle is a segment boundary
        centred(bar.left() + bar.width() / 2, QString::number(m_metres / 2 / unit, 'g', 6));
    const QString endNumber = QString::number(m_metres / unit, 'g', 6);
    // Centre the number over the bar's end; the unit hangs to the right.
    p.drawText(QPointF(bar.right() - fm.horizontalAdvance(endNumber) / 2, baseline), label());
    p.restore();
    return bar;
}

} // namespace zhili
