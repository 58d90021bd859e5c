#pragma once

#include "sync/pgresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <vector>

struct pg_conn;

namespace zhili {

/// One libpq connection to the city server (RAII). Every failure throws zhili::Error with the server's own
/// message and what was being done, so the CLI and the window can show it as it is.
///
/// The URL is a libpq connection string or URI (`postgresql://user@127.0.0.1:5433/zhili`); the password
/// comes the standard libpq ways (in the URL, `PGPASSWORD`, `~/.pgpass`) unless given here.
class PgConnection {
public:
    /// `user`, when given, replaces the URL's user (the acting user of a cache that remembers a URL).
    explicit PgConnection(const QString &url, const QString &password = QString(),
                          const QString &user = QString());
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs SQL (one or more statements, no parameters); returns the last result.
    PgResult exec(const QString &sql);
    /// One statement with $1… parameters (null QVariant = NULL); values are sent as text, never spliced.
    PgResult exec(const QString &sql, const QVariantList &params);
    /// Runs one statement once per parameter set, pipelined (libpq pipeline mode): all are sent before the
    /// first answer is read, each in its own transaction. Returns the results in order; a statement the
    /// server refused gets an empty result and its message in `errors` (same index; empty when it ran).
    /// A broken connection throws.
    std::vector<PgResult> execPipelined(const QString &sql, const QList<QVariantList> &paramSets,
                                        QStringList &errors);
    /// The first column of the first row (invalid when no row).
    QVariant scalar(const QString &sql, const QVariantList &params = {});

    /// `COPY … FROM STDIN` in three steps, so rows stream from a reader without being held in memory.
    void beginCopy(const QString &copySql);
    void putCopyData(const QByteArray &bytes);
    void endCopy();
    /// `COPY … TO STDOUT`: `row` receives each CopyData message (in binary format the first one starts with
    /// the file header, the last one is the trailer). The server streams while we read.
    void copyOut(const QString &copySql, const std::function<void(const char *data, int size)> &row);
    /// Ends a COPY that failed on our side (the server discards it); never throws.
    void abortCopy() noexcept;

    /// LISTEN on `channel`; notifications() then returns their payloads.
    void listen(const QString &channel);
    /// Payloads of the notifications received so far (reads what the socket has, never blocks).
    QStringList notifications();
    /// The socket, for a QSocketNotifier (or -1).
    int socket() const;
    /// The role the server knows this session as (`current_user`).
    QString currentUser();
    /// A SCRAM-SHA-256 verifier of `password` for role `user`, so CREATE/ALTER ROLE never carries the
    /// password.
    QString encryptedPassword(const QString &user, const QString &password);
    /// The URL without its password, to remember in a cache.
    static QString redactedUrl(const QString &url);

    /// A quoted identifier / literal for the few statements that cannot take parameters (CREATE ROLE …).
    QString quoteIdentifier(const QString &name) const;
    QString quoteLiteral(const QString &value) const;

private:
    PgResult check(struct pg_result *result, const QString &what);
    pg_conn *m_conn = nullptr;
    QString m_where; ///< host:port/db for messages
    QString m_copyWhat;
};

/// BEGIN … COMMIT; destroyed without commit() it rolls back.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection &conn, const char *begin = "BEGIN");
    ~PgTransaction();
    void commit();

private:
    PgConnection &m_conn;
    bool m_open = true;
};

} // namespace zhili
