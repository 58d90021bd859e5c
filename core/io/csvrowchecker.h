#pragma once

#include "io/csvtable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhili {

/// The frame every all-or-nothing CSV import shares (targets, enterprises): reads the file, refuses a header
/// with a missing or unknown column (an unknown one is named with the columns allowed), hands each record to
/// the importer's row parser with cell access and problem collection, refuses a second row with the same key,
/// and finally throws CsvImportRefused listing every problem when there is any.
class CsvRowChecker {
public:
    struct Columns {
        QStringList required;
        QStringList optional;
        QString missingReason; ///< the problem of a required column that is not in the header
    };

    /// Reads `path`; throws CsvImportRefused when the header is bad (nothing else is checked then).
    CsvRowChecker(const QString &path, const Columns &columns);

    const QString &encoding() const { return m_encoding; }

    /// parse() → Row for each record (not for one wider than the header, a problem itself); a record whose
    /// parse() added a problem is dropped; a row whose key(row) was seen on an earlier line gets
    /// duplicate(row, firstLine), a CsvProblem without line. Throws CsvImportRefused unless clean.
    template <typename Row, typename Parse, typename Key, typename Duplicate>
    QList<Row> rows(const Parse &parse, const Key &key, const Duplicate &duplicate);

    /// The current record's cell in `column`, trimmed; "" when the column or the cell is missing.
    QString cell(const QString &column) const;
    bool hasColumn(const QString &column) const { return m_table.column(column) >= 0; }
    /// The ecosystem key of the current record's `ecosystem` cell (a key, Chinese or English name); "" and a
    /// problem when it names none.
    QString ecosystemKey();
    /// The line the current record starts on (0 outside rows()).
    int line() const { return m_record ? m_record->line : 0; }
    /// A problem of the current record: `reason` about `column`, whose cell is quoted.
    void bad(const QString &column, const QString &reason);
    /// A problem of the current record with the value given (e.g. one item of a list cell).
    void bad(const QString &column, const QString &value, const QString &reason);
    qsizetype problemCount() const { return m_problems.size(); }

private:
    /// Makes `r` the current record; false (and a problem) when it has more cells than the header.
    bool startRecord(const CsvTable::Record &r);

    QString m_path;
    CsvTable m_table;
    QString m_encoding;
    QList<CsvProblem> m_problems;
    QHash<QString, int> m_seen; ///< row key → line
    const CsvTable::Record *m_record = nullptr;
};

template <typename Row, typename Parse, typename Key, typename Duplicate>
QList<Row> CsvRowChecker::rows(const Parse &parse, const Key &key, const Duplicate &duplicate)
{
    QList<Row> list;
    for (const CsvTable::Record &r : m_table.records()) {
        if (!startRecord(r))
            continue;
        const qsizetype before = m_problems.size();
        Row row = parse();
        if (m_problems.size() != before)
            continue;
        const QString k = key(row);
        if (const auto first = m_seen.constFind(k); first != m_seen.cend()) {
            CsvProblem p = duplicate(row, first.value());
            p.line = r.line;
            m_problems.append(p);
            continue;
        }
        m_seen.insert(k, r.line);
        list.append(row);
    }
    m_record = nullptr;
    CsvTable::refuseUnlessClean(m_path, m_problems, list.size());
    return list;
}

} // namespace zhili
