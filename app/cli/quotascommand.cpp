#include "cli/quotascommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorstore.h"
#include "model/namerules.h"

#include <QCoreApplication>

namespace zhili::cli {

using namespace indicatorcli;

int QuotasCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("set"), QStringLiteral("list")});
    const int y = year(parser, true);
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    if (v == QLatin1String("list")) {
        auto cache = GeoPackageCache::open(cachePath, true);
        for (const DistrictQuota &q : IndicatorStore(*cache).quotas(y))
            out() << QStringLiteral("%1 %2 %3\n")
                         .arg(q.district, -10)
                         .arg(resourceLabel(q.resource), -20)
                         .arg(q.quota, 0, 'f', 2);
        return Ok;
    }
    QString why;
    const std::optional<QString> cleaned =
        NameRules::cleanName(requiredOption(parser, QStringLiteral("district")), &why);
    if (!cleaned || cleaned->isEmpty())
        throw UsageError(
            QCoreApplication::translate("QuotasCommand", "--district: invalid district \"%1\": %2")
                .arg(NameRules::displayValue(parser.value(QStringLiteral("district"))),
                     cleaned ? QStringLiteral("empty") : why));
    const QString district = *cleaned;
    QList<DistrictQuota> quotas;
    for (Resource r : allResources()) {
        const QString opt = resourceKey(r).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (parser.isSet(opt)) {
            const double value = numberOption(parser, opt);
            if (value < 0)
                throw UsageError(QCoreApplication::translate("QuotasCommand", "--%1 must be ≥ 0").arg(opt));
            quotas.append({y, district, r, value});
        }
    }
    if (quotas.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "QuotasCommand", "give at least one of --land-mu, --energy-tce, --finance-wan"));
    auto cache = GeoPackageCache::open(cachePath);
    const User user = actingUser(*cache, parser);
    IndicatorStore(*cache).setQuotas(user, quotas);
    out() << QCoreApplication::translate("QuotasCommand", "%1: quotas for %2 set (%3 resources)\n")
                 .arg(district)
                 .arg(y)
                 .arg(quotas.size());
    return Ok;
}

void QuotasCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("QuotasCommand", "set | list"));
    addOptions(parser, "QuotasCommand",
               {{CommonOption::Year, QT_TRANSLATE_NOOP("QuotasCommand", "Quota year.")},
                {CommonOption::District, QT_TRANSLATE_NOOP("QuotasCommand", "set: the district.")}});
    for (Resource r : allResources())
        parser.addOption(
            {resourceKey(r).replace(QLatin1Char('_'), QLatin1Char('-')),
             QCoreApplication::translate("QuotasCommand", "set: quota of %1.").arg(resourceLabel(r)),
             QStringLiteral("N")});
}

} // namespace zhili::cli
