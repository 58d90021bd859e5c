#include "desktop/readonlyreason.h"

#include "cache/geopackagecache.h"

#include <QCoreApplication>

namespace zhili {

QString readOnlyReason(const GeoPackageCache *cache, const std::optional<User> &user,
                       const std::function<bool(const User &)> &allowed, const QString &noCache,
                       const QString &refused)
{
    if (!cache)
        return noCache;
    if (cache->isReadOnly())
        return QCoreApplication::translate("zhili::ReadOnlyReason",
                                           "Read only: the cache file cannot be written.");
    if (!user)
        return QCoreApplication::translate("zhili::ReadOnlyReason",
                                           "Read only: choose a user first (File ▸ Choose user…).");
    if (!allowed(*user))
        return refused.arg(user->label());
    return QString();
}

} // namespace zhili
