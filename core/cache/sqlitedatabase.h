#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <cstdint>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_context;
struct sqlite3_value;

namespace zhili {

class SqliteStatement;

/// An open SQLite connection (RAII). Errors throw zhili::Error naming the file and the failed statement.
class SqliteDatabase {
public:
    /// ReadOnlySnapshot reads the main file without locks or -wal/-shm files (SQLite's immutable=1): for a
    /// cache this user may not write, so that reading it leaves nothing in the folder that blocks its owner.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlySnapshot };

    SqliteDatabase(const QString &path, Mode mode);
    ~SqliteDatabase();
    Q_DISABLE_COPY(SqliteDatabase)

    const QString &path() const { return m_path; }

    /// Runs one or more statements that return no rows.
    void exec(const QString &sql);
    SqliteStatement prepare(const QString &sql);
    /// First column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    bool tableExists(const QString &name);

    /// Throws with the connection's current error message.
    [[noreturn]] void fail(const QString &what) const;

    /// A scalar SQL function implemented in C++.
    using SqlFunction = void (*)(sqlite3_context *ctx, int argc, sqlite3_value **argv);
    /// Registers a deterministic UTF-8 SQL function `name` taking `argCount` arguments on this connection.
    void registerFunction(const char *name, int argCount, SqlFunction function);
    /// Incremental blob I/O: reads the whole blob in `table`.`column` of row `rowid` (database "main") into
    /// `dst`, straight from SQLite's pages. False when the row is missing or its blob is not `bytes` long.
    bool readBlob(const char *table, const char *column, qint64 rowid, char *dst, qint64 bytes);

private:
    friend class SqliteStatement; // prepares on the raw connection
    /// The raw connection: private, so that every use of the C API stays in core/cache's own classes.
    sqlite3 *handle() const { return m_db; }

    sqlite3 *m_db = nullptr;
    QString m_path;
    /// This connection in the OpenFileRegistry; (0, 0) for an immutable one, which holds no locks.
    std::pair<std::uint64_t, std::uint64_t> m_fileId{0, 0};
};

/// A prepared statement. Values are always bound, never spliced into SQL.
class SqliteStatement {
public:
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    Q_DISABLE_COPY(SqliteStatement)

    SqliteStatement &bind(int index, const QVariant &value); ///< 1-based; null QVariant binds NULL
    SqliteStatement &bind(int index, const QString &value);
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    /// A nullable real: NULL when empty.
    SqliteStatement &bind(int index, const std::optional<double> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// What optional text columns store: NULL for an empty string, never "".
    static QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
    /// Binds UTF-8 text as it is (no QString round trip); a null QByteArray binds NULL.
    SqliteStatement &bindText(int index, const QByteArray &utf8);
    SqliteStatement &bindBlob(int index, const QByteArray &value);
    SqliteStatement &bindBlob(int index, const void *data, int size);
    SqliteStatement &bindNull(int index);

    /// Advances; true while a row is available.
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    QString text(int col) const;
    double real(int col) const;
    qint64 integer(int col) const;
    QByteArray blob(int col) const;
    /// Pointer into SQLite's buffer, valid until the next step(): avoids a copy on hot paths.
    const unsigned char *blobData(int col, int *size) const;
    QVariant value(int col) const;
    QString columnName(int col) const;

    /// Reads the columns from `first` on into the out-parameters, one column each, by its type (qint64,
    /// int, bool, double, QString, QByteArray; std::optional<double> for a nullable real): a row is read in
    /// one call instead of one line per column.
    template <typename... T> void read(int first, T &...out) const
    {
        int col = first;
        (readColumn(col++, out), ...);
    }
    /// Binds the values to the parameters from `first` (1-based) on, one each.
    template <typename... T> SqliteStatement &bindAll(int first, const T &...values)
    {
        int index = first;
        (bind(index++, values), ...);
        return *this;
    }

private:
    void readColumn(int col, qint64 &out) const { out = integer(col); }
    void readColumn(int col, int &out) const { out = int(integer(col)); }
    void readColumn(int col, bool &out) const { out = integer(col) != 0; }
    void readColumn(int col, double &out) const { out = real(col); }
    void readColumn(int col, QString &out) const { out = text(col); }
    void readColumn(int col, QByteArray &out) const { out = blob(col); }
    void readColumn(int col, std::optional<double> &out) const
    {
        out = isNull(col) ? std::nullopt : std::optional<double>(real(col));
    }

    SqliteDatabase *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() was called.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    Q_DISABLE_COPY(SqliteTransaction)
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace zhili
