#pragma once

#include "chains/industrialchain.h"
#include "edit/user.h"
#include "indicators/indicatorstore.h"
#include "indicators/indicatortypes.h"
#include "io/csvtable.h"

#include <QList>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// What an enterprises import did.
struct EnterpriseImportResult : CsvImportResult {
    int renting = 0; ///< rows with no parcels
};

/// Imports enterprise figures for the per-mu evaluation (亩均论英雄) from CSV.
///
/// Header `name,year,parcels,tax_wan,value_added_wan,energy_tce,employees,rd_wan,revenue_wan,emissions_t`
/// (any order; name, year and parcels required, each figure column optional, other columns refused).
/// `parcels` is a `;`-separated list of parcel codes (full-width `；` too); a code used in several districts
/// is written `区县:编号` (e.g. `西湖区:XH-001`). Empty = the enterprise rents (no land of its own). Figures
/// are finite numbers ≥ 0; an empty cell = unknown. Bad rows: unknown/ambiguous parcel code, bad year, empty
/// name, (name, year) twice, bad number. All-or-nothing like TargetImporter; existing enterprises with the
/// same (name, year) are replaced, including their parcel links.
///
/// Optional `chain` and `link` columns put the enterprise on links of an imported industrial chain (`link`
/// `;`-separated, an enterprise may sit on several); they replace its links on that chain, whatever the year.
/// An unknown chain or link is a bad row like any other.
class EnterpriseImporter {
public:
    explicit EnterpriseImporter(GeoPackageCache &cache);

    /// One row: the enterprise, and the links of its optional `chain`,`link` cells (nullopt: none given).
    struct Row {
        Enterprise enterprise;
        std::optional<ChainLinksOf> chainLinks;
    };

    /// Reads and checks without writing. Throws CsvImportRefused listing every bad row.
    QList<Enterprise> read(const QString &path, QString *encoding = nullptr);
    QList<Row> readRows(const QString &path, QString *encoding = nullptr);
    /// Checks the user's rights, reads, then writes everything in one transaction.
    EnterpriseImportResult import(const User &user, const QString &path);

    static const QStringList &figureColumns();

private:
    GeoPackageCache &m_cache;
};

} // namespace zhili
