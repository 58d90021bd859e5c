#include "indicatorfixture.h"

#include "cache/geopackagecache.h"
#include "edit/user.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/indicatorstore.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>

namespace zhili::test {

TestParcel landParcel(const char *code, const char *district, const char *ecosystem, double landMu)
{
    TestParcel p;
    p.code = QString::fromUtf8(code);
    p.district = QString::fromUtf8(district);
    p.assignment.ecosystem = QString::fromUtf8(ecosystem);
    p.assignment.landMu = landMu;
    return p;
}

std::unique_ptr<GeoPackageCache> makeIndicatorCache(const QString &path)
{
    auto cache =
        makeTestCache(path, {landParcel("X1", "西湖区", "bio", 50), landParcel("X2", "西湖区", "bio", 45),
                             landParcel("B1", "滨江区", "bio", 10)});
    const User planner{QStringLiteral("p"), Role::Planner, QString(), QString(), false};
    IndicatorStore store(*cache);
    store.saveTargets(planner,
                      {{2025, QStringLiteral("bio"), QStringLiteral("西湖区"), 100, 0, 0, 0, {}, {}},
                       {2025, QStringLiteral("bio"), QStringLiteral("滨江区"), 100, 0, 0, 0, {}, {}}});
    store.setKeyDistricts(planner, QStringLiteral("bio"),
                          {{QStringLiteral("bio"), QStringLiteral("滨江区"), 0, 0, 0}});
    QFile csv(QFileInfo(path).absolutePath() + QStringLiteral("/enterprises.csv"));
    if (!csv.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1").arg(csv.fileName()));
    csv.write("name,year,parcels,tax_wan\n高,2025,X1,300\n低,2025,B1,30\n");
    csv.close();
    EnterpriseImporter(*cache).import(planner, csv.fileName());
    return cache;
}

} // namespace zhili::test
