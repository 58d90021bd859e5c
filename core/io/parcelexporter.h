#pragma once

#include "io/exportoptions.h"
#include "util/taskprogress.h"

namespace zhili {

class GeoPackageCache;

/// Writes parcels with their tags and allocations (and, on request, their source attributes) to a
/// shapefile set, a zipped shapefile set, a GeoPackage, GeoJSON or CSV (docs/export.md). Everything is
/// written under a temporary name beside the output and moved into place at the end, so a failed or
/// canceled export leaves no partial file behind.
class ParcelExporter {
public:
    /// Throws zhili::Error naming the file, field or value at fault (unknown district, bad CRS, unknown
    /// field, unwritable folder …), zhili::Cancelled when `progress` is canceled.
    static ExportReport run(GeoPackageCache &cache, const ExportOptions &options,
                            const TaskProgress &progress = {});

    /// "UTF-8" or "GBK" for a shapefile's `requested` encoding (empty = UTF-8); other formats accept only
    /// UTF-8. Throws zhili::Error naming the value otherwise.
    static QString encodingFor(ExportFormat format, const QString &requested);
};

} // namespace zhili
