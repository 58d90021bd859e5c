#pragma once

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
/// --year as a whole number 1949–2200 (UsageError otherwise).
int year(const QCommandLineParser &parser, bool required);
/// --ecosystem as a key (iot, bio, …) from a key or a Chinese name; "" when not given; UsageError naming
/// the keys when unknown.
QString ecosystemKeyOption(const QCommandLineParser &parser);
/// --chain and --ecosystem as `events` and `chain-issues` declare them: what `add` records under, what
/// `list` keeps.
QList<QCommandLineOption> chainOptions();
/// --district as `events` and `chain-issues` declare it: where an activity was (default: city-wide).
QCommandLineOption whereOption();
/// Declares the sub-verbs (`verbs` for --help), --cache and --user: how every command that records edits
/// under a verb begins.
void addVerbCacheAndUser(QCommandLineParser &parser, const QString &verbs);
/// Adds --cache and --user.
void addCacheAndUser(QCommandLineParser &parser, bool withUser);

} // namespace indicatorcli
} // namespace zhili::cli
