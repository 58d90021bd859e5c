#include "cli/clonecommand.h"

#include "cache/geopackagecache.h"
#include "cli/gisstylerefresh.h"
#include "cli/serverconnection.h"
#include "sync/cachecloner.h"
#include "sync/pgconnection.h"
#include "sync/serveridentity.h"

#include <QCoreApplication>

namespace zhili::cli {

void CloneCommand::setup(QCommandLineParser &parser)
{
    addUrlOption(parser);
    parser.addOption({QStringLiteral("cache"), QStringLiteral("The new cache file (must not exist)."),
                      QStringLiteral("FILE")});
    addJsonOption(parser);
}

int CloneCommand::run(QCommandLineParser &parser)
{
    const QString path = requiredOption(parser, QStringLiteral("cache"));
    const QString url = requiredOption(parser, QStringLiteral("url"));
    QString password;
    auto conn = connectServer(parser, QString(), QString(), &password);
    const CloneReport r = CacheCloner(*conn, url).run(path);
    ServerIdentity::remember(*GeoPackageCache::open(path), conn->currentUser(), password);
    GisStyleRefresh::rewrite(path); // QGIS opens the clone in Zhili's colours, as after an import
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

} // namespace zhili::cli
