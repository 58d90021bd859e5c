#include "sync/conflictresolver.h"

#include "cache/geopackagecache.h"
#include "edit/assignmentpatch.h"
#include "edit/parceleditor.h"
#include "util/error.h"

#include <QCoreApplication>

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
    if (first.field == QLatin1String("geom"))
        throw Error(QCoreApplication::translate(
                        "ConflictResolver",
                        "parcel %1 (%2): a re-imported shape is taken again by importing the district's file "
                        "again (it is sent at the next sync); resolve this one with theirs")
                        .arg(first.code, first.district));
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

} // namespace zhili
