#include "cli/keydistrictscommand.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorstore.h"
#include "io/csvtable.h"
#include "model/ecosystem.h"
#include "model/namerules.h"

#include <QCoreApplication>
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
                        "their resources unless given. To remove all of the ecosystem's key districts "
                        "give --clear, \"-\" or \"\" (a list that names no district, like \",,\", is "
                        "refused)."),
         QStringLiteral("A,B")});
    parser.addOption(
        {QStringLiteral("clear"), QStringLiteral("set: remove all key districts of the ecosystem.")});
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
                QCoreApplication::translate("KeyDistrictsCommand",
                                            "unknown --ecosystem \"%1\": use iot, bio, equip, mat or energy")
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
            out() << QCoreApplication::translate("KeyDistrictsCommand",
                                                 "%1 %2 land %3 mu, energy %4 tce, finance %5 (10k yuan)\n")
                         .arg(findEcosystem(k.ecosystem)->nameZh, -8)
                         .arg(k.district, -10)
                         .arg(k.landMu, 0, 'f', 2)
                         .arg(k.energyTce, 0, 'f', 2)
                         .arg(k.financeWan, 0, 'f', 2);
        return Ok;
    }
    if (eco.isEmpty())
        throw UsageError(QStringLiteral("missing --ecosystem"));
    const bool clear = parser.isSet(QStringLiteral("clear"));
    const QString districtsText = parser.value(QStringLiteral("districts"));
    if (clear && !districtsText.trimmed().isEmpty() && districtsText.trimmed() != QLatin1String("-"))
        throw UsageError(QCoreApplication::translate("KeyDistrictsCommand",
                                                     "give either --clear or --districts "
                                                     "\"%1\", not both")
                             .arg(NameRules::displayValue(districtsText)));
    if (!clear && !parser.isSet(QStringLiteral("districts")))
        throw UsageError(QStringLiteral("missing --districts (or --clear to remove all key districts)"));
    // Documented ways to clear: --clear, "-" and "" (kept for scripts written before --clear existed).
    const bool clearAll = clear || districtsText.isEmpty() || districtsText.trimmed() == QLatin1String("-");
    const QStringList items =
        clearAll ? QStringList()
                 : districtsText.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)
                       .filter(QRegularExpression(QStringLiteral("\\S")));
    if (!clearAll && items.isEmpty())
        throw UsageError(QCoreApplication::translate("KeyDistrictsCommand",
                                                     "--districts \"%1\" names no district: give districts, "
                                                     "or --clear to remove all key districts of %2")
                             .arg(NameRules::displayValue(districtsText), eco));
    auto cache = GeoPackageCache::open(cachePath);
    IndicatorStore store(*cache);
    const User user = actingUser(*cache, parser);
    const QList<KeyDistrict> before = store.keyDistricts(eco);
    QList<KeyDistrict> list;
    for (const QString &item : items) {
        const QStringList parts = item.trimmed().split(QLatin1Char(':'));
        KeyDistrict k;
        k.ecosystem = eco;
        QString why;
        const std::optional<QString> name = NameRules::cleanName(parts.first(), &why);
        if (!name || name->isEmpty())
            throw UsageError(
                QCoreApplication::translate("KeyDistrictsCommand", "--districts: invalid district \"%1\": %2")
                    .arg(NameRules::displayValue(parts.first()), name ? QStringLiteral("empty") : why));
        for (const KeyDistrict &seen : list)
            if (seen.district == *name)
                throw UsageError(
                    QCoreApplication::translate("KeyDistrictsCommand", "--districts: %1 is named twice")
                        .arg(*name));
        k.district = *name;
        for (const KeyDistrict &b : before)
            if (b.district == k.district)
                k = b;
        for (int i = 1; i < parts.size(); ++i) {
            const QStringList kv = parts.at(i).split(QLatin1Char('='));
            QString why = QStringLiteral("missing =N");
            // The number rule of the CSV files (full-width digits, no "12,5", no nan/inf).
            const std::optional<double> number =
                kv.size() == 2 ? CsvTable::nonNegativeNumber(kv.at(1), &why) : std::nullopt;
            if (!number)
                throw UsageError(
                    QStringLiteral("--districts: \"%1\" should be land_mu=N, energy_tce=N or finance_wan=N "
                                   "with N ≥ 0 (%2)")
                        .arg(NameRules::displayValue(parts.at(i)), why));
            const double value = *number;
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
                        .arg(NameRules::displayValue(key)));
        }
        list.append(k);
    }
    const WriteSummary s = store.setKeyDistricts(user, eco, list);
    out() << QCoreApplication::translate("KeyDistrictsCommand", "key districts of %2 (%1): %3 (%4 added, %5 updated, %6 removed)\n")
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
