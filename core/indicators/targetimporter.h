#pragma once

#include "edit/user.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatortypes.h"
#include "io/csvtable.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// What a targets import did.
struct TargetImportResult : CsvImportResult {};

/// Imports assessment targets (考核目标) from CSV.
///
/// Header `year,ecosystem,district,land_mu,energy_tce,finance_wan,projects` (any order, case-insensitive),
/// optional `tax_wan,value_added_wan`; other columns are refused (a misspelt optional column must not
/// vanish). `district` empty or "全市" = city-wide; otherwise a district of the cache. `ecosystem` by key,
/// 中文 or English name. Numbers finite and ≥ 0 (empty = 0 for the four required figures, = no target for the
/// optional two); `projects` a whole number. A (year, ecosystem, district) key may appear once per file.
/// Existing targets with the same key are replaced; others stay. All-or-nothing: every bad row is reported in
/// CsvImportRefused and nothing is written; the rows are written in one transaction with one audit row each.
class TargetImporter {
public:
    explicit TargetImporter(GeoPackageCache &cache);

    /// Reads and checks the file without writing. Throws CsvImportRefused listing every bad row.
    QList<Target> read(const QString &path, QString *encoding = nullptr);
    /// Checks the user's rights, reads, then writes everything in one transaction.
    TargetImportResult import(const User &user, const QString &path);

    static const QStringList &requiredColumns();
    static const QStringList &optionalColumns();

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
