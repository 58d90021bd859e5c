#pragma once

#include "geometry/envelope.h"

#include <QString>

namespace zhili {
class GeoPackageCache;
}

namespace zhili::cli {

/// The frames `zhili-cli render` and `zhili-cli export-qgis` show: one logic, so a QGIS project opens on
/// what the PNG of the same district shows.
namespace mapframe {

/// The frame of one district (its parcels and its boundary) with a 3 % margin; throws naming the districts
/// the cache has when the name is unknown.
Envelope districtFrame(GeoPackageCache &cache, const QString &name);

} // namespace mapframe

} // namespace zhili::cli
