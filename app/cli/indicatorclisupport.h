#pragma once

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
/// The acting user: --user, else $ZHILI_USER / the login (see UserDirectory::resolve).
User actingUser(GeoPackageCache &cache, const QCommandLineParser &parser);
/// Adds --cache and --user.
void addCacheAndUser(QCommandLineParser &parser, bool withUser);

} // namespace indicatorcli
} // namespace zhili::cli
