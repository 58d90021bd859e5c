#include "cli/conflictscommand.h"

#include "cache/geopackagecache.h"
#include "cache/syncconflictstore.h"
#include "sync/syncpayload.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zhili::cli {

int ConflictsCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    const QList<SyncConflict> list = SyncConflictStore(*cache).open();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const SyncConflict &c : list)
            arr.append(QJsonObject{{QStringLiteral("parcel"), c.code},
                                   {QStringLiteral("district"), c.district},
                                   {QStringLiteral("uuid"), c.parcelUuid},
                                   {QStringLiteral("field"), c.field},
                                   {QStringLiteral("group"), c.group},
                                   {QStringLiteral("reason"), c.reason},
                                   {QStringLiteral("base"), c.base},
                                   {QStringLiteral("mine"), c.mine},
                                   {QStringLiteral("theirs"), c.theirs},
                                   {QStringLiteral("mine_by"), c.mineBy},
                                   {QStringLiteral("mine_at"), c.mineAt},
                                   {QStringLiteral("theirs_by"), c.theirsBy},
                                   {QStringLiteral("theirs_at"), c.theirsAt}});
        printJson(arr);
        return Ok;
    }
    if (list.isEmpty()) {
        out() << QCoreApplication::translate("ConflictsCommand", "no open conflicts\n");
        return Ok;
    }
    for (const SyncConflict &c : list)
        out() << QCoreApplication::translate(
                     "ConflictsCommand", "%1 (%2) %3: base %4, mine %5 (%6, %7), theirs %8 (%9, %10)%11\n")
                     .arg(c.code, c.district, c.field, SyncPayload::displayText(c.base),
                          SyncPayload::displayText(c.mine), c.mineBy, c.mineAt,
                          SyncPayload::displayText(c.theirs), c.theirsBy)
                     .arg(c.theirsAt, c.reason == QLatin1String("conflict")
                                          ? QString()
                                          : QStringLiteral(" [%1]").arg(c.reason));
    return Ok;
}

void ConflictsCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ConflictsCommand", {{CommonOption::Cache}, {CommonOption::Json}});
}

} // namespace zhili::cli
