#include "cli/chaingapscommand.h"

#include "cache/geopackagecache.h"
#include "chains/chaingapanalysis.h"
#include "cli/indicatorclisupport.h"
#include "model/ecosystem.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

namespace {

QJsonObject presenceJson(const LinkPresence &p)
{
    return QJsonObject{{QStringLiteral("enterprises"), QJsonArray::fromStringList(p.enterprises)},
                       {QStringLiteral("parcels"), p.parcels},
                       {QStringLiteral("mu"), p.mu}};
}

QJsonObject candidateJson(const ChainFactsQuery::OpenParcel &p)
{
    return QJsonObject{{QStringLiteral("code"), p.code},
                       {QStringLiteral("district"), p.district},
                       {QStringLiteral("mu"), p.areaMu},
                       {QStringLiteral("status"), p.status},
                       {QStringLiteral("unassigned"), p.unassigned}};
}

QJsonObject gapsJson(const ChainGaps &g)
{
    QJsonArray links;
    for (const LinkGap &l : g.links) {
        QJsonObject districts;
        for (auto it = l.districts.cbegin(); it != l.districts.cend(); ++it)
            districts[it.key()] = presenceJson(it.value());
        links.append(QJsonObject{{QStringLiteral("link"), l.link.name},
                                 {QStringLiteral("stage"), chainStageKey(l.link.stage)},
                                 {QStringLiteral("city"), presenceJson(l.city)},
                                 {QStringLiteral("districts"), districts},
                                 {QStringLiteral("missing"), l.scope.isMissing()},
                                 {QStringLiteral("thin"), l.scope.isThin()},
                                 {QStringLiteral("candidates"), jsonArray(l.candidates, candidateJson)}});
    }
    return QJsonObject{{QStringLiteral("ecosystem"), g.chain.ecosystem},
                       {QStringLiteral("chain"), g.chain.name},
                       {QStringLiteral("leader"), g.chain.leader},
                       {QStringLiteral("district"), g.district},
                       {QStringLiteral("key_districts"), QJsonArray::fromStringList(g.keyDistricts)},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(g.missingLinks())},
                       {QStringLiteral("thin"), QJsonArray::fromStringList(g.thinLinks())},
                       {QStringLiteral("links"), links}};
}

QString presenceText(const LinkPresence &p)
{
    return QCoreApplication::translate("ChainGapsCommand", "%1 enterprises, %2 parcels, %3 mu")
        .arg(p.enterprises.size())
        .arg(p.parcels)
        .arg(p.mu, 0, 'f', 1);
}

void printGaps(QTextStream &s, const ChainGaps &g)
{
    s << QCoreApplication::translate("ChainGapsCommand", "%1 — chain leader %2; scope: %3\n")
             .arg(g.chain.name, g.chain.leader.isEmpty() ? QStringLiteral("—") : g.chain.leader,
                  g.district.isEmpty() ? QCoreApplication::translate("ChainGapsCommand", "whole city")
                                       : g.district);
    for (const LinkGap &l : g.links) {
        const QString mark =
            l.scope.isMissing() ? QCoreApplication::translate("ChainGapsCommand", "MISSING (补链)")
            : l.scope.isThin()  ? QCoreApplication::translate("ChainGapsCommand", "thin (强链)")
                                : QString();
        s << QStringLiteral("  [%1] %2: %3 %4\n")
                 .arg(chainStageName(l.link.stage), l.link.name, presenceText(l.scope), mark);
        if (!l.scope.enterprises.isEmpty())
            s << QStringLiteral("      %1\n").arg(l.scope.enterprises.join(QStringLiteral("、")));
        if (g.district.isEmpty())
            for (auto it = l.districts.cbegin(); it != l.districts.cend(); ++it)
                s << QStringLiteral("      %1: %2\n").arg(it.key(), presenceText(it.value()));
        if (l.scope.isMissing()) {
            if (l.candidates.isEmpty())
                s << (g.keyDistricts.isEmpty()
                          ? QCoreApplication::translate(
                                "ChainGapsCommand",
                                "      no candidate parcels: the ecosystem has no key districts\n")
                          : QCoreApplication::translate(
                                "ChainGapsCommand",
                                "      no candidate parcels (no unassigned or idle parcel in the "
                                "key districts in scope)\n"));
            for (const ChainFactsQuery::OpenParcel &p : l.candidates)
                s << QCoreApplication::translate("ChainGapsCommand", "      candidate: %1 (%2), %3 mu, %4\n")
                         .arg(p.code, p.district)
                         .arg(p.areaMu, 0, 'f', 1)
                         .arg(p.unassigned ? QCoreApplication::translate("ChainGapsCommand", "unassigned")
                                           : QCoreApplication::translate("ChainGapsCommand", "idle"));
        }
    }
}

} // namespace

int ChainGapsCommand::run(QCommandLineParser &parser)
{
    requiredOption(parser, QStringLiteral("ecosystem")); // "missing --ecosystem" before the key check
    const QString ecosystem = indicatorcli::ecosystemKeyOption(parser);
    auto cache = openCache(parser, true);
    const QList<ChainGaps> result = ChainGapAnalysis(*cache).run(
        ecosystem, parser.value(QStringLiteral("chain")), parser.value(QStringLiteral("district")));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(jsonArray(result, gapsJson));
        return Ok;
    }
    for (const ChainGaps &g : result)
        printGaps(out(), g);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ChainGapsCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {"ecosystem", "E", QT_TRANSLATE_NOOP("ChainGapsCommand", "Ecosystem key or name (required).")},
    {"chain", "X", QT_TRANSLATE_NOOP("ChainGapsCommand", "Only this chain.")},
    {"district", "D", QT_TRANSLATE_NOOP("ChainGapsCommand", "Gaps in this district (default: the city).")},
    {CommonOption::Json},
};

void ChainGapsCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ChainGapsCommand", kOptions);
}

} // namespace zhili::cli
