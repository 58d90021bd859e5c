#include "sync/steeringsync.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncstate.h"
#include "edit/auditlog.h"
#include "sync/pgconnection.h"
#include "sync/syncsnapshot.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <optional>

namespace zhili {

namespace {

const QString kStamp = QStringLiteral("updated_at"); // set by whoever writes: never compared or sent

// Values reach here from SQLite (integers, reals, text), the server (text) and the stored base (JSON):
// numbers compare as numbers ("1e+06" from the server equals 1000000.0 here), everything else as text.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    bool numberA = false;
    bool numberB = false;
    const double x = a.toDouble(&numberA);
    const double y = b.toDouble(&numberB);
    if (numberA && numberB)
        return x == y;
    return a.toString() == b.toString();
}

QString canonical(const QVariant &v)
{
    bool number = false;
    const double d = v.toDouble(&number);
    return number ? QString::number(d, 'g', 17) : v.toString();
}

QString keyText(const SyncTable &table, const QVariantList &row)
{
    QStringList parts;
    for (const QString &k : table.key)
        parts.append(canonical(row.value(table.columns.indexOf(k))));
    return parts.join(QChar(0x1f));
}

// "2026 / iot / 西湖区": how a row is named in messages and the audit log.
QString rowLabel(const SyncTable &table, const QVariantList &row)
{
    QStringList parts;
    for (const QString &k : table.key) {
        const QString v = canonical(row.value(table.columns.indexOf(k)));
        parts.append(v.isEmpty() ? QStringLiteral("—") : v);
    }
    return parts.join(QStringLiteral(" / "));
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("—") : canonical(v);
}

// "year = $4 AND ecosystem = $5 …": the row's key, its values appended to `params`.
QString keyCondition(const SyncTable &table, const QVariantList &row, QVariantList &params)
{
    QStringList where;
    for (const QString &k : table.key) {
        params.append(row.value(table.columns.indexOf(k)));
        where.append(QStringLiteral("%1 = $%2").arg(k).arg(params.size()));
    }
    return where.join(QStringLiteral(" AND "));
}

QHash<QString, QVariantList> parseBase(const SyncTable &table, const QString &json)
{
    QHash<QString, QVariantList> rows;
    for (const QJsonValue &r : QJsonDocument::fromJson(json.toUtf8()).array()) {
        QVariantList row;
        for (const QJsonValue &v : r.toArray())
            row.append(v.isNull() ? QVariant() : v.toVariant());
        rows.insert(keyText(table, row), row);
    }
    return rows;
}

} // namespace

struct SteeringSync::Change {
    QString key;
    std::optional<QVariantList> base; ///< absent: added here
    std::optional<QVariantList> mine; ///< absent: removed here
};

SteeringSync::SteeringSync(GeoPackageCache &cache, PgConnection &conn) : m_cache(cache), m_conn(conn) {}

bool SteeringSync::isSteering(const SyncTable &table)
{
    return table.name == QLatin1String("targets") || table.name == QLatin1String("key_districts") ||
           table.name == QLatin1String("district_quotas");
}

QList<SteeringSync::Change> SteeringSync::changesOf(GeoPackageCache &cache, const SyncTable &table,
                                                    SyncState &state)
{
    const QString baseJson = state.tableBase(table.name);
    if (baseJson.isEmpty())
        return {};
    const Rows base = parseBase(table, baseJson);
    Rows local;
    for (const QVariantList &row : SyncTables(cache).read(table))
        local.insert(keyText(table, row), row);
    QList<Change> changes;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const auto b = base.constFind(it.key());
        if (b == base.cend()) {
            changes.append({it.key(), std::nullopt, it.value()});
            continue;
        }
        for (int c = 0; c < table.columns.size(); ++c)
            if (table.columns.at(c) != kStamp && !sameValue(it.value().value(c), b.value().value(c))) {
                changes.append({it.key(), b.value(), it.value()});
                break;
            }
    }
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        if (!local.contains(it.key()))
            changes.append({it.key(), it.value(), std::nullopt});
    return changes;
}

QSet<QString> SteeringSync::changedTables(GeoPackageCache &cache)
{
    SyncState state(cache);
    QSet<QString> names;
    for (const SyncTable &t : SyncTables::all())
        if (isSteering(t) && !changesOf(cache, t, state).isEmpty())
            names.insert(t.name);
    return names;
}

