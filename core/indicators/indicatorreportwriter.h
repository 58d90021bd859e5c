#pragma once

#include "indicators/indicatorreport.h"
#include "indicators/permuevaluator.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zhili {

/// Writes an IndicatorReport (and a PerMuEvaluation) as CSV, JSON or Markdown. Numbers in CSV and JSON are
/// written in shortest round-trip form, so a reader gets exactly the figures the dashboard shows.
class IndicatorReportWriter {
public:
    /// The progress table: one line per ProgressRow, header = csvColumns(). UTF-8, no BOM, "\n". In both
    /// CSVs, text cells starting with = + - @, tab or CR get a leading ' (no formulas in a spreadsheet).
    static QString csv(const IndicatorReport &report);
    static QStringList csvColumns();
    /// Everything: rows, ledger, double counts, thresholds.
    static QJsonObject json(const IndicatorReport &report);
    /// Tables for people (figures rounded to 2 decimals).
    static QString markdown(const IndicatorReport &report);

    static QJsonObject json(const PerMuEvaluation &evaluation);
    static QString csv(const PerMuEvaluation &evaluation);

    /// A number as written in CSV text (shortest form that reads back to the same double; "" for nullopt).
    static QString number(std::optional<double> v);
};

} // namespace zhili
