#include "cli/matchcommand.h"

#include "cache/geopackagecache.h"
#include "chains/chainmatcher.h"
#include "io/csvtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

namespace {

QJsonObject partnerJson(const ChainPartner &p)
{
    return QJsonObject{{QStringLiteral("enterprise"), p.enterprise},
                       {QStringLiteral("chain"), p.chain},
                       {QStringLiteral("link"), p.link},
                       {QStringLiteral("own_link"), p.ownLink},
                       {QStringLiteral("district"), p.district},
                       {QStringLiteral("parcel"), p.parcelCode},
                       {QStringLiteral("own_parcel"), p.ownParcelCode},
                       {QStringLiteral("distance_m"), p.distanceM ? QJsonValue(*p.distanceM) : QJsonValue()}};
}

QJsonObject linksJson(const ChainLinksOf &l)
{
    return QJsonObject{{QStringLiteral("chain"), l.chain},
                       {QStringLiteral("links"), QJsonArray::fromStringList(l.links)}};
}

void printPartners(QTextStream &s, const QString &heading, const QList<ChainPartner> &list)
{
    s << heading << QLatin1Char('\n');
    if (list.isEmpty())
        s << QCoreApplication::translate("MatchCommand", "  none\n");
    for (const ChainPartner &p : list)
        s << QStringLiteral("  %1  %2 · %3 → %4  %5 %6\n")
                 .arg(p.distanceM ? QCoreApplication::translate("MatchCommand", "%1 km")
                                        .arg(*p.distanceM / 1000, 0, 'f', 2)
                                  : QCoreApplication::translate("MatchCommand", "no parcel"),
                      10)
                 .arg(p.enterprise, p.chain, p.link, p.district, p.parcelCode);
}

} // namespace

int MatchCommand::run(QCommandLineParser &parser)
{
    const QString enterprise = requiredOption(parser, QStringLiteral("enterprise"));
    double withinKm = 0;
    if (parser.isSet(QStringLiteral("within-km"))) {
        QString why;
        const std::optional<double> k =
            CsvTable::number(parser.value(QStringLiteral("within-km")), &why, 20000);
        if (!k || *k <= 0)
            throw UsageError(QCoreApplication::translate(
                                 "MatchCommand", "--within-km wants a distance in km above 0 (got \"%1\")")
                                 .arg(parser.value(QStringLiteral("within-km"))));
        withinKm = *k;
    }
    auto cache = openCache(parser, true);
    const ChainMatch m = ChainMatcher(*cache).match(enterprise, withinKm);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("enterprise"), m.enterprise},
                              {QStringLiteral("links"), jsonArray(m.links, linksJson)},
                              {QStringLiteral("suppliers"), jsonArray(m.suppliers, partnerJson)},
                              {QStringLiteral("customers"), jsonArray(m.customers, partnerJson)}});
        return Ok;
    }
    for (const ChainLinksOf &l : m.links)
        out() << QCoreApplication::translate("MatchCommand", "%1 on %2: %3\n")
                     .arg(m.enterprise, l.chain, l.links.join(QStringLiteral("、")));
    printPartners(out(), QCoreApplication::translate("MatchCommand", "Suppliers (上游):"), m.suppliers);
    printPartners(out(), QCoreApplication::translate("MatchCommand", "Customers (下游):"), m.customers);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the MatchCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {"enterprise", "NAME", QT_TRANSLATE_NOOP("MatchCommand", "The enterprise's name.")},
    {"within-km", "K", QT_TRANSLATE_NOOP("MatchCommand", "Only partners at most K km away.")},
    {CommonOption::Json},
};

void MatchCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "MatchCommand", kOptions);
}

} // namespace zhili::cli
