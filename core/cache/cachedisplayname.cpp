#include "cache/cachedisplayname.h"

#include "cache/geopackagecache.h"

namespace zhili {

QString CacheDisplayName::read(GeoPackageCache &cache)
{
    return cache.db()
        .scalar(QStringLiteral("SELECT value FROM zhili_meta WHERE key = 'display_name'"))
        .toString();
}

void CacheDisplayName::write(GeoPackageCache &cache, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        cache.db().exec(QStringLiteral("DELETE FROM zhili_meta WHERE key = 'display_name'"));
        return;
    }
    auto st = cache.db().prepare(
        QStringLiteral("INSERT OR REPLACE INTO zhili_meta (key, value) VALUES ('display_name', ?)"));
    st.bind(1, trimmed).run();
}

} // namespace zhili
