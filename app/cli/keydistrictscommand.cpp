#include "cli/keydistrictscommand.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorstore.h"
#include "model/ecosystem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace zhili::cli {

using namespace indicatorcli;

void KeyDistrictsCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("set | list"));
    addCacheAndUser(parser, true);
    parser.addOption({QStringLiteral("ecosystem"),
                      QStringLiteral("Ecosystem key or name (生物医药 | bio …)."), QStringLiteral("K")});
    parser.addOption(
        {QStringLiteral("districts"),
         QStringLiteral("set: comma-separated districts, each optionally with the resources it is given: "
                        "西湖区:land_mu=300:energy_tce=5000:finance_wan=20000. Districts already key keep "
                        "their resources unless given. Empty (\"\") clears the ecosystem's key districts."),
         QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list: print JSON.")});
}

int KeyDistrictsCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("set"), QStringLiteral("list")});
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    QString eco;
    if (!parser.value(QStringLiteral("ecosystem")).isEmpty()) {
        const auto key = ecosystemKeyFor(parser.value(QStringLiteral("ecosystem")));
        if (!key)
            throw UsageError(
                QStringLiteral("未知生态圈 / unknown --ecosystem \"%1\": use iot, bio, equip, mat or energy")
                    .arg(parser.value(QStringLiteral("ecosystem"))));
        eco = *key;
    }
    if (v == QLatin1String("list")) {
        auto cache = GeoPackageCache::open(cachePath, true);
        const QList<KeyDistrict> list = IndicatorStore(*cache).keyDistricts(eco);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const KeyDistrict &k : list)
                a.append(QJsonObject{{QStringLiteral("ecosystem"), k.ecosystem},
                                     {QStringLiteral("district"), k.district},
                                     {QStringLiteral("land_mu"), k.landMu},
                                     {QStringLiteral("energy_tce"), k.energyTce},
                                     {QStringLiteral("finance_wan"), k.financeWan}});
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const KeyDistrict &k : list)
            out() << QStringLiteral("%1 %2 用地 %3 亩, 用能 %4 tce, 金融 %5 万元\n")
                         .arg(findEcosystem(k.ecosystem)->nameZh, -8)
                         .arg(k.district, -10)
                         .arg(k.landMu, 0, 'f', 2)
                         .arg(k.energyTce, 0, 'f', 2)
                         .arg(k.financeWan, 0, 'f', 2);
        return Ok;
    }
    if (eco.isEmpty())
        throw UsageError(QStringLiteral("missing --ecosystem"));
    if (!parser.isSet(QStringLiteral("districts")))
        throw UsageError(QStringLiteral("missing --districts"));
    auto cache = GeoPackageCache::open(cachePath);
    IndicatorStore store(*cache);
    const User user = actingUser(*cache, parser);
    const QList<KeyDistrict> before = store.keyDistricts(eco);
    QList<KeyDistrict> list;
    for (const QString &item :
         parser.value(QStringLiteral("districts"))
             .split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        KeyDistrict k;
        k.ecosystem = eco;
        k.district = parts.first().trimmed();
        for (const KeyDistrict &b : before)
            if (b.district == k.district)
                k = b;
        for (int i = 1; i < parts.size(); ++i) {
            const QStringList kv = parts.at(i).split(QLatin1Char('='));
            bool ok = false;
            const double value = kv.size() == 2 ? kv.at(1).trimmed().toDouble(&ok) : 0;
            if (!ok || !std::isfinite(value) || value < 0)
                throw UsageError(
                    QStringLiteral("--districts: \"%1\" should be land_mu=N, energy_tce=N or finance_wan=N "
                                   "with N ≥ 0")
                        .arg(parts.at(i)));
            const QString key = kv.at(0).trimmed();
            if (key == QLatin1String("land_mu"))
                k.landMu = value;
            else if (key == QLatin1String("energy_tce"))
                k.energyTce = value;
            else if (key == QLatin1String("finance_wan"))
                k.financeWan = value;
            else
                throw UsageError(
                    QStringLiteral("--districts: unknown resource \"%1\" (land_mu, energy_tce, finance_wan)")
                        .arg(key));
        }
        list.append(k);
    }
    const WriteSummary s = store.setKeyDistricts(user, eco, list);
    out() << QStringLiteral("%1 的重点区县 key districts of %2: %3 (%4 新增 added, %5 更新 updated, %6 移除 removed)\n")
                 .arg(findEcosystem(eco)->nameZh, eco)
                 .arg(list.isEmpty() ? QStringLiteral("—") : [&] {
                     QStringList names;
                     for (const KeyDistrict &k : list)
                         names << k.district;
                     return names.join(QStringLiteral("、"));
                 }())
                 .arg(s.inserted)
                 .arg(s.updated)
                 .arg(s.removed);
    return Ok;
}

} // namespace zhili::cli
