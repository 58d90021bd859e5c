#pragma once

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "edit/user.h"
#include "indicators/indicatorstore.h"

#include <QList>
#include <QString>

namespace zhili {

/// The shared import() of TargetImporter and EnterpriseImporter: the user's rights for `kind` (a refusal is
/// audited), read(path, &result.encoding) → rows, then save(store, rows) → result.written in one
/// transaction. Returns the rows for the caller's own counts.
template <typename Row, typename Read, typename Save>
QList<Row> importCsvRows(GeoPackageCache &cache, const User &user, const QString &kind, const QString &path,
                         CsvImportResult &result, const Read &read, const Save &save)
{
    IndicatorStore store(cache);
    store.requireTargetRights(user, kind, QStringLiteral("import"));
    result.file = path;
    const QList<Row> rows = read(path, &result.encoding);
    result.rows = int(rows.size());
    AuditLog prepare(cache); // may upgrade an old audit table in its own transaction: not inside ours
    SqliteTransaction tx(cache.db());
    result.written = save(store, rows);
    tx.commit();
    return rows;
}

} // namespace zhili
