#include "layout/summarycolumns.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace zhili {

namespace {
// Type sizes of the figures, largest first; headings are half a point smaller.
constexpr double kBodySteps[] = {7, 6.5, 6, 5.5, 5};
constexpr double kTwoLineHeadingMax = 5.8;

// "Finance (10k yuan)" → "Finance" over "(10k yuan)"; a heading without a unit keeps one line.
QStringList splitHeading(const QString &heading)
{
    const qsizetype unit = heading.indexOf(QLatin1Char('('));
    if (unit <= 0)
        return {heading};
    return {heading.left(unit).trimmed(), heading.mid(unit)};
}
} // namespace

struct SummaryColumns::Fit {
    double body = 0;
    double heading = 0;
    bool twoLines = false;
    QList<double> need; ///< per column, padding included

    double total() const { return std::accumulate(need.begin(), need.end(), 0.0); }
};

SummaryColumns::SummaryColumns(const QStringList &headings, const QList<QStringList> &rows, double nameIndent,
                               double width, double headerHeight, const SheetStyle &style,
                               const QPaintDevice *device)
    : m_headings(headings), m_rows(rows), m_nameIndent(nameIndent), m_headerHeight(headerHeight),
      m_style(style), m_device(device), m_pad(style.mm(1))
{
    // The largest type at which everything fits whole, headings on one line when they can.
    for (double body : kBodySteps)
        for (bool twoLines : {false, true}) {
            const Fit fit = measure(body, twoLines);
            if (fit.total() <= width) {
                take(fit, width, false);
                return;
            }
        }
    // Too many digits for the frame: names may be shortened now, and the type shrinks until the figures fit.
    const double nameMin = nameIndent + style.mm(6) + 2 * m_pad;
    Fit fit = measure(std::end(kBodySteps)[-1], true);
    while (fit.total() - fit.need[0] + nameMin > width && fit.body > 1)
        fit = measure(fit.body * 0.95, true);
    take(fit, width, true);
}

SummaryColumns::Fit SummaryColumns::measure(double bodyPoints, bool twoLines) const
{
    Fit fit;
    fit.body = bodyPoints;
    fit.twoLines = twoLines;
    fit.heading = twoLines ? std::min(kTwoLineHeadingMax, bodyPoints - 0.5) : bodyPoints - 0.5;
    // Two lines must fit the header band.
    const double lines = QFontMetricsF(m_style.font(fit.heading, true), m_device).lineSpacing() * 2;
    if (twoLines && lines > m_headerHeight)
        fit.heading *= m_headerHeight / lines;
    const QFontMetricsF head(m_style.font(fit.heading, true), m_device);
    // Every row measured bold: the total row is, and it is the widest.
    const QFontMetricsF bold(m_style.font(bodyPoints, true), m_device);
    for (int c = 0; c < m_headings.size(); ++c) {
        double w = 0;
        for (const QString &line : twoLines ? splitHeading(m_headings[c]) : QStringList{m_headings[c]})
            w = std::max(w, head.horizontalAdvance(line));
        for (const QStringList &row : m_rows)
            w = std::max(w, bold.horizontalAdvance(row.value(c)) + (c == 0 ? m_nameIndent : 0));
        fit.need << std::ceil(w) + 2 * m_pad;
    }
    return fit;
}

void SummaryColumns::take(const Fit &fit, double width, bool shortenNames)
{
    const double figures = fit.total() - fit.need[0];
    const double nameWidth = shortenNames ? width - figures : fit.need[0];
    // What is left is shared by all columns, so the figures do not crowd each other.
    const double share = std::max(0.0, width - figures - nameWidth) / fit.need.size();
    m_edges = {0};
    for (int c = 0; c < fit.need.size(); ++c)
        m_edges << m_edges.last() + (c == 0 ? nameWidth : fit.need[c]) + share;
    m_headingLines.clear();
    for (const QString &h : m_headings)
        m_headingLines << (fit.twoLines ? splitHeading(h) : QStringList{h});
    m_body = m_style.font(fit.body);
    m_bold = m_style.font(fit.body, true);
    m_heading = m_style.font(fit.heading, true);
}

} // namespace zhili
