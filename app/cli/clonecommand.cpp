#include "cli/clonecommand.h"

#include "cache/geopackagecache.h"
#include "cli/gisstylerefresh.h"
#include "cli/serverconnection.h"
#include "edit/passwordhashtask.h"
#include "sync/cachecloner.h"
#include "sync/pgconnection.h"
#include "sync/serveridentity.h"

#include <QCoreApplication>
#include <optional>

namespace zhili::cli {

int CloneCommand::run(QCommandLineParser &parser)
{
    const QString path = requiredOption(parser, QStringLiteral("cache"));
    const QString url = requiredOption(parser, QStringLiteral("url"));
    QString password;
    auto conn = connectServer(parser, QString(), QString(), &password);
    // The local password's Argon2id hash is made on another core while the city arrives.
    std::optional<PasswordHashTask> hash;
    if (!password.isEmpty())
        hash.emplace(password);
    const QString user = conn->currentUser();
    // Both go into the new cache before its rename, while its pages are in memory; as when they ran on the
    // finished cache, their failure leaves the clone in place and is reported after it.
    std::optional<Error> failure;
    const CloneReport r = CacheCloner(*conn, url).run(path, TaskProgress(), [&](GeoPackageCache &cache) {
        try {
            if (hash)
                ServerIdentity::remember(cache, user, *hash);
        } catch (const Error &e) {
            failure = e;
            return;
        }
        try {
            GisStyleRefresh::write(cache); // QGIS opens the clone in Zhili's colours, as after an import
        } catch (const Error &e) {
            failure = GisStyleRefresh::failure(e, path);
        }
    });
    if (failure)
        throw *failure;
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("parcels"), r.parcels},
                              {QStringLiteral("districts"), r.districts},
                              {QStringLiteral("last_sequence"), r.lastSequence}});
        return Ok;
    }
    out() << QCoreApplication::translate("CloneCommand",
                                         "cloned %1 parcels of %2 districts into %3 (change %4)\n")
                 .arg(r.parcels)
                 .arg(r.districts)
                 .arg(path)
                 .arg(r.lastSequence);
    return Ok;
}

void CloneCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "CloneCommand",
               {urlOption(),
                {"cache", "FILE", QT_TRANSLATE_NOOP("CloneCommand", "The new cache file (must not exist).")},
                {CommonOption::Json}});
}

} // namespace zhili::cli
