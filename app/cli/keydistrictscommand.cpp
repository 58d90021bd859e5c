#include "cli/keydistrictscommand.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorstore.h"
#include "io/csvtable.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/namerules.h"
#include "util/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace zhili::cli {

using namespace indicatorcli;

namespace {

/// --ecosystem as a key ("" when not given).
QString ecosystemOption(const QCommandLineParser &parser)
{
    if (parser.value(QStringLiteral("ecosystem")).isEmpty())
        return QString();
    const auto key = ecosystemKeyFor(parser.value(QStringLiteral("ecosystem")));
    if (!key)
        throw UsageError(
            QCoreApplication::translate("KeyDistrictsCommand",
                                        "unknown --ecosystem \"%1\": use iot, bio, equip, mat or energy")
                .arg(parser.value(QStringLiteral("ecosystem"))));
    return *key;
}

int listKeyDistricts(const QCommandLineParser &parser, const QString &eco)
{
    auto cache = openCache(parser, true);
    const QList<KeyDistrict> list = IndicatorStore(*cache).keyDistricts(eco);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const KeyDistrict &k : list) {
            QJsonObject o = resourceFiguresJson(k.landMu, k.energyTce, k.financeWan);
            o[QStringLiteral("ecosystem")] = k.ecosystem;
            o[QStringLiteral("district")] = k.district;
            a.append(o);
        }
        printJson(a);
        return Ok;
    }
    for (const KeyDistrict &k : list)
        out() << QCoreApplication::translate("KeyDistrictsCommand",
                                             "%1 %2 land %3 mu, energy %4 tce, finance %5 (10k yuan)\n")
                     .arg(DisplayNames::ecosystem(k.ecosystem), -8)
                     .arg(k.district, -10)
                     .arg(k.landMu, 0, 'f', 2)
                     .arg(k.energyTce, 0, 'f', 2)
                     .arg(k.financeWan, 0, 'f', 2);
    return Ok;
}

/// The items of --districts ("西湖区:land_mu=300", …); empty to clear them all.
QStringList districtItems(const QCommandLineParser &parser, const QString &eco)
{
    const bool clear = parser.isSet(QStringLiteral("clear"));
    const QString districtsText = parser.value(QStringLiteral("districts"));
    if (clear && !districtsText.trimmed().isEmpty() && districtsText.trimmed() != QLatin1String("-"))
        throw UsageError(QCoreApplication::translate("KeyDistrictsCommand",
                                                     "give either --clear or --districts "
                                                     "\"%1\", not both")
                             .arg(NameRules::displayValue(districtsText)));
    if (!clear && !parser.isSet(QStringLiteral("districts")))
        throw UsageError(QCoreApplication::translate(
            "KeyDistrictsCommand", "missing --districts (or --clear to remove all key districts)"));
    // Documented ways to clear: --clear, "-" and "" (kept for scripts written before --clear existed).
    if (clear || districtsText.isEmpty() || districtsText.trimmed() == QLatin1String("-"))
        return QStringList();
    const QStringList items =
        districtsText.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts)
            .filter(QRegularExpression(QStringLiteral("\\S")));
    if (items.isEmpty())
        throw UsageError(QCoreApplication::translate("KeyDistrictsCommand",
                                                     "--districts \"%1\" names no district: give districts, "
                                                     "or --clear to remove all key districts of %2")
                             .arg(NameRules::displayValue(districtsText), eco));
    return items;
}

/// Sets one "resource=N" of a --districts item on `k`.
void setResource(KeyDistrict &k, const QString &assignment)
{
    const QStringList kv = assignment.split(QLatin1Char('='));
    QString why = QStringLiteral("missing =N");
    // The number rule of the CSV files (full-width digits, no "12,5", no nan/inf).
    const std::optional<double> number =
        kv.size() == 2 ? CsvTable::nonNegativeNumber(kv.at(1), &why) : std::nullopt;
    if (!number)
        throw UsageError(QCoreApplication::translate(
                             "KeyDistrictsCommand",
                             "--districts: \"%1\" should be land_mu=N, energy_tce=N or finance_wan=N "
                             "with N ≥ 0 (%2)")
                             .arg(NameRules::displayValue(assignment), why));
    const double value = *number;
    const QString key = kv.at(0).trimmed();
    if (key == QLatin1String("land_mu"))
        k.landMu = value;
    else if (key == QLatin1String("energy_tce"))
        k.energyTce = value;
    else if (key == QLatin1String("finance_wan"))
        k.financeWan = value;
    else
        throw UsageError(QCoreApplication::translate(
                             "KeyDistrictsCommand",
                             "--districts: unknown resource \"%1\" (land_mu, energy_tce, finance_wan)")
                             .arg(NameRules::displayValue(key)));
}

