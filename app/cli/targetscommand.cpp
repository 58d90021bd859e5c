#include "cli/targetscommand.h"

#include "util/jsonvalues.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/indicatorstore.h"
#include "indicators/targetimporter.h"
#include "model/ecosystem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

using namespace indicatorcli;

void TargetsCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("import FILE.csv | list"));
    addCacheAndUser(parser, true);
    parser.addOption(
        {QStringLiteral("year"), QStringLiteral("list: only this year."), QStringLiteral("YEAR")});
    addJsonOption(parser, QStringLiteral("list: print JSON."));
}

int TargetsCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("import"), QStringLiteral("list")});
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    if (v == QLatin1String("import")) {
        const QStringList pos = parser.positionalArguments();
        if (pos.size() != 2)
            throw UsageError(QStringLiteral("targets import needs exactly one FILE.csv"));
        auto cache = GeoPackageCache::open(cachePath);
        const User user = actingUser(*cache, parser);
        const TargetImportResult r = TargetImporter(*cache).import(user, pos.at(1));
        out() << QCoreApplication::translate(
                     "TargetsCommand", "imported %1 (%2): %3 rows — %4 inserted, %5 updated, %6 unchanged\n")
                     .arg(r.file, r.encoding)
                     .arg(r.rows)
                     .arg(r.written.inserted)
                     .arg(r.written.updated)
                     .arg(r.written.unchanged);
        return Ok;
    }
    const int y = year(parser, false);
    auto cache = GeoPackageCache::open(cachePath, true);
    const QList<Target> list = IndicatorStore(*cache).targets(y ? std::optional<int>(y) : std::nullopt);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Target &t : list) {
            QJsonObject o = targetFiguresJson(t);
            o[QStringLiteral("year")] = t.year;
            o[QStringLiteral("ecosystem")] = t.ecosystem;
            o[QStringLiteral("district")] = jsonOrNull(t.district); // null = city-wide
            a.append(o);
        }
        printJson(a);
        return Ok;
    }
    if (list.isEmpty()) {
        out() << QCoreApplication::translate("TargetsCommand", "no targets%1\n")
                     .arg(y ? QStringLiteral(" for %1").arg(y) : QString());
        return Ok;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(QStringLiteral("年份"), -6)
                 .arg(QStringLiteral("生态圈"), -8)
                 .arg(QStringLiteral("区县"), -10)
                 .arg(QStringLiteral("用地(亩)"), 12)
                 .arg(QStringLiteral("用能(tce)"), 12)
                 .arg(QStringLiteral("金融(万元)"), 12)
                 .arg(QStringLiteral("项目"), 6)
                 .arg(QStringLiteral("税收(万元)"), 12)
                 .arg(QStringLiteral("增加值(万元)"), 12);
    for (const Target &t : list) {
        const Ecosystem *e = findEcosystem(t.ecosystem);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                     .arg(t.year, -6)
                     .arg(e ? e->nameZh : t.ecosystem, -8)
                     .arg(t.district.isEmpty() ? QStringLiteral("全市") : t.district, -10)
                     .arg(t.landMu, 12, 'f', 2)
                     .arg(t.energyTce, 12, 'f', 2)
                     .arg(t.financeWan, 12, 'f', 2)
                     .arg(t.projects, 6)
                     .arg(t.taxWan ? QString::number(*t.taxWan, 'f', 2) : QStringLiteral("—"), 12)
                     .arg(t.valueAddedWan ? QString::number(*t.valueAddedWan, 'f', 2) : QStringLiteral("—"),
                          12);
    }
    return Ok;
}

} // namespace zhili::cli
