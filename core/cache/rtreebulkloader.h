#pragma once

#include "geometry/envelope.h"

#include <QString>
#include <vector>

namespace zhili {

class SqliteDatabase;

/// Fills an EMPTY SQLite R-tree (a GeoPackage spatial index) in one go: Sort-Tile-Recursive packing of the
/// boxes into full nodes, written straight into the R-tree's shadow tables (%_node, %_rowid, %_parent) in
/// SQLite's own node format. Inserting a million boxes one by one through the virtual table costs more than
/// the whole rest of the import; packing them costs a sort. The result is an ordinary R-tree that SQLite
/// (and GDAL, QGIS) read and update as if it had been built by inserts; `SELECT rtreecheck(...)` accepts it.
class RtreeBulkLoader {
public:
    struct Entry {
        qint64 id;
        Envelope box;
    };

    /// True when the R-tree `table` holds no entries (only its empty root node), so load() may fill it.
    static bool isEmpty(SqliteDatabase &db, const QString &table);
    /// Packs entries into the empty R-tree `table` (call inside the caller's transaction). Reorders entries.
    /// Throws zhili::Error when the table is not an empty 2-D R-tree.
    static void load(SqliteDatabase &db, const QString &table, std::vector<Entry> &entries);
};

} // namespace zhili
