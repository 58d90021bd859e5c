#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli users`: Add or list the users of a cache (roles: planner, officer, admin).
class UsersCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("users"); }
    QString summary() const override
    {
        return QStringLiteral("Add or list the users of a cache (roles: planner, officer, admin)");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
