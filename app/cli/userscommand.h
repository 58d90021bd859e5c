#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli users`: Add or list the users of a cache (roles: planner, officer, admin) and set passwords.
class UsersCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;

private:
    int list(QCommandLineParser &parser, GeoPackageCache &cache);
    int add(QCommandLineParser &parser, GeoPackageCache &cache, const QString &name);
    int setPassword(QCommandLineParser &parser, GeoPackageCache &cache, const QString &name);
    /// --password-file, else asked twice on the terminal; empty without either unless `required`.
    static QString newPassword(const QCommandLineParser &parser, const QString &name, bool required);
};

} // namespace zhili::cli