/// One --districts item: the district keeps its present resources (`before`) unless the item gives them.
KeyDistrict keyDistrictOf(const QString &item, const QString &eco, const QList<KeyDistrict> &before,
                          const QList<KeyDistrict> &seen)
{
    const QStringList parts = item.trimmed().split(QLatin1Char(':'));
    KeyDistrict k;
    k.ecosystem = eco;
    QString why;
    const std::optional<QString> name = NameRules::cleanName(parts.first(), &why);
    if (!name || name->isEmpty())
        throw UsageError(
            QCoreApplication::translate("KeyDistrictsCommand", "--districts: invalid district \"%1\": %2")
                .arg(NameRules::displayValue(parts.first()), name ? QStringLiteral("empty") : why));
    for (const KeyDistrict &s : seen)
        if (s.district == *name)
            throw UsageError(
                QCoreApplication::translate("KeyDistrictsCommand", "--districts: %1 is named twice")
                    .arg(*name));
    k.district = *name;
    for (const KeyDistrict &b : before)
        if (b.district == k.district)
            k = b;
    for (int i = 1; i < parts.size(); ++i)
        setResource(k, parts.at(i));
    return k;
}

QString districtNames(const QList<KeyDistrict> &list)
{
    if (list.isEmpty())
        return QStringLiteral("—");
    QStringList names;
    for (const KeyDistrict &k : list)
        names << k.district;
    return names.join(QStringLiteral("、"));
}

} // namespace

int KeyDistrictsCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("set"), QStringLiteral("list")});
    requiredOption(parser, QStringLiteral("cache"));
    const QString eco = ecosystemOption(parser);
    if (v == QLatin1String("list"))
        return listKeyDistricts(parser, eco);
    if (eco.isEmpty())
        throw UsageError(QCoreApplication::translate("KeyDistrictsCommand", "missing --ecosystem"));
    const QStringList items = districtItems(parser, eco);

    auto cache = openCache(parser, false);
    IndicatorStore store(*cache);
    const User user = actingUser(*cache, parser);
    const QList<KeyDistrict> before = store.keyDistricts(eco);
    QList<KeyDistrict> list;
    for (const QString &item : items)
        list.append(keyDistrictOf(item, eco, before, list));
    const WriteSummary s = store.setKeyDistricts(user, eco, list);
    out() << QCoreApplication::translate("KeyDistrictsCommand",
                                         "key districts of %2 (%1): %3 (%4 added, %5 updated, %6 removed)\n")
                 .arg(DisplayNames::ecosystem(eco), eco)
                 .arg(districtNames(list))
                 .arg(s.inserted)
                 .arg(s.updated)
                 .arg(s.removed);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the KeyDistrictsCommand context.
const OptionSpec kOptions[] = {
    {"ecosystem", "K", QT_TRANSLATE_NOOP("KeyDistrictsCommand", "Ecosystem key or name (bio, iot …).")},
    {"districts", "A,B",
     QT_TRANSLATE_NOOP("KeyDistrictsCommand",
                       "set: comma-separated districts, each optionally with the resources it is given: "
                       "DISTRICT:land_mu=300:energy_tce=5000:finance_wan=20000. Districts already key keep "
                       "their resources unless given. To remove all of the ecosystem's key districts "
                       "give --clear, \"-\" or \"\" (a list that names no district, like \",,\", is "
                       "refused).")},
    {"clear", Flag,
     QT_TRANSLATE_NOOP("KeyDistrictsCommand", "set: remove all key districts of the ecosystem.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("KeyDistrictsCommand", "list: print JSON.")},
};

void KeyDistrictsCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("KeyDistrictsCommand", "set | list"));
    addOptions(parser, "KeyDistrictsCommand", kOptions);
}

} // namespace zhili::cli
