#pragma once

#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// One problem with one CSV row: the line, the column and what is wrong, for a report that lists them all.
struct CsvProblem {
    int line = 0;   ///< 1-based line in the file (the header is line 1)
    QString column; ///< column name, empty when the whole row is wrong
    QString value;  ///< the cell as read
    QString reason; ///< bilingual, says what is allowed

    /// "第 3 行 line 3, energy_tce = \"-5\": 不能为负数 / must not be negative"
    QString toText() const;
};

/// An import was refused because rows are bad; nothing was written. The message lists every problem.
class CsvImportRefused : public Error {
public:
    CsvImportRefused(const QString &file, QList<CsvProblem> problems);
    const QList<CsvProblem> &problems() const { return m_problems; }

private:
    QList<CsvProblem> m_problems;
};

/// A small RFC 4180 CSV file read whole: quoted cells with commas, quotes and line breaks; UTF-8 with or
/// without BOM, or GB18030/GBK as Excel writes it on Chinese Windows (strict UTF-8 is tried first, so valid
/// UTF-8 is never misread). Each record keeps the line it starts on for error reports.
class CsvTable {
public:
    struct Record {
        int line = 0;
        QStringList cells;
    };

    /// Reads and decodes the file; throws zhili::Error naming it when it cannot be read or decoded, or when a
    /// quoted cell is never closed.
    static CsvTable read(const QString &path);
    /// Parses text already decoded (tests, pasted tables).
    static CsvTable parse(const QString &text, const QString &label);

    const QString &path() const { return m_path; }
    QString encoding() const { return m_encoding; } ///< "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QStringList header() const { return m_header; } ///< trimmed, lower-case
    const QList<Record> &records() const { return m_records; }
    /// Index of a column in the header, or -1.
    int column(const QString &name) const { return int(m_header.indexOf(name)); }
    /// The cell (trimmed) or "" when the row is short.
    static QString cell(const Record &r, int column);

    /// Parses a finite number ≥ 0 from a cell ("1200", "1.5e3", "1,200" with thousands separators); on
    /// failure returns nullopt and sets `reason` (non-numeric, non-finite, negative). Empty cells are the
    /// caller's call.
    static std::optional<double> nonNegativeNumber(const QString &cell, QString *reason);
    /// Parses a year 1949–2200; on failure returns nullopt and sets `reason`.
    static std::optional<int> year(const QString &cell, QString *reason);
    /// The end of every all-or-nothing read: throws CsvImportRefused listing `problems` when there are any,
    /// and zhili::Error when the file had no data row (`rows` = 0).
    static void refuseUnlessClean(const QString &path, const QList<CsvProblem> &problems, qsizetype rows);

private:
    QString m_path;
    QString m_encoding;
    QStringList m_header;
    QList<Record> m_records;
};

} // namespace zhili
