#include "cache/syncconflictstore.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zhili {

namespace {

const char *const kColumns =
    "id, edit_id, parcel_uuid, code, district, field, grp, reason, base, mine, theirs, "
    "mine_by, mine_at, theirs_by, theirs_at, opened_at, resolved_at, resolution";

QString jsonText(const QJsonValue &v)
{
    // A one-element array carries any JSON value (null, number, text) through QJsonDocument.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QJsonValue jsonValue(const QString &text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]").array().at(0);
}

SyncConflict readConflict(const SqliteStatement &st)
{
    SyncConflict c;
    QString base, mine, theirs;
    st.read(0, c.id, c.editId, c.parcelUuid, c.code, c.district, c.field, c.group, c.reason, base, mine,
            theirs, c.mineBy, c.mineAt, c.theirsBy, c.theirsAt, c.openedAt, c.resolvedAt, c.resolution);
    c.base = jsonValue(base);
    c.mine = jsonValue(mine);
    c.theirs = jsonValue(theirs);
    return c;
}

} // namespace

SyncConflictStore::SyncConflictStore(GeoPackageCache &cache) : m_cache(cache) {}

void SyncConflictStore::add(const SyncConflict &c)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO zhili_sync_conflicts (edit_id, parcel_uuid, code, district, "
                       "field, grp, reason, "
                       "base, mine, theirs, mine_by, mine_at, theirs_by, theirs_at, opened_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bindAll(1, c.editId, c.parcelUuid, c.code, c.district, c.field,
               c.group.isEmpty() ? QVariant() : QVariant(c.group), c.reason, jsonText(c.base),
               jsonText(c.mine), jsonText(c.theirs), c.mineBy, c.mineAt, c.theirsBy, c.theirsAt, c.openedAt)
        .run();
}

QList<SyncConflict> SyncConflictStore::open()
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT %1 FROM zhili_sync_conflicts WHERE resolved_at IS NULL ORDER BY id")
            .arg(QLatin1String(kColumns)));
    QList<SyncConflict> list;
    while (st.step())
        list.append(readConflict(st));
    return list;
}

int SyncConflictStore::openCount()
{
    return m_cache.db()
        .scalar(QStringLiteral("SELECT count(*) FROM zhili_sync_conflicts WHERE resolved_at IS NULL"))
        .toInt();
}

QList<SyncConflict> SyncConflictStore::openFor(const QString &parcelUuid, const QString &field)
{
    auto st = m_cache.db().prepare(
        QStringLiteral(
            "SELECT %1 FROM zhili_sync_conflicts c WHERE resolved_at IS NULL AND parcel_uuid = ?1 "
            "AND (field = ?2 OR (grp IS NOT NULL AND EXISTS (SELECT 1 FROM zhili_sync_conflicts o "
            "WHERE o.resolved_at IS NULL AND o.parcel_uuid = ?1 AND o.field = ?2 AND o.grp = c.grp "
            "AND o.edit_id = c.edit_id))) ORDER BY id")
            .arg(QLatin1String(kColumns)));
    st.bind(1, parcelUuid).bind(2, field);
    QList<SyncConflict> list;
    while (st.step())
        list.append(readConflict(st));
    return list;
}

void SyncConflictStore::resolve(const QList<SyncConflict> &conflicts, const QString &resolution,
                                const QString &at)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("UPDATE zhili_sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?"));
    for (const SyncConflict &c : conflicts)
        st.bind(1, at).bind(2, resolution).bind(3, c.id).run();
}

} // namespace zhili
