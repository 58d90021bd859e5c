#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli key-districts set --ecosystem K --districts A,B | list`.
class KeyDistrictsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("key-districts"); }
    QString summary() const override
    {
        return QStringLiteral("Set or list the key districts (重点落地区县) of an ecosystem");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
