#include "sync/syncsession.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncconflictstore.h"
#include "cache/syncoutbox.h"
#include "cache/syncparcelstore.h"
#include "cache/syncstate.h"
#include "cache/synctables.h"
#include "edit/assignmentpatch.h"
#include "edit/auditlog.h"
#include "geometry/wkbenvelope.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/steeringsync.h"
#include "sync/syncpayload.h"
#include "sync/syncsnapshot.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace zhili {

namespace {

SyncConflict conflictFrom(const QJsonObject &j, const OutboxEdit &edit)
{
    SyncConflict c;
    c.editId = edit.editId;
    c.parcelUuid = j.value(QStringLiteral("uuid")).toString();
    c.code = j.value(QStringLiteral("code")).toString();
    c.district = j.value(QStringLiteral("district")).toString();
    c.field = j.value(QStringLiteral("field")).toString();
    c.group = j.value(QStringLiteral("group")).toString();
    c.reason = j.value(QStringLiteral("reason")).toString();
    c.base = j.value(QStringLiteral("base"));
    c.mine = j.value(QStringLiteral("mine"));
    c.theirs = j.value(QStringLiteral("theirs"));
    c.mineBy = edit.user;
    c.mineAt = edit.at;
    c.theirsBy = j.value(QStringLiteral("theirs_by")).toString();
    c.theirsAt = j.value(QStringLiteral("theirs_at")).toString();
    c.openedAt = GeoPackageCache::now();
    return c;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

SyncSession::SyncSession(GeoPackageCache &cache, PgConnection &conn)
    : m_cache(cache), m_conn(conn), m_state(std::make_unique<SyncState>(cache)),
      m_store(std::make_unique<SyncParcelStore>(cache)), m_audit(std::make_unique<AuditLog>(cache))
{
}

SyncSession::~SyncSession() = default;

void SyncSession::requireConnected(GeoPackageCache &cache)
{
    if (!SyncState(cache).isConnected())
        throw Error(QCoreApplication::translate(
                        "SyncSession",
                        "%1 is not connected to a city server: make a connected cache with zhili-cli clone "
                        "--url URL --cache NEW.gpkg")
                        .arg(cache.path()));
}

void SyncSession::requireSameServer()
{
    requireConnected(m_cache);
    ServerSchema::requireCurrent(m_conn);
    const QString id =
        m_conn.scalar(QStringLiteral("SELECT value FROM zhili.meta WHERE key = 'server_id'")).toString();
    if (id != m_state->serverId())
        throw Error(
            QCoreApplication::translate(
                "SyncSession",
                "%1 was cloned from another city server (id %2, this one is %3): sync it with its own "
                "server, or clone this one into a new cache")
                .arg(m_cache.path(), m_state->serverId(), id));
}

SyncReport SyncSession::run(const TaskProgress &progress)
{
    requireSameServer();
    SyncReport report;
    // Targets, key districts and quotas first: the pull that follows replaces those tables whole.
    const SteeringReport steering = SteeringSync(m_cache, m_conn).push();
    report.steeringPushed = steering.pushed;
    report.steeringConflicts = steering.conflicts;
    m_steeringPushed = true;
    report.pulled = pull(progress);
    const auto [pushed, conflicts] = push(progress);
    report.pushed = pushed;
    report.conflicts = conflicts;
    report.allocationsChanged = m_allocationsChanged;
    report.lastSequence = m_state->lastSequence();
    return report;
}

bool SyncSession::adopt(const SyncParcelRow &row)
{
    const auto local = m_store->find(row.uuid);
    const auto synced = m_state->parcel(row.uuid);
    const bool newGeometry = !local || !synced || synced->importGen != row.importGen;
    if (local && synced && synced->revision == row.revision && local->second == row.assignment &&
        !newGeometry)
        return false;
    if (local) {
        const ParcelAssignment &before = local->second;
        for (AssignmentField f : assignmentFields()) {
            const QString oldText = assignmentFieldText(before, f);
            const QString newText = assignmentFieldText(row.assignment, f);
            if (oldText == newText)
                continue;
            m_allocationsChanged = m_allocationsChanged || f == AssignmentField::LandMu ||
                                   f == AssignmentField::EnergyTce || f == AssignmentField::FinanceWan;
            AuditEntry e;
            e.at = GeoPackageCache::now();
            e.user = row.updatedBy;
            e.action = QStringLiteral("sync");
            e.targetKind = QStringLiteral("parcel");
            e.targetUuid = row.uuid;
            e.targetLabel = row.code;
            e.district = row.district;
            e.field = assignmentFieldKey(f);
            e.oldValue = oldText;
            e.newValue = newText;
            e.message =
                QCoreApplication::translate("SyncSession", "from the city server, changed there at %1")
                    .arg(row.updatedAt);
            e.revision = row.revision;
            m_audit->append(e);
        }
        m_store->update(local->first, row, row.wkb.isEmpty() ? Envelope() : wkbEnvelope(row.wkb, row.code));
        m_changed.insert(local->first);
        m_reshaped = m_reshaped || !row.wkb.isEmpty();
    } else {
        // The code is held here by a parcel of my own re-import still waiting for its push: the push
        // answers for it (a conflict) and brings the server's parcel in.
        if (!m_store->uuidOfCode(row.district, row.code).isEmpty())
            return false;
        m_changed.insert(m_store->insert(row, wkbEnvelope(row.wkb, row.code)));
        m_reshaped = true;
        m_allocationsChanged = true;
    }
    m_state->setParcel(row.uuid, SyncedParcel{row.revision, row.importGen});
    return true;
}

int SyncSession::pull(const TaskProgress &progress)
{
    const qint64 last = m_state->lastSequence();
    const QSet<QString> pending = SyncOutbox(m_cache).pendingParcels();
    PgTransaction server(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    SyncSnapshot snapshot(m_conn);
    const qint64 watermark = snapshot.watermark(last);
    // Rows are read without geometry; only new parcels and re-imported ones fetch theirs. The upper bound
    // changes no result (nothing in this snapshot is past the watermark) but lets the planner use the
    // change_seq index even before the server has statistics (right after a publish, a one-sided range is
    // guessed at a third of the table and read by a full scan: 1.5 s at 1M parcels).
    QList<SyncParcelRow> rows;
    if (watermark > last)
        snapshot.forEachParcel(
            QStringLiteral("change_seq > $1 AND change_seq <= $2"), {last, watermark},
            [&](const SyncParcelRow &r) { rows.append(r); }, false);
    QStringList needGeometry;
    for (const SyncParcelRow &r : rows) {
        const auto synced = m_state->parcel(r.uuid);
        if (!synced || synced->importGen != r.importGen)
            needGeometry.append(r.uuid);
    }
    QHash<QString, QByteArray> geometry;
    if (!needGeometry.isEmpty())
        snapshot.forEachParcel(QStringLiteral("uuid = ANY ($1::uuid[])"),
                               {QStringLiteral("{%1}").arg(needGeometry.join(QLatin1Char(',')))},
                               [&](const SyncParcelRow &r) { geometry.insert(r.uuid, r.wkb); });
    const QStringList deleted = snapshot.deletedSince(last);
    QList<QPair<SyncTable, QList<QVariantList>>> tables;
    for (const SyncTable &t : SyncTables::all())
        tables.append({t, snapshot.table(t)});
    QList<SyncDistrictRow> districts;
    const QHash<QString, qint64> localDistricts = m_store->districtRevisions();
    for (const SyncDistrictRow &d : snapshot.districts(false))
        if (localDistricts.value(d.uuid, -1) != d.revision) {
            districts = snapshot.districts(true); // rare: an outline changed or a district joined
            break;
        }
    server.commit();

    SqliteTransaction tx(m_cache.db());
    SyncTables local(m_cache);
    // A pull alone (the live view) must not drop local steering changes; after their push the server's
    // tables hold them, merged.
    const QSet<QString> unpushed = m_steeringPushed ? QSet<QString>() : SteeringSync::changedTables(m_cache);
    for (const auto &[t, content] : tables)
        if (!unpushed.contains(t.name))
            local.replace(t, content);
    SteeringSync::rememberBases(m_cache, unpushed);
    // An outline a pending re-import recomputed is the push's to send (the push then takes the server's).
    const QSet<QString> pendingOutlines = SyncOutbox(m_cache).pendingOutlines();
    for (const SyncDistrictRow &d : districts)
        if (!pendingOutlines.contains(d.name))
            m_store->writeDistrict(d, d.wkb.isEmpty() ? Envelope() : wkbEnvelope(d.wkb, d.name));
    int pulled = 0;
    for (SyncParcelRow &r : rows) {
        if (pending.contains(r.uuid)) // merged on the server by the push that follows
            continue;
        r.wkb = geometry.value(r.uuid);
        if (adopt(r))
            ++pulled;
        if ((pulled & 1023) == 1023)
            progress.reportOrThrow(
                pulled, rows.size(),
                QCoreApplication::translate("SyncSession", "applying the server's changes"));
    }
    for (const QString &uuid : deleted)
        if (!pending.contains(uuid) && removeLocal(uuid))
            ++pulled;
    m_state->setLastSequence(watermark);
    m_state->setLastSyncAt(GeoPackageCache::now());
    tx.commit();
    return pulled;
}

QJsonObject SyncSession::importItem(const QJsonObject &listed)
{
    const QString uuid = listed.value(QStringLiteral("uuid")).toString();
    if (listed.value(QStringLiteral("delete")).toBool()) {
        // Removed here by the re-import: deleted there if nobody changed it since my base revision.
        const auto synced = m_state->parcel(uuid);
        if (!synced) // never reached the server
            return {};
        QJsonObject o = listed;
        o.insert(QStringLiteral("revision"), synced->revision);
        return o;
    }
    const std::optional<SyncParcelRow> row = m_store->row(uuid);
    if (!row)
        return {};
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("code"), row->code},
                  {QStringLiteral("district"), row->district},
                  {QStringLiteral("name"), orNull(row->name)},
                  {QStringLiteral("land_use"), orNull(row->landUse)},
                  {QStringLiteral("area_m2"), row->areaM2},
                  {QStringLiteral("area_mu"), row->areaMu},
                  {QStringLiteral("area_ha"), row->areaHa},
                  {QStringLiteral("source_attrs"), orNull(row->sourceAttrs)},
                  {QStringLiteral("geom_note"), orNull(row->geomNote)},
                  {QStringLiteral("wkb"), QString::fromLatin1(row->wkb.toHex())}};
    if (const auto synced = m_state->parcel(uuid)) // known to the server: my base generation
        o.insert(QStringLiteral("import_gen"), synced->importGen);
    else // new: the server inserts it with its assignment as it is here now
        o.insert(QStringLiteral("after"), SyncPayload::assignment(row->assignment));
    return o;
}

QJsonArray SyncSession::outlineItems(const QJsonValue &names)
{
    QSet<QString> wanted;
    for (const QJsonValue &n : names.toArray())
        wanted.insert(n.toString());
    QJsonArray items;
    m_store->forEachDistrict([&](const SyncDistrictRow &d) {
        if (wanted.contains(d.name) && !d.wkb.isEmpty() && d.boundarySource != QLatin1String("imported"))
            items.append(QJsonObject{{QStringLiteral("uuid"), d.uuid},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("wkb"), QString::fromLatin1(d.wkb.toHex())}});
    });
    return items;
}

