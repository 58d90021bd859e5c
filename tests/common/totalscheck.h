#pragma once

#include <QString>

namespace zhili {
class SqliteDatabase;
}

namespace zhili::test {

/// Compares zhili_parcel_totals with a fresh GROUP BY over every parcel: the same (district, ecosystem)
/// groups, the same counts, sums equal to 1e-9 relative (the additions run in another order). Returns the
/// first difference in words, or an empty string when they agree.
QString parcelTotalsMismatch(SqliteDatabase &db);

} // namespace zhili::test
