#pragma once

#include "cache/syncconflictstore.h"
#include "edit/editrecord.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;
class ParcelEditor;
struct Parcel;
struct User;

/// Settles open conflicts of a connected cache, for `zhili-cli resolve` and the window's conflict dialog.
/// "Theirs" only closes them: the cache already holds the server's value. "Mine" is an ordinary new edit
/// setting the conflicting field(s) to my values — checked by the role rules, audited, and pushed at the
/// next sync — and then closes them. For a re-import's conflict (a shape, a removal) mine is that parcel
/// re-imported again: my shape back in the cache, or the parcel removed again, pushed at the next sync.
class ConflictResolver {
public:
    enum class Take { Mine, Theirs };

    ConflictResolver(GeoPackageCache &cache, ParcelEditor &editor);

    /// Resolves `conflicts` (the open conflicts of one parcel, as SyncConflictStore::openFor gives them).
    /// Returns the edit that took mine (empty for theirs). Throws zhili::Error (PermissionDenied …) and
    /// resolves nothing when the edit is refused.
    EditRecord resolve(const QList<SyncConflict> &conflicts, Take take, const User &user);

    /// "mine" / "theirs" (the stored resolution and the CLI's --take value).
    static QString key(Take take);
    static std::optional<Take> takeFromKey(const QString &key);

private:
    EditRecord takeMine(const QList<SyncConflict> &conflicts, const User &user);
    /// Mine of a whole-parcel conflict of a re-import: my shape (field geom) back into the cache, or the
    /// parcel removed again (field parcel); either goes into the outbox as a re-import of that parcel.
    void takeMineWhole(const SyncConflict &c, const Parcel &parcel, const User &user);

    GeoPackageCache &m_cache;
    ParcelEditor &m_editor;
};

} // namespace zhili