void SyncSession::refreshOutlines(const QSet<QString> &names)
{
    if (names.isEmpty())
        return;
    PgTransaction server(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const QList<SyncDistrictRow> districts = SyncSnapshot(m_conn).districts(true);
    server.commit();
    SqliteTransaction tx(m_cache.db());
    for (const SyncDistrictRow &d : districts)
        if (names.contains(d.name))
            m_store->writeDistrict(d, d.wkb.isEmpty() ? Envelope() : wkbEnvelope(d.wkb, d.name));
    tx.commit();
    m_reshaped = true;
}

QList<QVariantList> SyncSession::pushArguments(const QList<OutboxEdit> &edits, QSet<QString> &touched)
{
    const QString cacheId = m_cache.cacheId();
    QList<QVariantList> arguments;
    // A re-import sends each parcel's shape as the cache holds it now: once, in the first import edit naming
    // it. Assignment edits after it are not checked against the generation it replaces (it is my own shape).
    QSet<QString> reshaped;
    for (const OutboxEdit &edit : edits) {
        QJsonObject body = edit.body;
        const bool isImport = edit.action == QLatin1String("import");
        QJsonArray parcels;
        for (const QJsonValue &p : body.value(QStringLiteral("parcels")).toArray()) {
            QJsonObject o = p.toObject();
            const QString uuid = o.value(QStringLiteral("uuid")).toString();
            touched.insert(uuid);
            if (isImport) {
                if (reshaped.contains(uuid) || (o = importItem(o)).isEmpty())
                    continue;
                reshaped.insert(uuid);
            } else if (const auto synced = m_state->parcel(uuid); synced && !reshaped.contains(uuid)) {
                o.insert(QStringLiteral("import_gen"), synced->importGen); // what my base was derived from
            }
            parcels.append(o);
        }
        body.insert(QStringLiteral("parcels"), parcels);
        if (isImport && body.contains(QStringLiteral("districts")))
            body.insert(QStringLiteral("districts"), outlineItems(body.value(QStringLiteral("districts"))));
        arguments.append(
            {cacheId, edit.editId, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))});
    }
    return arguments;
}

