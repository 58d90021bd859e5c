#pragma once

#include <QString>

namespace zhili {

class GeoPackageCache;

/// The name people gave a cache when they made it in the window (File ▸ New cache), e.g. "西湖区 2026":
/// stored in zhili_meta (key 'display_name'); caches made by an import have none.
class CacheDisplayName {
public:
    /// Empty when the cache has none.
    static QString read(GeoPackageCache &cache);
    /// Stores `name` (trimmed); an empty name removes it.
    static void write(GeoPackageCache &cache, const QString &name);
};

} // namespace zhili
