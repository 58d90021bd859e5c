#include "cli/synccommand.h"

#include "cache/geopackagecache.h"
#include "cache/syncstate.h"
#include "cli/gisstylerefresh.h"
#include "cli/serverconnection.h"
#include "sync/pgconnection.h"
#include "sync/serveridentitycheck.h"
#include "sync/syncsession.h"

#include <QCoreApplication>

namespace zhili::cli {

int SyncCommand::run(QCommandLineParser &parser)
{
    auto cache = openCache(parser, false);
    SyncSession::requireConnected(*cache);
    QString password;
    auto conn =
        connectServer(parser, SyncState(*cache).serverUrl(), parser.value(QStringLiteral("user")), &password);
    // The local password check (Argon2) runs while the sync waits for the server.
    ServerIdentityCheck identity(*cache, conn->currentUser(), password);
    const SyncReport r = SyncSession(*cache, *conn).run();
    identity.finish(); // the users list is fresh now
    GisStyleRefresh::afterSync(cache->path(), r.allocationsChanged);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("pulled"), r.pulled},
                              {QStringLiteral("pushed"), r.pushed},
                              {QStringLiteral("conflicts"), r.conflicts},
                              {QStringLiteral("steering_pushed"), r.steeringPushed},
                              {QStringLiteral("steering_conflicts"), r.steeringConflicts},
                              {QStringLiteral("last_sequence"), r.lastSequence}});
        return Ok;
    }
    out() << QCoreApplication::translate("SyncCommand", "pulled %1, pushed %2, conflicts %3\n")
                 .arg(r.pulled)
                 .arg(r.pushed)
                 .arg(r.conflicts);
    if (r.steeringPushed > 0 || r.steeringConflicts > 0)
        out() << QCoreApplication::translate(
                     "SyncCommand", "targets, key districts and quotas: pushed %1 rows; the server "
                                    "kept its own value for %2 fields changed there too (in the audit "
                                    "log as sync_conflict)\n")
                     .arg(r.steeringPushed)
                     .arg(r.steeringConflicts);
    if (r.conflicts > 0)
        out() << QCoreApplication::translate("SyncCommand", "see them with: zhili-cli conflicts --cache %1\n")
                     .arg(cache->path());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the SyncCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    urlOption(false),
    {CommonOption::User,
     QT_TRANSLATE_NOOP("SyncCommand",
                       "Sign in to the server as NAME instead of the user in the cache's URL.")},
    {CommonOption::Json},
};

void SyncCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "SyncCommand", kOptions);
}

} // namespace zhili::cli
