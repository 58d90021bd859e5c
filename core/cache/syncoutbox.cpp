#include "cache/syncoutbox.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/editrecord.h"
#include "sync/syncpayload.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zhili {

SyncOutbox::SyncOutbox(GeoPackageCache &cache) : m_cache(cache) {}

void SyncOutbox::recordIfConnected(const EditRecord &record)
{
    if (record.isEmpty())
        return;
    auto connected = m_cache.db().prepare(QStringLiteral("SELECT 1 FROM zhili_meta WHERE key = 'sync_url'"));
    if (!connected.step())
        return;
    auto st = m_cache.db().prepare(QStringLiteral(
        "INSERT INTO zhili_sync_outbox (edit_id, action, user, at, reason, body) VALUES (?, ?, ?, ?, ?, ?)"));
    st.bind(1, record.editId)
        .bind(2, record.action)
        .bind(3, record.user)
        .bind(4, record.at)
        .bind(5, record.reason)
        .bindText(6, QJsonDocument(SyncPayload::editBody(record)).toJson(QJsonDocument::Compact))
        .run();
}

QList<OutboxEdit> SyncOutbox::pending()
{
    auto st = m_cache.db().prepare(QStringLiteral("SELECT id, edit_id, action, user, at, reason, body FROM "
                                                  "zhili_sync_outbox WHERE pushed_at IS NULL ORDER BY id"));
    QList<OutboxEdit> list;
    while (st.step())
        list.append(OutboxEdit{st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                               QJsonDocument::fromJson(st.text(6).toUtf8()).object()});
    return list;
}

int SyncOutbox::pendingCount()
{
    return m_cache.db()
        .scalar(QStringLiteral("SELECT count(*) FROM zhili_sync_outbox WHERE pushed_at IS NULL"))
        .toInt();
}

QSet<QString> SyncOutbox::pendingParcels()
{
    QSet<QString> uuids;
    for (const OutboxEdit &e : pending())
        for (const QJsonValue &p : e.body.value(QStringLiteral("parcels")).toArray())
            uuids.insert(p.toObject().value(QStringLiteral("uuid")).toString());
    return uuids;
}

void SyncOutbox::markPushed(const QString &editId, const QString &at)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("UPDATE zhili_sync_outbox SET pushed_at = ? WHERE edit_id = ?"));
    st.bind(1, at).bind(2, editId).run();
}

} // namespace zhili
