#pragma once

#include "io/importoptions.h"
#include "io/importreport.h"
#include "util/taskprogress.h"

namespace zhili {

class GeoPackageCache;

/// Imports a parcel layer (shapefile, zip, GeoPackage, GeoJSON) into the cache in ONE transaction:
/// decodes text (EncodingDetector), reprojects into the cache CRS, repairs invalid polygons, computes areas,
/// maps known fields, keeps assignments of parcels that are already there, and (re)derives district
/// boundaries. Any error or a cancel rolls everything back: the cache file is left as it was.
class ParcelImporter {
public:
    /// Imports into an open, writable cache. Throws zhili::Error (or zhili::Cancelled) after rolling back.
    static ImportReport run(GeoPackageCache &cache, const ImportOptions &options,
                            const TaskProgress &progress = {});
    /// Opens the cache at cachePath, or creates it (options.cacheEpsg) when missing — and deletes a cache it
    /// created again when the import fails.
    static ImportReport runOnFile(const QString &cachePath, const ImportOptions &options,
                                  const TaskProgress &progress = {});
};

} // namespace zhili