std::pair<int, int> SyncSession::push(const TaskProgress &progress)
{
    const QList<OutboxEdit> edits = SyncOutbox(m_cache).pending();
    if (edits.isEmpty())
        return {0, 0};
    QSet<QString> touched;
    const QList<QVariantList> arguments = pushArguments(edits, touched);
    // Each edit is its own server transaction, committed asynchronously and pipelined: a thousand edits
    // would otherwise wait for a thousand log flushes and round trips. One synchronous commit at the end
    // flushes them all; only after it are they marked pushed here. A crash before that loses nothing: the
    // edits are sent again, and the server answers those it kept from zhili.pushes (idempotent).
    m_conn.exec(QStringLiteral("SET synchronous_commit = off"));
    std::vector<PgResult> answers;
    QStringList errors;
    for (qsizetype start = 0; start < arguments.size(); start += 64) {
        QStringList chunkErrors;
        std::vector<PgResult> chunk =
            m_conn.execPipelined(QStringLiteral("SELECT zhili.push_edit($1, $2, $3::jsonb)::text"),
                                 arguments.mid(start, 64), chunkErrors);
        std::move(chunk.begin(), chunk.end(), std::back_inserter(answers));
        errors += chunkErrors;
        progress.reportOrThrow(qint64(answers.size()), arguments.size(),
                               QCoreApplication::translate("SyncSession", "sending local edits"));
    }
    m_conn.exec(QStringLiteral("SET synchronous_commit = on"));
    {
        PgTransaction flush(m_conn);
        m_conn.exec(QStringLiteral("SELECT txid_current()")); // a commit record, flushed with all before it
        flush.commit();
    }
    const auto [pushed, conflicts] = recordAnswers(edits, answers, errors, touched);
    refresh(touched);
    refreshOutlines(m_outlines);
    const qsizetype failed = errors.size() - errors.count(QString());
    if (failed > 0)
        throw Error(QCoreApplication::translate(
                        "SyncSession", "the city server refused %1 of %2 edits (they stay in the outbox): %3")
                        .arg(failed)
                        .arg(edits.size())
                        .arg(*std::find_if(errors.begin(), errors.end(),
                                           [](const QString &e) { return !e.isEmpty(); })));
    return {pushed, conflicts};
}

