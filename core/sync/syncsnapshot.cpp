#include "sync/syncsnapshot.h"

#include "cache/synctables.h"
#include "sync/pgconnection.h"
#include "sync/serverparcelrows.h"

namespace zhili {

SyncSnapshot::SyncSnapshot(PgConnection &conn) : m_conn(conn) {}

QString SyncSnapshot::serverId()
{
    return m_conn.scalar(QStringLiteral("SELECT value FROM zhili.meta WHERE key = 'server_id'")).toString();
}

qint64 SyncSnapshot::watermark(qint64 after)
{
    return m_conn
        .scalar(QStringLiteral("SELECT greatest($1::bigint, (SELECT max(change_seq) FROM zhili.parcels), "
                               "(SELECT max(seq) FROM zhili.changes WHERE kind = 'delete'))"),
                {after})
        .toLongLong();
}

QList<QVariantList> SyncSnapshot::table(const SyncTable &table)
{
    QStringList cols;
    for (const QString &c : table.columns)
        cols.append(c + QStringLiteral("::text"));
    PgResult r = m_conn.exec(
        QStringLiteral("SELECT %1 FROM zhili.%2 ORDER BY %3")
            .arg(cols.join(QStringLiteral(", ")), table.name, table.key.join(QStringLiteral(", "))));
    QList<QVariantList> rows;
    for (int i = 0; i < r.rows(); ++i) {
        QVariantList row;
        for (int c = 0; c < r.columns(); ++c)
            row.append(r.isNull(i, c) ? QVariant() : QVariant(r.text(i, c)));
        rows.append(row);
    }
    return rows;
}

QList<SyncDistrictRow> SyncSnapshot::districts(bool withGeometry)
{
    PgResult r = m_conn.exec(QStringLiteral("SELECT %1 FROM zhili.districts ORDER BY name")
                                 .arg(ServerParcelRows::selectDistrictColumns(withGeometry)));
    QList<SyncDistrictRow> list;
    for (int i = 0; i < r.rows(); ++i)
        list.append(ServerParcelRows::readDistrict(r, i, withGeometry));
    return list;
}

qint64 SyncSnapshot::parcelCount()
{
    return m_conn.scalar(QStringLiteral("SELECT count(*) FROM zhili.parcels")).toLongLong();
}

void SyncSnapshot::forEachParcel(const QString &where, const QVariantList &params,
                                 const std::function<void(const SyncParcelRow &)> &visit, bool withGeometry)
{
    // COPY … (FORMAT binary) streams: the server keeps producing while rows are written here, and numbers
    // and geometry arrive as bytes, not text. COPY takes no parameters: they are quoted as literals.
    QString condition = where;
    for (qsizetype i = params.size(); i >= 1; --i) // $10 before $1
        condition.replace(QStringLiteral("$%1").arg(i), m_conn.quoteLiteral(params[i - 1].toString()));
    SyncParcelRow row;
    m_conn.copyOut(QStringLiteral("COPY (SELECT %1 FROM zhili.parcels %2) TO STDOUT (FORMAT binary)")
                       .arg(ServerParcelRows::selectColumns(withGeometry),
                            condition.isEmpty() ? QString() : QStringLiteral("WHERE ") + condition),
                   [&](const char *data, int size) {
                       if (ServerParcelRows::readBinary(data, size, withGeometry, row))
                           visit(row);
                   });
}

void SyncSnapshot::forEachParcelView(const std::function<void(const SyncParcelRowView &)> &visit)
{
    SyncParcelRowView row;
    m_conn.copyOut(QStringLiteral("COPY (SELECT %1 FROM zhili.parcels) TO STDOUT (FORMAT binary)")
                       .arg(ServerParcelRows::selectColumns(true)),
                   [&](const char *data, int size) {
                       if (ServerParcelRows::readBinaryView(data, size, row))
                           visit(row);
                   });
}

QStringList SyncSnapshot::deletedSince(qint64 sequence)
{
    PgResult r = m_conn.exec(
        QStringLiteral(
            "SELECT DISTINCT parcel_uuid FROM zhili.changes WHERE kind = 'delete' AND seq > $1 AND "
            "NOT EXISTS (SELECT 1 FROM zhili.parcels p WHERE p.uuid = changes.parcel_uuid)"),
        {sequence});
    QStringList uuids;
    for (int i = 0; i < r.rows(); ++i)
        uuids.append(r.text(i, 0));
    return uuids;
}

} // namespace zhili
