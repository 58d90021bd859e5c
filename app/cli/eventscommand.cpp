#include "cli/eventscommand.h"

#include "cache/chainactivitystore.h"
#include "cache/geopackagecache.h"
#include "chains/chainactivity.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "io/csvtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace zhili::cli {

using namespace indicatorcli;

namespace {

double figure(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return 0;
    QString why;
    const std::optional<double> v = CsvTable::nonNegativeNumber(parser.value(option), &why);
    if (!v)
        throw UsageError(QStringLiteral("--%1: %2").arg(option, why));
    return *v;
}

QJsonObject eventJson(const ChainEvent &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("uuid"), e.uuid},
                       {QStringLiteral("date"), e.heldOn},
                       {QStringLiteral("ecosystem"), e.ecosystem},
                       {QStringLiteral("chain"), e.chain},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("district"), e.district},
                       {QStringLiteral("enterprises"), QJsonArray::fromStringList(e.enterprises)},
                       {QStringLiteral("projects"), e.projects},
                       {QStringLiteral("orders_wan"), e.ordersWan},
                       {QStringLiteral("financing_wan"), e.financingWan},
                       {QStringLiteral("by"), e.createdBy}};
}

QString eventText(const ChainEvent &e)
{
    return QCoreApplication::translate("EventsCommand",
                                       "%1  %2 · %3%4 — %5 enterprises, %6 projects, orders %7, "
                                       "financing %8 (10k yuan)\n")
        .arg(e.heldOn, e.chain, e.title,
             e.district.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.district))
        .arg(e.enterprises.size())
        .arg(e.projects)
        .arg(e.ordersWan)
        .arg(e.financingWan);
}

int listEvents(const QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    printList(parser,
              ChainActivityStore(*cache).events(parser.value(QStringLiteral("chain")), year(parser, false)),
              eventJson, QCoreApplication::translate("EventsCommand", "no events\n"), eventText);
    return Ok;
}

} // namespace

int EventsCommand::run(QCommandLineParser &parser)
{
    if (verb(parser, {QStringLiteral("add"), QStringLiteral("list")}) == QLatin1String("list"))
        return listEvents(parser);
    ChainEvent e;
    e.heldOn = requiredOption(parser, QStringLiteral("date"));
    e.chain = requiredOption(parser, QStringLiteral("chain"));
    e.title = requiredOption(parser, QStringLiteral("title"));
    e.district = parser.value(QStringLiteral("district")).trimmed();
    e.ecosystem = indicatorcli::ecosystemKeyOption(parser); // 智能物联 or iot
    e.enterprises = parser.value(QStringLiteral("enterprises"))
                        .split(QRegularExpression(QStringLiteral("[;；]")), Qt::SkipEmptyParts);
    const double projects = figure(parser, QStringLiteral("projects"));
    if (projects != std::floor(projects))
        throw UsageError(
            QCoreApplication::translate("EventsCommand", "--projects wants a whole number (got %1)")
                .arg(projects));
    e.projects = qint64(projects);
    e.ordersWan = figure(parser, QStringLiteral("orders-wan"));
    e.financingWan = figure(parser, QStringLiteral("financing-wan"));
    auto cache = openCache(parser, false);
    const ChainEvent saved = ChainActivity(*cache).addEvent(actingUser(*cache, parser), e);
    out() << QCoreApplication::translate("EventsCommand", "recorded event %1 (%2, %3): %4 enterprises\n")
                 .arg(saved.id)
                 .arg(saved.heldOn, saved.chain)
                 .arg(saved.enterprises.size());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the EventsCommand context.
const OptionSpec kOptions[] = {
    {"date", "DATE", QT_TRANSLATE_NOOP("EventsCommand", "add: the day it was held, YYYY-MM-DD.")},
    planOption(PlanOption::Chain),
    planOption(PlanOption::ChainEcosystem),
    {"title", "T", QT_TRANSLATE_NOOP("EventsCommand", "add: what it was called.")},
    planOption(PlanOption::Where),
    {"enterprises", "LIST", QT_TRANSLATE_NOOP("EventsCommand", "add: who took part, \"A;B;…\".")},
    {"projects", "N", QT_TRANSLATE_NOOP("EventsCommand", "add: projects signed.")},
    {"orders-wan", "N", QT_TRANSLATE_NOOP("EventsCommand", "add: orders, 10k yuan.")},
    {"financing-wan", "N", QT_TRANSLATE_NOOP("EventsCommand", "add: financing, 10k yuan.")},
    {CommonOption::Year, QT_TRANSLATE_NOOP("EventsCommand", "list: only this year.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("EventsCommand", "list: print JSON.")},
};

void EventsCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("EventsCommand", "add | list"));
    addOptions(parser, "EventsCommand", kOptions);
}

} // namespace zhili::cli