std::pair<int, int> SyncSession::recordAnswers(const QList<OutboxEdit> &edits,
                                               const std::vector<PgResult> &answers,
                                               const QStringList &errors, QSet<QString> &touched)
{
    SyncOutbox outbox(m_cache);
    SyncConflictStore conflicts(m_cache);
    int pushed = 0;
    int conflictCount = 0;
    SqliteTransaction tx(m_cache.db());
    const QString now = GeoPackageCache::now();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        if (!errors.value(i).isEmpty())
            continue;
        const QJsonObject response = QJsonDocument::fromJson(answers[size_t(i)].bytes(0, 0)).object();
        for (const QJsonValue &c : response.value(QStringLiteral("conflicts")).toArray()) {
            conflicts.add(conflictFrom(c.toObject(), edits[i]));
            ++conflictCount;
        }
        // A new parcel whose code the server already had: the server's parcel comes in its place.
        for (const QJsonValue &p : response.value(QStringLiteral("parcels")).toArray())
            if (const QString uuid = p[QStringLiteral("row")][QStringLiteral("uuid")].toString();
                !uuid.isEmpty())
                touched.insert(uuid);
        // Outlines sent: the cache takes the server's (its revision), whether mine replaced it or not.
        for (const QJsonValue &d : response.value(QStringLiteral("districts")).toArray())
            m_outlines.insert(d[QStringLiteral("name")].toString());
        outbox.markPushed(edits[i].editId, now);
        ++pushed;
    }
    tx.commit();
    return {pushed, conflictCount};
}