void SteeringSync::rememberBases(GeoPackageCache &cache, const QSet<QString> &except)
{
    SyncState state(cache);
    SyncTables tables(cache);
    for (const SyncTable &t : SyncTables::all()) {
        if (!isSteering(t) || except.contains(t.name))
            continue;
        QJsonArray rows;
        for (const QVariantList &row : tables.read(t)) {
            QJsonArray values;
            for (const QVariant &v : row)
                values.append(QJsonValue::fromVariant(v));
            rows.append(values);
        }
        state.setTableBase(t.name, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    }
}

SteeringReport SteeringSync::push()
{
    SyncState state(m_cache);
    QList<QPair<SyncTable, QList<Change>>> work;
    for (const SyncTable &t : SyncTables::all())
        if (isSteering(t))
            if (QList<Change> changes = changesOf(m_cache, t, state); !changes.isEmpty())
                work.append({t, changes});
    SteeringReport report;
    if (work.isEmpty())
        return report;
    SqliteTransaction audit(m_cache.db());
    try {
        PgTransaction tx(m_conn);
        for (const auto &[table, changes] : work) {
            // Tens of rows: lock the table and read it whole, so the merge sees what it overwrites.
            m_conn.exec(QStringLiteral("LOCK TABLE zhili.%1 IN SHARE ROW EXCLUSIVE MODE").arg(table.name));
            Rows server;
            for (const QVariantList &row : SyncSnapshot(m_conn).table(table))
                server.insert(keyText(table, row), row);
            for (const Change &change : changes)
                report.pushed += apply(table, change, server, report);
        }
        tx.commit();
    } catch (const Error &e) {
        throw Error(QCoreApplication::translate(
                        "SteeringSync",
                        "the city server refused the local changes to targets, key districts or quotas (only "
                        "planners and administrators change them; they stay in %1): %2")
                        .arg(m_cache.path(), e.message()));
    }
    audit.commit();
    return report;
}

int SteeringSync::apply(const SyncTable &table, const Change &change, const Rows &server,
                        SteeringReport &report)
{
    const auto theirs = server.constFind(change.key);
    const bool onServer = theirs != server.cend();
    QList<int> columns; // the fields to write
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c) == kStamp || table.key.contains(table.columns.at(c)))
            continue;
        const QVariant base = change.base ? change.base->value(c) : QVariant();
        const QVariant mine = change.mine ? change.mine->value(c) : QVariant();
        const QVariant now = onServer ? theirs.value().value(c) : QVariant();
        if (change.base && change.mine && sameValue(mine, base))
            continue;       // not changed here
        if (!change.mine) { // removed here: only a row nobody changed since goes
            if (onServer && change.base && !sameValue(now, base)) {
                auditConflict(table, change, c, now);
                ++report.conflicts;
                return 0;
            }
            continue;
        }
        if (onServer && sameValue(now, mine))
            continue; // both sides agree
        if (!onServer) {
            if (change.base) { // removed on the server meanwhile
                auditConflict(table, change, c, QVariant());
                ++report.conflicts;
                return 0;
            }
        } else if (!change.base || !sameValue(now, base)) { // changed (or added) there too: first wins
            auditConflict(table, change, c, now);
            ++report.conflicts;
            continue;
        }
        columns.append(c);
    }
    if (!change.mine) {
        if (!onServer)
            return 0;
        QVariantList params;
        const QString where = keyCondition(table, *change.base, params);
        m_conn.exec(QStringLiteral("DELETE FROM zhili.%1 WHERE %2").arg(table.name, where), params);
        return 1;
    }
    if (columns.isEmpty())
        return 0;
    writeRow(table, *change.mine, columns, !onServer);
    return 1;
}

void SteeringSync::writeRow(const SyncTable &table, const QVariantList &row, const QList<int> &columns,
                            bool insert)
{
    QVariantList params;
    QStringList names;
    QStringList sets;
    for (int c : columns) {
        params.append(row.value(c));
        names.append(table.columns.at(c));
        sets.append(QStringLiteral("%1 = $%2").arg(table.columns.at(c)).arg(params.size()));
    }
    const QString where = keyCondition(table, row, params);
    QString sql;
    if (insert) {
        QStringList marks;
        for (int i = 1; i <= params.size(); ++i)
            marks.append(QStringLiteral("$%1").arg(i));
        sql = QStringLiteral("INSERT INTO zhili.%1 (%2) VALUES (%3)")
                  .arg(table.name, (names + table.key).join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", ")));
    } else {
        sql = QStringLiteral("UPDATE zhili.%1 SET %2, updated_at = now() WHERE %3")
                  .arg(table.name, sets.join(QStringLiteral(", ")), where);
    }
    if (m_conn.exec(sql, params).affected() != 1)
        throw Error(QCoreApplication::translate("SteeringSync", "the server did not write %1 %2")
                        .arg(table.name, rowLabel(table, row)));
}

void SteeringSync::auditConflict(const SyncTable &table, const Change &change, int column,
                                 const QVariant &theirs)
{
    const QVariantList &row = change.mine ? *change.mine : *change.base;
    AuditEntry e;
    e.at = GeoPackageCache::now();
    e.user = m_conn.currentUser();
    e.action = QStringLiteral("sync_conflict");
    e.targetKind = table.name;
    e.targetLabel = rowLabel(table, row);
    const int districtColumn = table.columns.indexOf(QStringLiteral("district"));
    e.district = districtColumn >= 0 ? row.value(districtColumn).toString() : QString();
    e.field = table.columns.at(column);
    e.oldValue = change.mine ? valueText(change.mine->value(column)) : QString();
    e.newValue = valueText(theirs);
    e.accepted = false;
    e.message =
        QCoreApplication::translate(
            "SteeringSync",
            "changed on the city server since the last sync: the server kept %1, the local %2 "
            "was not sent")
            .arg(valueText(theirs), change.mine ? valueText(change.mine->value(column))
                                                : QCoreApplication::translate("SteeringSync", "removal"));
    AuditLog(m_cache).append(e);
}

} // namespace zhili
