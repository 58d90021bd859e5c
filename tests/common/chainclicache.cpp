#include "chainclicache.h"

#include "cache/geopackagecache.h"

namespace zhili::test {

QString makeChainCliCache(const QString &path, const TestParcel &third, const QString &moreSql)
{
    TestParcel a = sizedParcel("A1", "西湖区", 100, 100), b = sizedParcel("B1", "滨江区", 100, 100);
    a.x = 500000, a.y = 3350000, b.x = 503000, b.y = 3354000;
    auto cache = makeTestCache(path, {a, b, third});
    cache->db().exec(
        QStringLiteral("INSERT INTO zhili_users VALUES ('planner', 'planner', NULL, '2025-01-01');") +
        moreSql);
    return path;
}

} // namespace zhili::test
