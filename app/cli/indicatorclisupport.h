#pragma once

#include "cache/geopackagecache.h"
#include "cli/actinguser.h" // the acting user of the commands that take --user
#include "cli/clicommand.h"
#include "edit/user.h"

#include <QCommandLineParser>
#include <QString>

namespace zhili {
class GeoPackageCache;
}

namespace zhili::cli {

/// Helpers shared by the indicator commands (targets, key-districts, quotas, enterprises, evaluate, report).
namespace indicatorcli {

/// The sub-verb (first positional after the command), checked against `verbs`; UsageError otherwise.
QString verb(const QCommandLineParser &parser, const QStringList &verbs);
/// FILE.csv of `<command> import FILE.csv`: exactly one file after the verb, UsageError otherwise.
QString importFile(const QCommandLineParser &parser, const QString &command);
/// Runs `<command> import FILE.csv`: the cache opened for writing, `Importer(cache).import(user, file)` as
/// the acting user; returns what the importer reports.
template <class Importer> auto importAsActingUser(const QCommandLineParser &parser, const QString &command)
{
    const QString file = importFile(parser, command);
    auto cache = openCache(parser, false);
    const User user = actingUser(*cache, parser);
    return Importer(*cache).import(user, file);
}
/// --year as a whole number 1949–2200 (UsageError otherwise).
int year(const QCommandLineParser &parser, bool required);
/// --ecosystem as a key (iot, bio, …) from a key or a Chinese name; "" when not given; UsageError naming
/// the keys when unknown.
QString ecosystemKeyOption(const QCommandLineParser &parser);
/// Rows of the option tables of the plan commands, written once: --chain and --ecosystem of `events` and
/// `chain-issues` (what `add` records under, what `list` keeps), --district (where an activity was; default:
/// city-wide) and --user (the acting user, who must be a city planner or an administrator).
enum class PlanOption { Chain, ChainEcosystem, Where, PlannerUser };
OptionSpec planOption(PlanOption which);
/// Declares the sub-verbs (`verbs` for --help), --cache and --user: how every command that records edits
/// under a verb begins.
void addVerbCacheAndUser(QCommandLineParser &parser, const QString &verbs);

} // namespace indicatorcli
} // namespace zhili::cli
