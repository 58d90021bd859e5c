#include "cli/infocommand.h"

#include "cache/cachesummary.h"
#include "cache/geopackagecache.h"
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

QString row(const QString &label, const ParcelTotals &t)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6")
        .arg(label, -14)
        .arg(t.parcels, 8)
        .arg(t.areaMu, 12, 'f', 1)
        .arg(t.landMu, 12, 'f', 1)
        .arg(t.energyTce, 12, 'f', 1)
        .arg(t.financeWan, 12, 'f', 1);
}
} // namespace

void InfoCommand::setup(QCommandLineParser &parser)
{
    addCacheOption(parser);
    addJsonOption(parser);
}

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
    const QString header = QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                               .arg(QString(), -14)
                               .arg(QStringLiteral("地块数"), 8)
                               .arg(QStringLiteral("面积(亩)"), 12)
                               .arg(QStringLiteral("用地(亩)"), 12)
                               .arg(QStringLiteral("用能(tce)"), 12)
                               .arg(QStringLiteral("金融(万元)"), 12);
    out() << QCoreApplication::translate("InfoCommand", "\nBy district:\n") << header;
    for (const ParcelTotals &t : s.districts)
        out() << row(t.name, t) << '\n';
    out() << QCoreApplication::translate("InfoCommand", "\nBy ecosystem:\n") << header;
    for (const ParcelTotals &t : s.ecosystems)
        out() << row(t.name, t) << '\n';
    out() << '\n' << row(QCoreApplication::translate("InfoCommand", "Total"), s.total) << '\n';
    return Ok;
}

} // namespace zhili::cli
