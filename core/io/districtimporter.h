#pragma once

#include "io/importoptions.h"
#include "io/importreport.h"
#include "util/taskprogress.h"

namespace zhili {

class GeoPackageCache;

/// Imports real district boundaries (区县 polygons) into the cache's `districts` table
/// (boundary_source = 'imported'), with the same encoding and CRS rules as ParcelImporter, in one
/// transaction. Features sharing a name (islands stored as separate records) become one multipolygon.
class DistrictImporter {
public:
    /// options.source/layer/encoding/crs/user are used; nameField picks the district name (auto-detected:
    /// XZQMC, 行政区, NAME, name …). Features with the same name are merged.
    static ImportReport run(GeoPackageCache &cache, const ImportOptions &options,
                            const QString &nameField = {}, const TaskProgress &progress = {});
    /// The field the importer takes the district name from when none is given (the first of XZQMC, 行政区,
    /// NAME …, case-insensitively as OGR matches them), empty when `fields` has none of them.
    static QString proposedNameField(const QStringList &fields);
    static ImportReport runOnFile(const QString &cachePath, const ImportOptions &options,
                                  const QString &nameField = {}, const TaskProgress &progress = {});
};

} // namespace zhili
