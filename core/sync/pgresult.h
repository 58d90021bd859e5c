#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct pg_result;

namespace zhili {

/// The rows of one libpq result (text format), owned (RAII, move-only).
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result) : m_result(result) {}
    ~PgResult();
    PgResult(PgResult &&other) noexcept : m_result(other.m_result) { other.m_result = nullptr; }
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    int column(const char *name) const; ///< -1 when absent
    bool isNull(int row, int col) const;
    QString text(int row, int col) const; ///< null QString for NULL
    QByteArray bytes(int row, int col) const;
    qint64 integer(int row, int col) const;
    double number(int row, int col) const;
    /// A `bytea` column in hex output ("\x…"), decoded.
    QByteArray bytea(int row, int col) const;
    /// SQL rows affected by an UPDATE/DELETE/INSERT.
    qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

} // namespace zhili
