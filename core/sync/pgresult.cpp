#include "sync/pgresult.h"

#include <libpq-fe.h>

namespace zhili {

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = other.m_result;
        other.m_result = nullptr;
    }
    return *this;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}
int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}
int PgResult::column(const char *name) const
{
    return m_result ? PQfnumber(m_result, name) : -1;
}
bool PgResult::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

QString PgResult::text(int row, int col) const
{
    if (isNull(row, col))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

QByteArray PgResult::bytes(int row, int col) const
{
    if (isNull(row, col))
        return QByteArray();
    return QByteArray(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

qint64 PgResult::integer(int row, int col) const
{
    return isNull(row, col) ? 0 : bytes(row, col).toLongLong();
}
double PgResult::number(int row, int col) const
{
    return isNull(row, col) ? 0.0 : bytes(row, col).toDouble();
}

QByteArray PgResult::bytea(int row, int col) const
{
    const QByteArray raw = bytes(row, col);
    if (raw.startsWith("\\x"))
        return QByteArray::fromHex(raw.mid(2));
    return raw;
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

} // namespace zhili
