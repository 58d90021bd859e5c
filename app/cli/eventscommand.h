#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli events add|list`: matchmaking events (对接活动) of the chains, each recorded as an audited edit
/// (ChainActivity).
class EventsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
