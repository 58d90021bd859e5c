#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli resolve`: Take mine or theirs for one conflicting field.
class ResolveCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
