#include "cache/sqlitedatabase.h"

#include "cache/databasebusy.h"
#include "cache/openfileregistry.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace zhili {

SqliteDatabase::SqliteDatabase(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
    case Mode::ReadOnlySnapshot:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    if (mode != Mode::ReadWriteCreate && !QFileInfo::exists(path))
        throw Error(QCoreApplication::translate("SqliteDatabase", "cache file not found: %1").arg(path));
    QByteArray name = path.toUtf8();
    if (mode == Mode::ReadOnlySnapshot) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(QCoreApplication::translate("SqliteDatabase", "cannot open %1: %2").arg(path, msg));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // An edit waits for an import's or another editor's transaction as long as a person would.
    sqlite3_busy_timeout(m_db, 20000);
    if (mode != Mode::ReadOnlySnapshot)
        m_fileId = OpenFileRegistry::add(path);
}

SqliteDatabase::~SqliteDatabase()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    OpenFileRegistry::remove(m_fileId);
}

namespace {
// The errors people meet when two programs use one cache, said so that they know what to do.
QString friendlyMessage(sqlite3 *db, const QString &path)
{
    // Extended result codes are on, so sqlite3_errcode() gives e.g. SQLITE_BUSY_SNAPSHOT (517) or
    // SQLITE_BUSY_RECOVERY: the low byte is the primary code these messages are about.
    switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_SCHEMA:
        return QCoreApplication::translate(
                   "SqliteDatabase", "the cache %1 is busy: another program (an import, or another editor) "
                                     "is writing to it; nothing was changed — try again when it has finished")
            .arg(path);
    case SQLITE_READONLY:
        return QCoreApplication::translate(
                   "SqliteDatabase",
                   "the cache %1 cannot be written (the file, its folder, or its -wal/-shm "
                   "files are read-only for you); nothing was changed — ask its owner for write "
                   "access, or work on a copy")
            .arg(path);
    case SQLITE_FULL:
        return QCoreApplication::translate(
                   "SqliteDatabase", "the disk holding %1 is full; nothing was changed — free some space "
                                     "and try again")
            .arg(path);
    default:
        return QString();
    }
}

// Throws the message above when there is one: DatabaseBusy for a busy cache, so callers can tell it apart.
void throwFriendly(sqlite3 *db, const QString &path)
{
    const QString friendly = friendlyMessage(db, path);
    if (friendly.isEmpty())
        return;
    const int primary = sqlite3_errcode(db) & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_SCHEMA)
        throw DatabaseBusy(friendly);
    throw Error(friendly);
}
} // namespace

void SqliteDatabase::fail(const QString &what) const
{
    throwFriendly(m_db, m_path);
    throw Error(QStringLiteral("%1: %2 (%3)").arg(m_path, what, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteDatabase::exec(const QString &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        throwFriendly(m_db, m_path);
        throw Error(QStringLiteral("%1: SQL failed (%2): %3").arg(m_path, msg, sql.left(200)));
    }
}

SqliteStatement SqliteDatabase::prepare(const QString &sql)
{
    return SqliteStatement(*this, sql);
}

QVariant SqliteDatabase::scalar(const QString &sql)
{
    SqliteStatement st(*this, sql);
    if (!st.step())
        return {};
    return st.value(0);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}
bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void SqliteDatabase::registerFunction(const char *name, int argCount, SqlFunction function)
{
    if (sqlite3_create_function(m_db, name, argCount, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, function,
                                nullptr, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot register SQL function %1").arg(QLatin1String(name)));
}

bool SqliteDatabase::readBlob(const char *table, const char *column, qint64 rowid, char *dst, qint64 bytes)
{
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_db, "main", table, column, rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const bool ok =
        sqlite3_blob_bytes(blob) == bytes && sqlite3_blob_read(blob, dst, int(bytes), 0) == SQLITE_OK;
    sqlite3_blob_close(blob);
    return ok;
}

bool SqliteDatabase::tableExists(const QString &name)
{
    SqliteStatement st(
        *this, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name=?"));
    st.bind(1, name);
    return st.step();
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const QString &sql) : m_db(&db), m_sql(sql)
{
    const QByteArray utf8 = sql.toUtf8();
    // While another process commits a schema change (an import drops and restores its index triggers), a
    // statement prepared at that moment fails with SQLITE_SCHEMA (and the message "no such table" for a
    // table that exists) even after SQLite's own retry: try again for up to two seconds.
    for (int attempt = 0;; ++attempt) {
        if (sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &m_stmt, nullptr) ==
            SQLITE_OK)
            return;
        const bool schemaRace = (sqlite3_errcode(db.handle()) & 0xff) == SQLITE_SCHEMA;
        if (!schemaRace || attempt >= 100)
            db.fail(QStringLiteral("cannot prepare \"%1\"").arg(sql.left(200)));
        sqlite3_sleep(20);
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_sql(std::move(other.m_sql))
{
    other.m_stmt = nullptr;
}

SqliteStatement &SqliteStatement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db->fail(QStringLiteral("cannot bind parameter %1").arg(index));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db->fail(QStringLiteral("cannot bind parameter %1").arg(index));
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    return bindBlob(index, value.constData(), int(value.size()));
}

SqliteStatement &SqliteStatement::bindBlob(int index, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail(QStringLiteral("statement failed \"%1\"").arg(m_sql.left(200)));
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QString SqliteStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

double SqliteStatement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}
qint64 SqliteStatement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

QByteArray SqliteStatement::blob(int col) const
{
    int size = 0;
    const unsigned char *p = blobData(col, &size);
    return QByteArray(reinterpret_cast<const char *>(p), size);
}

const unsigned char *SqliteStatement::blobData(int col, int *size) const
{
    const auto *p = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, col));
    *size = sqlite3_column_bytes(m_stmt, col);
    return p;
}

QVariant SqliteStatement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return integer(col);
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return QVariant();
    }
}

QString SqliteStatement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        try {
            m_db.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // Nothing sensible to do in a destructor; SQLite rolls back on close anyway.
        }
    }
}

void SqliteTransaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace zhili
