#include "cli/mapframe.h"

#include "cache/districtboundaryquery.h"
#include "cache/geopackagecache.h"
#include "util/error.h"

#include <QCoreApplication>
#include <algorithm>

namespace zhili::cli::mapframe {

Envelope districtFrame(GeoPackageCache &cache, const QString &name)
{
    Envelope extent = cache.districtExtent(name);
    extent.include(DistrictBoundaryQuery::boundaryBox(cache.db(), name));
    if (extent.isNull()) {
        QStringList names = cache.districtNames();
        // Context "RenderCommand": the message (and its translation) came with `render`.
        throw Error(QCoreApplication::translate("RenderCommand", "unknown district \"%1\"; the cache has: %2")
                        .arg(name, names.join(QStringLiteral(", "))));
    }
    return extent.padded(0.03);
}

} // namespace zhili::cli::mapframe
