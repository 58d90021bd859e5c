#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

namespace zhili {

struct User;

class GeoPackageCache;
class SqliteDatabase;

/// One row of `zhili_audit`: who did (or tried) what to which object, old → new.
struct AuditEntry {
    qint64 id = 0; ///< increasing; the change feed position for sync
    QString at;    ///< ISO 8601 UTC
    QString user;
    QString role;
    QString action;     ///< assign, batch, undo, redo, user_add, …
    QString targetKind; ///< parcel, user, target, …
    QString targetUuid;
    QString targetLabel; ///< the parcel code, user name …
    QString district;
    QString field;
    QString oldValue;
    QString newValue;
    bool accepted = true; ///< false: refused by the role rules, nothing changed
    QString message;      ///< the reason given, or why it was refused
    QString editId;       ///< shared by all rows of one edit (one undo step)
    qint64 revision = 0;  ///< the target's revision after the change (0 when refused)
};

/// The append-only audit log (`zhili_audit`; triggers forbid UPDATE and DELETE).
class AuditLog {
public:
    explicit AuditLog(GeoPackageCache &cache);
    ~AuditLog();

    /// A row started with who did what to which kind of target (user, role, action, target kind).
    static AuditEntry entryBy(const User &user, const QString &action, const QString &targetKind);

    /// Appends one row (inside the caller's transaction if there is one). Uses a prepared statement.
    qint64 append(const AuditEntry &entry);
    /// Every row about one parcel, accepted and refused, newest first.
    QList<AuditEntry> historyForParcel(const QString &uuid, int limit = -1);
    /// Rows with id > afterId in id order: the change feed a sync client reads.
    QList<AuditEntry> since(qint64 afterId, int limit = 1000);

    static QJsonObject toJson(const AuditEntry &entry);

private:
    QList<AuditEntry> query(const QString &where, const QString &order, const QVariant &arg, int limit);
    GeoPackageCache &m_cache;
    struct Statements;
    std::unique_ptr<Statements> m_st;
};

} // namespace zhili
