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
/// --year as a whole number 1949–2200 (UsageError otherwise).
int year(const QCommandLineParser &parser, bool required);
/// Adds --cache and --user.
void addCacheAndUser(QCommandLineParser &parser, bool withUser);

} // namespace indicatorcli
} // namespace zhili::cli
