#include "sync/pgconnection.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <functional>
#include <libpq-fe.h>
#include <vector>

namespace zhili {

namespace {

// libpq prints NOTICEs ("relation already exists, skipping") on stderr; the CLI keeps stderr for errors.
void ignoreNotice(void *, const char *) {}

QString serverMessage(const pg_conn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

// libpq hands escaped and encrypted strings out in its own memory, or null when it failed: copied and
// freed in one place, with the caller's message for the failure.
QString takeLibpqString(char *text, const std::function<QString()> &failure)
{
    if (!text)
        throw Error(failure());
    const QString s = QString::fromUtf8(text);
    PQfreemem(text);
    return s;
}

} // namespace

PgConnection::PgConnection(const QString &url, const QString &password, const QString &user)
{
    const QByteArray dsn = url.toUtf8();
    const QByteArray pw = password.toUtf8();
    const QByteArray role = user.toUtf8();
    std::vector<const char *> keys{"dbname", "application_name", "connect_timeout", "client_encoding"};
    std::vector<const char *> values{dsn.constData(), "zhili", "10", "UTF8"};
    if (!password.isEmpty()) {
        keys.push_back("password");
        values.push_back(pw.constData());
    }
    if (!user.isEmpty()) { // after "dbname": a later keyword wins over the URL's
        keys.push_back("user");
        values.push_back(role.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    m_where = redactedUrl(url);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        QString why =
            m_conn ? serverMessage(m_conn) : QCoreApplication::translate("PgConnection", "out of memory");
        why = why.simplified();
        while (why.endsWith(QLatin1Char('.')) || why.endsWith(QLatin1Char('?')))
            why.chop(1); // libpq ends with "…?" or "."; the sentence goes on
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        throw Error(
            QCoreApplication::translate(
                "PgConnection",
                "cannot connect to the city server %1: %2. Check the URL, that the server is running, "
                "and the password (in the URL, PGPASSWORD, ~/.pgpass or ZHILI_PASSWORD_FILE)")
                .arg(m_where, why));
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

PgResult PgConnection::check(pg_result *result, const QString &what)
{
    PgResult owned(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN ||
        status == PGRES_COPY_OUT)
        return owned;
    QString why = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : serverMessage(m_conn);
    if (why.isEmpty())
        why = serverMessage(m_conn);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        throw Error(QCoreApplication::translate(
                        "PgConnection",
                        "lost the connection to the city server %1 while %2: %3. Nothing is lost: run the "
                        "same command again when the server is back")
                        .arg(m_where, what, why));
    throw Error(QCoreApplication::translate("PgConnection", "the city server %1 refused %2: %3")
                    .arg(m_where, what, why));
}

namespace {

// Parameters as libpq wants them: text, NULL for a null QVariant; the storage outlives the call.
struct TextParams {
    explicit TextParams(const QVariantList &params)
    {
        storage.reserve(params.size());
        for (const QVariant &v : params) {
            if (v.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                continue;
            }
            storage.push_back(v.typeId() == QMetaType::Double ? QByteArray::number(v.toDouble(), 'g', 17)
                                                              : v.toString().toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
};

} // namespace

PgResult PgConnection::exec(const QString &sql)
{
    return check(PQexec(m_conn, sql.toUtf8().constData()), sql.simplified().left(60));
}

PgResult PgConnection::exec(const QString &sql, const QVariantList &params)
{
    TextParams p(params);
    return check(PQexecParams(m_conn, sql.toUtf8().constData(), int(p.values.size()), nullptr,
                              p.values.data(), nullptr, nullptr, 0),
                 sql.simplified().left(60));
}

std::vector<PgResult> PgConnection::execPipelined(const QString &sql, const QList<QVariantList> &paramSets,
                                                  QStringList &errors)
{
    const QByteArray statement = sql.toUtf8();
    const QString what = sql.simplified().left(60);
    std::vector<PgResult> results;
    errors.clear();
    // Batches of 64 keep what the server writes back well below the socket buffers, so the blocking sends
    // never wait on answers nobody reads.
    for (qsizetype start = 0; start < paramSets.size(); start += 64) {
        const qsizetype end = std::min(paramSets.size(), start + 64);
        if (PQenterPipelineMode(m_conn) != 1)
            check(nullptr, what);
        for (qsizetype i = start; i < end; ++i) {
            TextParams p(paramSets[i]);
            if (PQsendQueryParams(m_conn, statement.constData(), int(p.values.size()), nullptr,
                                  p.values.data(), nullptr, nullptr, 0) != 1 ||
                PQpipelineSync(m_conn) != 1)
                check(nullptr, what);
        }
        // Per statement: its result, NULL, then the sync point's PGRES_PIPELINE_SYNC.
        for (qsizetype i = start; i < end; ++i) {
            pg_result *r = PQgetResult(m_conn);
            if (!r)
                check(nullptr, what); // the connection broke
            try {
                results.push_back(check(r, what));
                errors.append(QString());
            } catch (const Error &e) {
                if (PQstatus(m_conn) == CONNECTION_BAD)
                    throw;
                results.emplace_back();
                errors.append(e.message());
            }
            while (pg_result *extra = PQgetResult(m_conn))
                PQclear(extra);
            pg_result *sync = PQgetResult(m_conn);
            if (!sync || PQresultStatus(sync) != PGRES_PIPELINE_SYNC) {
                if (sync)
                    PQclear(sync);
                check(nullptr, what);
            }
            PQclear(sync);
        }
        if (PQexitPipelineMode(m_conn) != 1)
            check(nullptr, what);
    }
    return results;
}

QVariant PgConnection::scalar(const QString &sql, const QVariantList &params)
{
    PgResult r = exec(sql, params);
    if (r.rows() == 0 || r.isNull(0, 0))
        return QVariant();
    return r.text(0, 0);
}

void PgConnection::beginCopy(const QString &copySql)
{
    m_copyWhat = copySql.simplified().left(60);
    check(PQexec(m_conn, copySql.toUtf8().constData()), m_copyWhat);
}

void PgConnection::putCopyData(const QByteArray &bytes)
{
    if (!bytes.isEmpty() && PQputCopyData(m_conn, bytes.constData(), int(bytes.size())) != 1)
        check(nullptr, m_copyWhat);
}

void PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        check(nullptr, m_copyWhat);
    PgResult result = check(PQgetResult(m_conn), m_copyWhat);
    while (pg_result *extra = PQgetResult(m_conn))
        PQclear(extra);
}

void PgConnection::copyOut(const QString &copySql, const std::function<void(const char *, int)> &row)
{
    const QString what = copySql.simplified().left(60);
    check(PQexec(m_conn, copySql.toUtf8().constData()), what);
    for (;;) {
        char *buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n == -1)
            break;
        if (n < 0)
            check(nullptr, what);
        try {
            row(buffer, n);
        } catch (...) {
            PQfreemem(buffer);
            // Stop the server, then read what is still on its way so the connection stays usable.
            if (PGcancel *cancel = PQgetCancel(m_conn)) {
                char err[256];
                PQcancel(cancel, err, sizeof err);
                PQfreeCancel(cancel);
            }
            for (char *rest = nullptr; PQgetCopyData(m_conn, &rest, 0) > 0; rest = nullptr)
                PQfreemem(rest);
            while (pg_result *r = PQgetResult(m_conn))
                PQclear(r);
            throw;
        }
        PQfreemem(buffer);
    }
    PgResult done = check(PQgetResult(m_conn), what);
    while (pg_result *extra = PQgetResult(m_conn))
        PQclear(extra);
}

void PgConnection::abortCopy() noexcept
{
    PQputCopyEnd(m_conn, "canceled by Zhili");
    while (pg_result *r = PQgetResult(m_conn))
        PQclear(r);
}

void PgConnection::listen(const QString &channel)
{
    exec(QStringLiteral("LISTEN ") + quoteIdentifier(channel));
}

QStringList PgConnection::notifications()
{
    QStringList payloads;
    if (PQconsumeInput(m_conn) != 1)
        check(nullptr, QCoreApplication::translate("PgConnection", "listening for changes"));
    while (PGnotify *n = PQnotifies(m_conn)) {
        payloads.append(QString::fromUtf8(n->extra));
        PQfreemem(n);
    }
    return payloads;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

QString PgConnection::currentUser()
{
    return scalar(QStringLiteral("SELECT current_user")).toString();
}

QString PgConnection::encryptedPassword(const QString &user, const QString &password)
{
    char *v = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(),
                                    "scram-sha-256");
    return takeLibpqString(v, [&] {
        return QCoreApplication::translate("PgConnection", "cannot prepare the password of %1: %2")
            .arg(user, serverMessage(m_conn));
    });
}

QString PgConnection::redactedUrl(const QString &url)
{
    if (url.startsWith(QLatin1String("postgres://")) || url.startsWith(QLatin1String("postgresql://"))) {
        QUrl u(url);
        u.setPassword(QString());
        QString s = u.toString();
        static const QRegularExpression query(QStringLiteral("([?&])password=[^&]*&?"));
        s.replace(query, QStringLiteral("\\1"));
        if (s.endsWith(QLatin1Char('?')) || s.endsWith(QLatin1Char('&')))
            s.chop(1);
        return s;
    }
    static const QRegularExpression kv(QStringLiteral("\\s*password\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S+)"));
    return QString(url).replace(kv, QString()).trimmed();
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *q = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    return takeLibpqString(q, [&] {
        return QCoreApplication::translate("PgConnection", "cannot quote the name \"%1\": %2")
            .arg(name, serverMessage(m_conn));
    });
}

QString PgConnection::quoteLiteral(const QString &value) const
{
    const QByteArray utf8 = value.toUtf8();
    char *q = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    return takeLibpqString(q, [&] {
        return QCoreApplication::translate("PgConnection", "cannot quote a value: %1")
            .arg(serverMessage(m_conn));
    });
}

PgTransaction::PgTransaction(PgConnection &conn, const char *begin) : m_conn(conn)
{
    m_conn.exec(QString::fromLatin1(begin));
}

PgTransaction::~PgTransaction()
{
    if (!m_open)
        return;
    try {
        m_conn.exec(QStringLiteral("ROLLBACK"));
    } catch (...) { // the connection is gone: the server rolls back by itself
    }
}

void PgTransaction::commit()
{
    m_conn.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace zhili
