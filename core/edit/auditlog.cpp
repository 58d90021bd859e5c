#include "edit/auditlog.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/role.h"
#include "edit/user.h"

namespace zhili {

namespace {
const char *const kColumns =
    "id, at, user, role, action, target_kind, target_uuid, target_label, district, field, "
    "old_value, new_value, accepted, message, edit_id, revision";

AuditEntry readEntry(const SqliteStatement &st)
{
    AuditEntry e;
    st.read(0, e.id, e.at, e.user, e.role, e.action, e.targetKind, e.targetUuid, e.targetLabel, e.district,
            e.field, e.oldValue, e.newValue, e.accepted, e.message, e.editId, e.revision);
    return e;
}

} // namespace

struct AuditLog::Statements {
    explicit Statements(SqliteDatabase &db)
        : insert(
              db.prepare(QStringLiteral("INSERT INTO zhili_audit (at, user, role, action, target_kind, "
                                        "target_uuid, target_label, district, "
                                        "field, old_value, new_value, accepted, message, edit_id, revision) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    {
    }
    SqliteStatement insert;
};

AuditLog::AuditLog(GeoPackageCache &cache) : m_cache(cache) {}

AuditLog::~AuditLog() = default;

qint64 AuditLog::append(const AuditEntry &e)
{
    if (!m_st)
        m_st = std::make_unique<Statements>(m_cache.db());
    SqliteStatement &st = m_st->insert;
    st.bind(1, e.at.isEmpty() ? GeoPackageCache::now() : e.at)
        .bind(2, SqliteStatement::textOrNull(e.user))
        .bind(3, SqliteStatement::textOrNull(e.role))
        .bind(4, e.action)
        .bind(5, e.targetKind)
        .bind(6, SqliteStatement::textOrNull(e.targetUuid))
        .bind(7, SqliteStatement::textOrNull(e.targetLabel))
        .bind(8, SqliteStatement::textOrNull(e.district))
        .bind(9, SqliteStatement::textOrNull(e.field))
        // Empty values are stored as '' (not NULL) so "cleared to empty" is queryable as new_value = ''.
        .bind(10, e.oldValue.isNull() ? QStringLiteral("") : e.oldValue)
        .bind(11, e.newValue.isNull() ? QStringLiteral("") : e.newValue)
        .bind(12, e.accepted ? 1 : 0)
        .bind(13, SqliteStatement::textOrNull(e.message))
        .bind(14, SqliteStatement::textOrNull(e.editId));
    if (e.revision > 0)
        st.bind(15, e.revision);
    else
        st.bindNull(15);
    st.run();
    return m_cache.db().lastInsertRowId();
}

QList<AuditEntry> AuditLog::query(const QString &where, const QString &order, const QVariant &arg, int limit)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                  QStringLiteral(" FROM zhili_audit WHERE ") + where + QStringLiteral(" ORDER BY ") + order;
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto st = m_cache.db().prepare(sql);
    st.bind(1, arg);
    QList<AuditEntry> list;
    while (st.step())
        list.append(readEntry(st));
    return list;
}

AuditEntry AuditLog::entryBy(const User &user, const QString &action, const QString &targetKind)
{
    AuditEntry e;
    e.user = user.name;
    e.role = roleKey(user.role);
    e.action = action;
    e.targetKind = targetKind;
    return e;
}

QList<AuditEntry> AuditLog::historyForParcel(const QString &uuid, int limit)
{
    return query(QStringLiteral("target_kind = 'parcel' AND target_uuid = ?"), QStringLiteral("id DESC"),
                 uuid, limit);
}

QList<AuditEntry> AuditLog::since(qint64 afterId, int limit)
{
    return query(QStringLiteral("id > ?"), QStringLiteral("id"), QVariant(afterId), limit);
}

QJsonObject AuditLog::toJson(const AuditEntry &e)
{
    auto orNull = [](const QString &s) { return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o;
    o[QStringLiteral("id")] = e.id;
    o[QStringLiteral("at")] = e.at;
    o[QStringLiteral("user")] = orNull(e.user);
    o[QStringLiteral("role")] = orNull(e.role);
    o[QStringLiteral("action")] = e.action;
    o[QStringLiteral("target_kind")] = e.targetKind;
    o[QStringLiteral("target_uuid")] = orNull(e.targetUuid);
    o[QStringLiteral("target_label")] = orNull(e.targetLabel);
    o[QStringLiteral("district")] = orNull(e.district);
    o[QStringLiteral("field")] = orNull(e.field);
    o[QStringLiteral("old_value")] = e.oldValue;
    o[QStringLiteral("new_value")] = e.newValue;
    o[QStringLiteral("accepted")] = e.accepted;
    o[QStringLiteral("message")] = orNull(e.message);
    o[QStringLiteral("edit_id")] = orNull(e.editId);
    o[QStringLiteral("revision")] = e.revision > 0 ? QJsonValue(e.revision) : QJsonValue(QJsonValue::Null);
    return o;
}

} // namespace zhili
