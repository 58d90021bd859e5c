#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

/// Text helpers for sheets: aligned, optionally elided text in a box, and Chinese-style number formatting.
namespace SheetText {

/// Draws `text` aligned in `box` (device units); `elide` shortens it with "…" when it does not fit.
void draw(QPainter &p, const QRectF &box, const QString &text, const QFont &font, const QColor &color,
          Qt::Alignment align, bool elide = false);
/// "12,345.6" (grouped, `decimals` digits).
QString number(double v, int decimals);
/// "1,234".
QString integer(qint64 v);
/// "数据截至 2026年11月26日" or "Data as of 2026-11-26" ("…—" for a null date).
QString dateLine(const QDate &date, bool english);

} // namespace SheetText

} // namespace zhili
