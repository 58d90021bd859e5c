#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhili::cli {

/// A plain-text table for the terminal: a heading line, then the rows, each column as wide as its widest
/// heading or cell, counted in terminal cells (a Chinese character takes two), so the columns line up in
/// either language.
class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        QString heading;
        Align align = Align::Right;
    };

    /// `indent` starts every line.
    explicit TextTable(QList<Column> columns, QString indent = QString());
    /// One row, a cell per column (missing cells are empty).
    void addRow(const QStringList &cells);
    /// Heading and rows, each line ending in '\n'; columns one space apart.
    QString text() const;

    /// Terminal cells `text` takes: two for East Asian wide characters, one for the others.
    static int displayWidth(const QString &text);

private:
    QString line(const QStringList &cells, const QList<int> &widths) const;

    QList<Column> m_columns;
    QString m_indent;
    QList<QStringList> m_rows;
};

/// The headings of the allocated resources, in the CLI's language: "Land (mu)", "Energy (tce)",
/// "Finance (10k yuan)".
QStringList resourceHeadings();

} // namespace zhili::cli
