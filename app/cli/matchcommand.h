#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli match --cache C --enterprise NAME [--within-km K] [--json]`: the enterprise's suppliers and
/// customers along its chains, nearest first (ChainMatcher).
class MatchCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
