#pragma once

#include "io/importreport.h"

#include <QString>
#include <functional>

namespace zhili {

class GeoPackageCache;

/// The cache file an import writes into, opened or created the safe way (used by both importers):
/// - an existing cache is opened writable and the import runs inside its own transaction, so a failure
///   leaves it as it was;
/// - a new cache is built under a hidden temporary name beside the target and appears under the target's
///   name only once the import succeeded: a failed, cancelled or killed first import leaves no cache behind,
///   and of two first imports into the same new path, the first to finish creates it and the other then
///   imports into that cache.
class ImportTarget {
public:
    using Body = std::function<ImportReport(GeoPackageCache &)>;

    /// Runs `body` on the cache at `cachePath` (created in EPSG `epsg` when missing). Rethrows what `body`
    /// throws after cleaning up.
    static ImportReport run(const QString &cachePath, int epsg, const Body &body);

    /// Temporary files of first imports that were killed (their process is gone): removed before a new
    /// first import into the same path.
    static void removeStaleTemporaries(const QString &cachePath);

private:
    static ImportReport runOnExisting(const QString &cachePath, const Body &body);
};

} // namespace zhili
