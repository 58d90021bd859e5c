#include "cli/resolvecommand.h"

#include "cache/geopackagecache.h"
#include "cache/syncconflictstore.h"
#include "cli/actinguser.h"
#include "edit/parceleditor.h"
#include "sync/syncpayload.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili::cli {

void ResolveCommand::setup(QCommandLineParser &parser)
{
    addCacheOption(parser);
    addParcelOptions(parser);
    parser.addOption({QStringLiteral("field"), QStringLiteral("The conflicting field (e.g. land_mu)."),
                      QStringLiteral("FIELD")});
    parser.addOption({QStringLiteral("take"),
                      QStringLiteral("mine (a new edit, pushed at the next sync) or theirs."),
                      QStringLiteral("mine|theirs")});
    addUserOption(parser);
}

int ResolveCommand::run(QCommandLineParser &parser)
{
    const QString take = requiredOption(parser, QStringLiteral("take"));
    if (take != QLatin1String("mine") && take != QLatin1String("theirs"))
        throw UsageError(QStringLiteral("--take must be mine or theirs (got \"%1\")").arg(take));
    const QString field = requiredOption(parser, QStringLiteral("field"));
    auto cache = openCache(parser, false);
    const Parcel p = cache->requireParcel(requiredOption(parser, QStringLiteral("parcel")),
                                          parser.value(QStringLiteral("district")));
    SyncConflictStore store(*cache);
    const QList<SyncConflict> conflicts = store.openFor(p.uuid, field);
    if (conflicts.isEmpty())
        throw Error(QCoreApplication::translate("ResolveCommand",
                                                "parcel %1 (%2) has no open conflict on %3: see zhili-cli "
                                                "conflicts --cache %4")
                        .arg(p.code, p.district, field, cache->path()));
    if (take == QLatin1String("mine")) {
        // Mine becomes an ordinary new edit: checked by the role rules and pushed at the next sync.
        AssignmentPatch patch;
        for (const SyncConflict &c : conflicts) {
            const std::optional<AssignmentField> f = assignmentFieldFromKey(c.field);
            if (!f)
                continue;
            if (c.mine.isDouble())
                patch.setNumber(*f, c.mine.toDouble());
            else
                patch.setText(*f, c.mine.toString());
        }
        const User user = actingUser(*cache, parser);
        ParcelEditor(*cache).apply(user, {p.fid}, patch,
                                   QCoreApplication::translate("ResolveCommand", "conflict resolved: mine"));
    }
    store.resolve(conflicts, take, GeoPackageCache::now());
    out() << QCoreApplication::translate("ResolveCommand", "%1 (%2): took %3 for %4\n")
                 .arg(p.code, p.district, take, field);
    return Ok;
}

} // namespace zhili::cli
