#pragma once

// The cache the chain commands' tests (tests/cli) start from.
#include "testcache.h"

#include <QString>

namespace zhili::test {

/// Creates `path` with two 100 m parcels 5 km apart — A1 in 西湖区 at (500000, 3350000) and B1 in 滨江区 at
/// (503000, 3354000) — plus `third`, and the planner "planner" as a user of the cache; `moreSql` (more users,
/// key districts …) runs after. Returns `path`.
QString makeChainCliCache(const QString &path, const TestParcel &third, const QString &moreSql = QString());

} // namespace zhili::test
