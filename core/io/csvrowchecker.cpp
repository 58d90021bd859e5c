#include "io/csvrowchecker.h"

#include "model/ecosystem.h"

#include <QCoreApplication>

namespace zhili {

CsvRowChecker::CsvRowChecker(const QString &path, const Columns &columns)
    : m_path(path), m_table(CsvTable::read(path)), m_encoding(m_table.encoding())
{
    m_problems = m_table.headerProblems();
    const QStringList header = m_table.header();
    for (const QString &c : columns.required)
        if (!header.contains(c))
            m_problems.append({1, c, QString(), columns.missingReason});
    const QString unknown = QCoreApplication::translate("CsvRowChecker", "unknown column; allowed: %1")
                                .arg((columns.required + columns.optional).join(QLatin1Char(',')));
    for (const QString &h : header)
        if (!columns.required.contains(h) && !columns.optional.contains(h))
            m_problems.append({1, h, h, unknown});
    if (!m_problems.isEmpty())
        throw CsvImportRefused(path, m_problems);
}

bool CsvRowChecker::startRecord(const CsvTable::Record &r)
{
    m_record = &r;
    if (const auto wide = m_table.tooManyCells(r)) {
        m_problems.append(*wide);
        return false;
    }
    return true;
}

QString CsvRowChecker::cell(const QString &column) const
{
    return CsvTable::cell(*m_record, m_table.column(column));
}

QString CsvRowChecker::ecosystemKey()
{
    const QString column = QStringLiteral("ecosystem");
    if (auto key = ecosystemKeyFor(cell(column)))
        return *key;
    bad(column,
        QCoreApplication::translate(
            "CsvRowChecker", "unknown ecosystem; use iot/bio/equip/mat/energy or their Chinese names"));
    return QString();
}

void CsvRowChecker::bad(const QString &column, const QString &reason)
{
    bad(column, cell(column), reason);
}

void CsvRowChecker::bad(const QString &column, const QString &value, const QString &reason)
{
    m_problems.append({m_record->line, column, value, reason});
}

} // namespace zhili
