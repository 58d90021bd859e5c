#pragma once

#include <QString>
#include <optional>

namespace zhili {

class SqliteDatabase;

/// Single facts about a cache that sheets and windows show.
class CacheFacts {
public:
    /// The newest parcels.updated_at (ISO text), empty when there are no parcels.
    static QString newestParcelUpdate(SqliteDatabase &db);
    /// The source file of the latest import, empty when nothing was imported.
    static QString latestImportSource(SqliteDatabase &db);
    /// The latest year that has assessment targets, none when there are no targets.
    static std::optional<int> latestTargetYear(SqliteDatabase &db);
};

} // namespace zhili