bool SyncSession::removeLocal(const QString &uuid)
{
    const auto local = m_store->find(uuid);
    m_state->removeParcel(uuid); // also when it is gone here already (removed by a re-import)
    if (!local)
        return false;
    m_store->remove(uuid);
    m_changed.insert(local->first);
    m_reshaped = true;
    m_allocationsChanged = true;
    return true;
}

void SyncSession::refresh(const QSet<QString> &uuids)
{
    if (uuids.isEmpty())
        return;
    // After the pushes: each pushed parcel as the server holds it now (merged, or theirs after a conflict).
    const QSet<QString> stillPending = SyncOutbox(m_cache).pendingParcels();
    const QStringList list(uuids.begin(), uuids.end());
    QList<SyncParcelRow> rows;
    PgTransaction server(m_conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    SyncSnapshot(m_conn).forEachParcel(QStringLiteral("uuid = ANY ($1::uuid[])"),
                                       {QStringLiteral("{%1}").arg(list.join(QLatin1Char(',')))},
                                       [&](const SyncParcelRow &r) { rows.append(r); });
    server.commit();
    QSet<QString> onServer;
    for (const SyncParcelRow &r : rows)
        onServer.insert(r.uuid);
    SqliteTransaction tx(m_cache.db());
    // Removals first: a parcel the server refused as new may hold the code its own parcel comes in with.
    for (const QString &uuid : uuids)
        if (!onServer.contains(uuid) && !stillPending.contains(uuid)) // deleted on the server meanwhile
            removeLocal(uuid);
    for (SyncParcelRow &r : rows) {
        if (stillPending.contains(r.uuid))
            continue;
        const auto synced = m_state->parcel(r.uuid);
        if (synced && synced->importGen == r.importGen && m_store->find(r.uuid))
            r.wkb.clear(); // same shape: keep the local blob (a parcel my re-import removed comes back whole)
        adopt(r);
    }
    tx.commit();
}

} // namespace zhili
