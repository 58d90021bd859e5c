#pragma once

#include "util/errorwithitems.h"

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
class CsvImportRefused : public ErrorWithItems<CsvProblem> {
public:
    CsvImportRefused(const QString &file, QList<CsvProblem> problems);
    const QList<CsvProblem> &problems() const { return items(); }
};

/// A small RFC 4180 CSV file read whole: quoted cells with commas, quotes and line breaks; UTF-8 with or
/// without BOM, or GB18030/GBK as Excel writes it on Chinese Windows (strict UTF-8 is tried first, so valid
/// UTF-8 is never misread). Text that decodes as GB18030 but does not look like Chinese (Japanese Shift-JIS,
/// traditional Big5, other code pages) is refused rather than stored as mojibake. Each record keeps the line
/// it starts on for error reports.
///
/// The number rule of every CSV (number()): see docs/indicators.md, "Numbers in CSV files".
class CsvTable {
public:
    struct Record {
        int line = 0;
        QStringList cells;
    };

    /// Largest absolute value number() accepts: 1e10 (10 000 亿; more than China's GDP in 万元 and its
    /// energy use in tce), so no figure can overflow a sum or a ratio.
    static constexpr double kMaxNumber = 1e10;
    /// Smallest non-zero absolute value number() accepts (smaller figures are typos and blow up ratios).
    static constexpr double kMinNonZeroNumber = 1e-6;

    /// Reads and decodes the file; throws zhili::Error naming it when it is not a regular file, is larger
    /// than kMaxCsvBytes (64 MiB, checked before reading), cannot be read or decoded, does not look like
    /// Chinese text in GB18030, or when a quoted cell is never closed.
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

    /// Problems of the header itself: a column named twice (line 1). Empty when fine.
    QList<CsvProblem> headerProblems() const;
    /// The problem of a row with more cells than the header (nothing may be dropped silently), or nullopt.
    std::optional<CsvProblem> tooManyCells(const Record &r) const;

    /// The one number parser of every CSV: NFKC first (full-width `１２３．５` is 123.5), then plain decimal
    /// or exponent syntax; a comma only as a thousands separator in groups of three (`"1,234.5"`, which a
    /// CSV must quote), anything else with a comma (`"12,5"`) is ambiguous and refused; nan/inf, values
    /// that overflow, |v| > maxAbs and non-zero |v| < kMinNonZeroNumber are refused; -0 is 0. On failure
    /// returns nullopt and sets `reason` (bilingual). Empty cells are the caller's call.
    static std::optional<double> number(const QString &cell, QString *reason, double maxAbs = kMaxNumber);
    /// number() and ≥ 0.
    static std::optional<double> nonNegativeNumber(const QString &cell, QString *reason,
                                                   double maxAbs = kMaxNumber);
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
