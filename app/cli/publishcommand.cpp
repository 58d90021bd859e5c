#include "cli/publishcommand.h"

#include "cache/geopackagecache.h"
#include "cli/serverconnection.h"
#include "sync/cachepublisher.h"
#include "sync/pgconnection.h"

#include <QCoreApplication>

namespace zhili::cli {

int PublishCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, true);
    auto conn = connectServer(parser);
    const PublishReport r = CachePublisher(*cache, *conn).run();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{
            {QStringLiteral("parcels"), r.parcels},
            {QStringLiteral("districts"), QJsonArray::fromStringList(r.districts)},
            {QStringLiteral("skipped_districts"), QJsonArray::fromStringList(r.skippedDistricts)}});
        return Ok;
    }
    out() << QCoreApplication::translate("PublishCommand", "published %1 parcels of %2 districts (%3)\n")
                 .arg(r.parcels)
                 .arg(r.districts.size())
                 .arg(r.districts.join(QStringLiteral(", ")));
    if (!r.skippedDistricts.isEmpty())
        out() << QCoreApplication::translate("PublishCommand",
                                             "already on the server, left as they are: %1\n")
                     .arg(r.skippedDistricts.join(QStringLiteral(", ")));
    return Ok;
}

void PublishCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "PublishCommand", {{CommonOption::Cache}, urlOption(), {CommonOption::Json}});
}

} // namespace zhili::cli
