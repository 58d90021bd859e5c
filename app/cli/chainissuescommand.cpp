#include "cli/chainissuescommand.h"

#include "cache/chainactivitystore.h"
#include "cache/geopackagecache.h"
#include "chains/chainactivity.h"
#include "cli/indicatorclisupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

using namespace indicatorcli;

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QJsonObject issueJson(const ChainIssue &i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("ecosystem"), i.ecosystem},
        {QStringLiteral("chain"), i.chain},
        {QStringLiteral("text"), i.text},
        {QStringLiteral("district"), i.district},
        {QStringLiteral("owner"), i.owner},
        {QStringLiteral("opened"), i.openedOn},
        {QStringLiteral("closed"), i.closedOn.isEmpty() ? QJsonValue() : QJsonValue(i.closedOn)}};
}

QString issueText(const ChainIssue &i)
{
    return QStringLiteral("#%1 %2 %3 · %4%5: %6 — %7\n")
        .arg(i.id)
        .arg(i.isOpen() ? QCoreApplication::translate("ChainIssuesCommand", "open")
                        : QCoreApplication::translate("ChainIssuesCommand", "closed %1").arg(i.closedOn),
             i.openedOn, i.chain, i.district.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.district),
             i.text, i.owner.isEmpty() ? QStringLiteral("—") : i.owner);
}

} // namespace

int ChainIssuesCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("close")});
    const QString date =
        parser.isSet(QStringLiteral("date")) ? parser.value(QStringLiteral("date")) : today();
    if (v == QLatin1String("list")) {
        auto cache = openCache(parser, true);
        printList(parser,
                  ChainActivityStore(*cache).issues(parser.value(QStringLiteral("chain")),
                                                    parser.isSet(QStringLiteral("open"))),
                  issueJson, QCoreApplication::translate("ChainIssuesCommand", "no blockages\n"), issueText);
        return Ok;
    }
    auto cache = openCache(parser, false);
    const User user = actingUser(*cache, parser);
    if (v == QLatin1String("close")) {
        bool ok = false;
        const qint64 id = requiredOption(parser, QStringLiteral("id")).toLongLong(&ok);
        if (!ok)
            throw UsageError(QCoreApplication::translate(
                "ChainIssuesCommand", "--id wants the number of a blockage (see chain-issues list)"));
        const ChainIssue i = ChainActivity(*cache).closeIssue(user, id, date);
        out() << QCoreApplication::translate("ChainIssuesCommand", "closed blockage %1 of %2 on %3\n")
                     .arg(i.id)
                     .arg(i.chain, i.closedOn);
        return Ok;
    }
    ChainIssue i;
    i.chain = requiredOption(parser, QStringLiteral("chain"));
    i.ecosystem = indicatorcli::ecosystemKeyOption(parser); // 智能物联 or iot
    i.text = requiredOption(parser, QStringLiteral("text"));
    i.district = parser.value(QStringLiteral("district")).trimmed();
    i.owner = parser.value(QStringLiteral("owner")).trimmed();
    i.openedOn = date;
    const ChainIssue saved = ChainActivity(*cache).addIssue(user, i);
    out() << QCoreApplication::translate("ChainIssuesCommand", "opened blockage %1 of %2\n")
                 .arg(saved.id)
                 .arg(saved.chain);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ChainIssuesCommand context.
const OptionSpec kOptions[] = {
    planOption(PlanOption::Chain),
    planOption(PlanOption::ChainEcosystem),
    {"text", "TEXT", QT_TRANSLATE_NOOP("ChainIssuesCommand", "add: what is blocked.")},
    planOption(PlanOption::Where),
    {"owner", "NAME", QT_TRANSLATE_NOOP("ChainIssuesCommand", "add: who clears it.")},
    {"date", "DATE",
     QT_TRANSLATE_NOOP("ChainIssuesCommand", "add/close: opened/closed on YYYY-MM-DD (default: today).")},
    {"id", "ID", QT_TRANSLATE_NOOP("ChainIssuesCommand", "close: the blockage's id (see list).")},
    {"open", Flag, QT_TRANSLATE_NOOP("ChainIssuesCommand", "list: only open blockages.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("ChainIssuesCommand", "list: print JSON.")},
};

void ChainIssuesCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("ChainIssuesCommand", "add | list | close"));
    addOptions(parser, "ChainIssuesCommand", kOptions);
}

} // namespace zhili::cli
