#pragma once

#include "testcache.h"

#include <QString>
#include <memory>

namespace zhili {
class GeoPackageCache;
}

namespace zhili::test {

/// A parcel with a code, a district, an ecosystem and a land allocation (亩): the indicator tests' parcels.
TestParcel landParcel(const char *code, const char *district, const char *ecosystem, double landMu);

/// The indicator overlays' cache at `path`: X1, X2 (西湖区) and B1 (滨江区), 100 × 100 m, 50 m apart from
/// x = 515000 (districts = their boxes), 50, 45 and 10 亩 of bio; 2025 bio land targets of 100 亩 in both
/// districts, 滨江区 bio's key district, and the enterprises 高 on X1 and 低 on B1 (CSV written beside it).
std::unique_ptr<GeoPackageCache> makeIndicatorCache(const QString &path);

} // namespace zhili::test
