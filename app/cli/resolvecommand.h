#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli resolve`: Take mine or theirs for one conflicting field.
class ResolveCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("resolve"); }
    QString summary() const override
    {
        return QStringLiteral("Take mine or theirs for one conflicting field");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
