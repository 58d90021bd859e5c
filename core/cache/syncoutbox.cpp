#include "cache/syncoutbox.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/editrecord.h"
#include "sync/syncpayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

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

void SyncOutbox::recordImportIfConnected(const QList<qint64> &reshaped, const QList<qint64> &added,
                                         const QJsonArray &removed, const QStringList &outlines,
                                         const QString &user, const QString &reason)
{
    if (reshaped.isEmpty() && added.isEmpty() && removed.isEmpty())
        return;
    auto connected = m_cache.db().prepare(QStringLiteral("SELECT 1 FROM zhili_meta WHERE key = 'sync_url'"));
    if (!connected.step())
        return;
    auto row = m_cache.db().prepare(QStringLiteral("SELECT uuid, code, district FROM parcels WHERE fid = ?"));
    auto insert = m_cache.db().prepare(QStringLiteral("INSERT INTO zhili_sync_outbox (edit_id, action, user, "
                                                      "at, reason, body) VALUES (?, 'import', ?, ?, ?, ?)"));
    const QString at = GeoPackageCache::now();
    QJsonArray parcels;
    const auto flush = [&](bool last) {
        QJsonObject body{{QStringLiteral("action"), QStringLiteral("import")},
                         {QStringLiteral("parcels"), parcels}};
        if (last && !outlines.isEmpty())
            body.insert(QStringLiteral("districts"), QJsonArray::fromStringList(outlines));
        insert.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(2, user)
            .bind(3, at)
            .bind(4, reason)
            .bindText(5, QJsonDocument(body).toJson(QJsonDocument::Compact))
            .run();
        parcels = QJsonArray();
    };
    for (const QList<qint64> *fids : {&reshaped, &added})
        for (qint64 fid : *fids) {
            row.bind(1, fid);
            if (row.step())
                parcels.append(QJsonObject{{QStringLiteral("uuid"), row.text(0)},
                                           {QStringLiteral("code"), row.text(1)},
                                           {QStringLiteral("district"), row.text(2)},
                                           {QStringLiteral("new"), fids == &added}});
            row.reset();
            if (parcels.size() == kImportChunk)
                flush(false);
        }
    for (const QJsonValue &gone : removed) {
        QJsonObject o = gone.toObject();
        o.insert(QStringLiteral("delete"), true);
        parcels.append(o);
        if (parcels.size() == kImportChunk)
            flush(false);
    }
    if (!parcels.isEmpty() || !outlines.isEmpty())
        flush(true);
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

QSet<QString> SyncOutbox::pendingOutlines()
{
    QSet<QString> names;
    for (const OutboxEdit &e : pending())
        for (const QJsonValue &d : e.body.value(QStringLiteral("districts")).toArray())
            names.insert(d.toString());
    return names;
}

void SyncOutbox::markPushed(const QString &editId, const QString &at)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("UPDATE zhili_sync_outbox SET pushed_at = ? WHERE edit_id = ?"));
    st.bind(1, at).bind(2, editId).run();
}

} // namespace zhili
