#include "cli/resolvecommand.h"

#include "cache/geopackagecache.h"
#include "cache/syncconflictstore.h"
#include "cli/actinguser.h"
#include "cli/gisstylerefresh.h"
#include "edit/parceleditor.h"
#include "sync/conflictresolver.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili::cli {

int ResolveCommand::run(QCommandLineParser &parser)
{
    const QString take = requiredOption(parser, QStringLiteral("take"));
    const std::optional<ConflictResolver::Take> chosen = ConflictResolver::takeFromKey(take);
    if (!chosen)
        throw UsageError(
            QCoreApplication::translate("ResolveCommand", "--take must be mine or theirs (got \"%1\")")
                .arg(take));
    const QString field = requiredOption(parser, QStringLiteral("field"));
    auto cache = openCache(parser, false);
    const Parcel p = requireParcel(*cache, parser);
    const QList<SyncConflict> conflicts = SyncConflictStore(*cache).openFor(p.uuid, field);
    if (conflicts.isEmpty())
        throw Error(QCoreApplication::translate("ResolveCommand",
                                                "parcel %1 (%2) has no open conflict on %3: see zhili-cli "
                                                "conflicts --cache %4")
                        .arg(p.code, p.district, field, cache->path()));
    // Only taking mine edits, so only then is the acting user needed.
    ParcelEditor editor(*cache);
    const User user = *chosen == ConflictResolver::Take::Mine ? actingUser(*cache, parser) : User();
    ConflictResolver(*cache, editor).resolve(conflicts, *chosen, user);
    GisStyleRefresh::afterFieldChange(cache->path(), field);
    out() << QCoreApplication::translate("ResolveCommand", "%1 (%2): took %3 for %4\n")
                 .arg(p.code, p.district, take, field);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ResolveCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Parcel},
    {CommonOption::ParcelDistrict},
    {"field", "FIELD", QT_TRANSLATE_NOOP("ResolveCommand", "The conflicting field (e.g. land_mu).")},
    {"take", "mine|theirs",
     QT_TRANSLATE_NOOP("ResolveCommand", "mine (a new edit, pushed at the next sync) or theirs.")},
    {CommonOption::User},
};

void ResolveCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ResolveCommand", kOptions);
}

} // namespace zhili::cli
