#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace zhili {

class GeoPackageCache;
class SqliteStatement;

/// A filter over the `parcels` table (selection by filter, the attribute table's filter, exports).
/// Every criterion left empty matches everything; criteria combine with AND, values in one list with OR.
/// The SQL it produces binds every value: nothing typed by a user is spliced into SQL.
struct ParcelFilter {
    QStringList districts;  ///< exact district names
    QStringList ecosystems; ///< ecosystem keys; an empty string "" stands for "unassigned"
    QStringList landUses;   ///< land-use codes as stored; "M1" also matches "M1a", "1001" matches "100101"
    QStringList statuses;   ///< ParcelStatus keys; "" stands for "status not set"
    std::optional<double> minAreaMu; ///< inclusive, in 亩
    std::optional<double> maxAreaMu; ///< inclusive, in 亩
    QString text;                    ///< substring of code, name or enterprise (case-insensitive for ASCII)

    bool isEmpty() const;
    bool operator==(const ParcelFilter &) const = default;

    /// WHERE clause (without "WHERE"; "1" when empty) over columns of `parcels`, with `?` placeholders.
    /// Pass a table alias ("p") when the query joins other tables.
    QString whereClause(const QString &alias = QString()) const;
    /// The values for whereClause()'s placeholders, in order.
    QVariantList values() const;
    /// Binds values() starting at 1-based index `first`; returns the next free index.
    int bind(SqliteStatement &st, int first = 1) const;

    /// Number of matching parcels.
    qint64 count(GeoPackageCache &cache) const;
    /// Feature ids of the matching parcels.
    QSet<qint64> fids(GeoPackageCache &cache) const;
    /// Short people-readable description in the current language (messages through the catalogue, names of
    /// ecosystems and statuses through DisplayNames), e.g. for a status message.
    QString describe() const;

    /// Distinct non-empty land-use codes in the cache, sorted (for filter choosers).
    static QStringList distinctLandUses(GeoPackageCache &cache);
};

} // namespace zhili
