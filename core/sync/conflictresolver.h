#pragma once

#include "cache/syncconflictstore.h"
#include "edit/editrecord.h"

#include <QList>
#include <QString>
#include <optional>

namespace zhili {

class GeoPackageCache;
class ParcelEditor;
struct User;

/// Settles open conflicts of a connected cache, for `zhili-cli resolve` and the window's conflict dialog.
/// "Theirs" only closes them: the cache already holds the server's value. "Mine" is an ordinary new edit
/// setting the conflicting field(s) to my values — checked by the role rules, audited, and pushed at the
/// next sync — and then closes them.
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

    GeoPackageCache &m_cache;
    ParcelEditor &m_editor;
};

} // namespace zhili
