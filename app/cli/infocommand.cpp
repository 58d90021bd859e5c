#include "cli/infocommand.h"

#include "cache/cachesummary.h"
#include "cache/geopackagecache.h"
#include "cli/texttable.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "util/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

namespace {
QJsonObject totalsJson(const ParcelTotals &t)
{
    QJsonObject o = resourceFiguresJson(t.landMu, t.energyTce, t.financeWan);
    o[QStringLiteral("parcels")] = t.parcels;
    o[QStringLiteral("area_mu")] = t.areaMu;
    return o;
}

// Parcels, area and allocations of `rows` (plus `total` when given) under headings in the CLI's language.
QString totalsTable(const QList<ParcelTotals> &rows, const ParcelTotals *total = nullptr)
{
    const QStringList resources = resourceHeadings();
    TextTable table({{QString(), TextTable::Align::Left},
                     {QCoreApplication::translate("InfoCommand", "Parcels")},
                     {QCoreApplication::translate("InfoCommand", "Area (mu)")},
                     {resources[0]},
                     {resources[1]},
                     {resources[2]}},
                    QStringLiteral("  "));
    auto add = [&table](const QString &label, const ParcelTotals &t) {
        table.addRow({label, QString::number(t.parcels), QString::number(t.areaMu, 'f', 1),
                      QString::number(t.landMu, 'f', 1), QString::number(t.energyTce, 'f', 1),
                      QString::number(t.financeWan, 'f', 1)});
    };
    for (const ParcelTotals &t : rows)
        add(t.name, t);
    if (total)
        add(QCoreApplication::translate("InfoCommand", "Total"), *total);
    return table.text();
}
} // namespace

int InfoCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    const CacheSummary s = CacheSummary::compute(*cache);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        root[QStringLiteral("cache")] = cache->path();
        root[QStringLiteral("crs")] = s.crs;
        root[QStringLiteral("crs_name")] = cache->crs().name();
        root[QStringLiteral("extent")] =
            s.extent.isNull()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonArray{s.extent.minX, s.extent.minY, s.extent.maxX, s.extent.maxY});
        root[QStringLiteral("total")] = totalsJson(s.total);
        QJsonArray districts;
        for (const ParcelTotals &t : s.districts) {
            QJsonObject o = totalsJson(t);
            o[QStringLiteral("name")] = t.name;
            districts.append(o);
        }
        root[QStringLiteral("districts")] = districts;
        QJsonArray ecos;
        for (const ParcelTotals &t : s.ecosystems) {
            QJsonObject o = totalsJson(t);
            o[QStringLiteral("key")] = jsonOrNull(t.key);
            o[QStringLiteral("name")] = t.name;
            o[QStringLiteral("color")] = t.color;
            ecos.append(o);
        }
        root[QStringLiteral("ecosystems")] = ecos;
        printJson(root);
        return Ok;
    }
    out() << QCoreApplication::translate("InfoCommand", "Cache: %1\nCRS: %2 (%3)\n")
                 .arg(cache->path(), s.crs, cache->crs().name());
    if (!s.extent.isNull())
        out() << QCoreApplication::translate("InfoCommand", "Extent: %1, %2 – %3, %4\n")
                     .arg(s.extent.minX, 0, 'f', 1)
                     .arg(s.extent.minY, 0, 'f', 1)
                     .arg(s.extent.maxX, 0, 'f', 1)
                     .arg(s.extent.maxY, 0, 'f', 1);
    out() << QCoreApplication::translate("InfoCommand", "\nBy district:\n") << totalsTable(s.districts);
    // Ecosystems by their names in the CLI's language (the summary holds the Chinese ones).
    QList<ParcelTotals> ecosystems = s.ecosystems;
    for (ParcelTotals &t : ecosystems)
        if (t.key.isEmpty() || findEcosystem(t.key))
            t.name = DisplayNames::ecosystem(t.key);
    out() << QCoreApplication::translate("InfoCommand", "\nBy ecosystem:\n")
          << totalsTable(ecosystems, &s.total);
    return Ok;
}

void InfoCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "InfoCommand", {{CommonOption::Cache}, {CommonOption::Json}});
}

} // namespace zhili::cli
