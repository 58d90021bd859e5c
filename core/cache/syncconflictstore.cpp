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
    c.id = st.integer(0);
    c.editId = st.text(1);
    c.parcelUuid = st.text(2);
    c.code = st.text(3);
    c.district = st.text(4);
    c.field = st.text(5);
    c.group = st.text(6);
    c.reason = st.text(7);
    c.base = jsonValue(st.text(8));
    c.mine = jsonValue(st.text(9));
    c.theirs = jsonValue(st.text(10));
    c.mineBy = st.text(11);
    c.mineAt = st.text(12);
    c.theirsBy = st.text(13);
    c.theirsAt = st.text(14);
    c.openedAt = st.text(15);
    c.resolvedAt = st.text(16);
    c.resolution = st.text(17);
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
    st.bind(1, c.editId)
        .bind(2, c.parcelUuid)
        .bind(3, c.code)
        .bind(4, c.district)
        .bind(5, c.field)
        .bind(6, c.group.isEmpty() ? QVariant() : QVariant(c.group))
        .bind(7, c.reason)
        .bind(8, jsonText(c.base))
        .bind(9, jsonText(c.mine))
        .bind(10, jsonText(c.theirs))
        .bind(11, c.mineBy)
        .bind(12, c.mineAt)
        .bind(13, c.theirsBy)
        .bind(14, c.theirsAt)
        .bind(15, c.openedAt)
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
