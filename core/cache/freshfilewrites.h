#pragma once

#include <QtGlobal>

namespace zhili {

class SqliteDatabase;

/// The writes that fill a brand-new cache file nobody can open yet (clone fills `<name>.part` and renames it
/// when done). While this object lives, commits keep their rollback journal in memory instead of the WAL and
/// do not wait for the disk: a big load writes each page once, straight into the file, instead of into the
/// WAL and again at the checkpoint. A crash meanwhile leaves only the part file, which the next attempt
/// deletes. finish() gives the file the resting form of every cache (WAL) and flushes it to the disk once,
/// before the caller lets anyone open it by its name.
class FreshFileWrites {
public:
    /// Call outside a transaction.
    explicit FreshFileWrites(SqliteDatabase &db);
    Q_DISABLE_COPY(FreshFileWrites)

    /// Back to WAL with the usual synchronous level, then fsync() of the file. Throws zhili::Error.
    void finish();

private:
    SqliteDatabase &m_db;
};

} // namespace zhili
