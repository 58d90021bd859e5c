#include "cli/texttable.h"

#include <QCoreApplication>
#include <algorithm>
#include <utility>

namespace zhili::cli {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

TextTable::TextTable(QList<Column> columns, QString indent)
    : m_columns(std::move(columns)), m_indent(std::move(indent))
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::text() const
{
    QList<int> widths;
    QStringList headings;
    for (const Column &c : m_columns) {
        widths << displayWidth(c.heading);
        headings << c.heading;
    }
    for (const QStringList &row : m_rows)
        for (int i = 0; i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.value(i)));
    QString text = line(headings, widths);
    for (const QStringList &row : m_rows)
        text += line(row, widths);
    return text;
}

QString TextTable::line(const QStringList &cells, const QList<int> &widths) const
{
    QStringList parts;
    for (int i = 0; i < widths.size(); ++i) {
        const QString cell = cells.value(i);
        const QString pad(widths[i] - displayWidth(cell), QLatin1Char(' '));
        parts << (m_columns[i].align == Align::Left ? cell + pad : pad + cell);
    }
    QString text = m_indent + parts.join(QLatin1Char(' '));
    // No trailing blanks after a left-aligned last column.
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text + QLatin1Char('\n');
}

QStringList resourceHeadings()
{
    return {QCoreApplication::translate("TextTable", "Land (mu)"),
            QCoreApplication::translate("TextTable", "Energy (tce)"),
            QCoreApplication::translate("TextTable", "Finance (10k yuan)")};
}

} // namespace zhili::cli
