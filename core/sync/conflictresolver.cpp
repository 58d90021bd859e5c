#include "sync/conflictresolver.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncoutbox.h"
#include "cache/syncparcelstore.h"
#include "edit/assignmentpatch.h"
#include "edit/auditedpermission.h"
#include "edit/auditlog.h"
#include "edit/parceleditor.h"
#include "edit/permissionpolicy.h"
#include "edit/user.h"
#include "geometry/wkbenvelope.h"
#include "model/units.h"
#include "sync/syncpayload.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili {

ConflictResolver::ConflictResolver(GeoPackageCache &cache, ParcelEditor &editor)
    : m_cache(cache), m_editor(editor)
{
}

QString ConflictResolver::key(Take take)
{
    return take == Take::Mine ? QStringLiteral("mine") : QStringLiteral("theirs");
}

std::optional<ConflictResolver::Take> ConflictResolver::takeFromKey(const QString &key)
{
    if (key == QLatin1String("mine"))
        return Take::Mine;
    if (key == QLatin1String("theirs"))
        return Take::Theirs;
    return std::nullopt;
}

EditRecord ConflictResolver::resolve(const QList<SyncConflict> &conflicts, Take take, const User &user)
{
    if (conflicts.isEmpty())
        return EditRecord();
    const EditRecord edit = take == Take::Mine ? takeMine(conflicts, user) : EditRecord();
    SyncConflictStore(m_cache).resolve(conflicts, key(take), GeoPackageCache::now());
    return edit;
}

EditRecord ConflictResolver::takeMine(const QList<SyncConflict> &conflicts, const User &user)
{
    const SyncConflict &first = conflicts.first();
    const std::optional<Parcel> parcel = m_cache.parcelByUuid(first.parcelUuid);
    if (!parcel)
        throw Error(QCoreApplication::translate(
                        "ConflictResolver",
                        "parcel %1 (%2) is no longer in this cache (the city server deleted it): only theirs "
                        "can be taken")
                        .arg(first.code, first.district));
    if (first.field == QLatin1String("geom") || first.field == QLatin1String("parcel")) {
        takeMineWhole(first, *parcel, user);
        return EditRecord();
    }
    // Mine becomes an ordinary new edit: checked by the role rules and pushed at the next sync.
    AssignmentPatch patch;
    for (const SyncConflict &c : conflicts) {
        const std::optional<AssignmentField> f = assignmentFieldFromKey(c.field);
        if (!f)
            continue;
        if (c.mine.isDouble())
            patch.setNumber(*f, c.mine.toDouble());
        else
            patch.setText(*f, c.mine.toString());
    }
    return m_editor.apply(user, {parcel->fid}, patch,
                          QCoreApplication::translate("ConflictResolver", "conflict resolved: mine"));
}

void ConflictResolver::takeMineWhole(const SyncConflict &c, const Parcel &parcel, const User &user)
{
    AuditedPermission::require(m_cache, user, PermissionPolicy::canImportParcels(user, parcel.district),
                               QStringLiteral("import"), QStringLiteral("parcel"), parcel.code);
    const bool removal = c.field == QLatin1String("parcel");
    const QByteArray wkb = QByteArray::fromHex(c.mine[QStringLiteral("wkb")].toString().toLatin1());
    if (!removal && wkb.isEmpty())
        throw Error(QCoreApplication::translate("ConflictResolver",
                                                "parcel %1 (%2): this conflict does not hold my shape; "
                                                "import the district's file again instead")
                        .arg(c.code, c.district));
    const QString why = QCoreApplication::translate("ConflictResolver", "conflict resolved: mine");
    SqliteTransaction tx(m_cache.db());
    SyncParcelStore store(m_cache);
    AuditEntry e = AuditLog::entryBy(user, QStringLiteral("import"), QStringLiteral("parcel"));
    e.targetUuid = parcel.uuid;
    e.targetLabel = parcel.code;
    e.district = parcel.district;
    e.field = c.field;
    e.message = why;
    if (removal) {
        // Removed here again, and on the server at the next sync (on the revision it holds now).
        store.remove(parcel.uuid);
        SyncOutbox(m_cache).recordImportIfConnected(
            {}, {},
            QJsonArray{QJsonObject{{QStringLiteral("uuid"), parcel.uuid},
                                   {QStringLiteral("code"), parcel.code},
                                   {QStringLiteral("district"), parcel.district}}},
            {}, user.name, why);
        e.newValue = SyncPayload::displayText(c.mine);
    } else {
        // My shape goes back into the cache and is sent at the next sync on the server's generation.
        std::optional<SyncParcelRow> row = store.row(parcel.uuid);
        const double areaM2 = c.mine[QStringLiteral("area_m2")].toDouble();
        e.oldValue = QString::number(row->areaM2, 'f', 1);
        row->wkb = wkb;
        row->areaM2 = areaM2;
        row->areaMu = units::muFromSquareMetres(areaM2);
        row->areaHa = units::hectaresFromSquareMetres(areaM2);
        store.update(parcel.fid, *row, wkbEnvelope(wkb, parcel.code));
        SyncOutbox(m_cache).recordImportIfConnected({parcel.fid}, {}, {}, {}, user.name, why);
        e.newValue = SyncPayload::displayText(c.mine);
    }
    AuditLog(m_cache).append(e);
    tx.commit();
}

} // namespace zhili
