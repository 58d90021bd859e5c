#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli info`: parcels, area and allocations per district and per ecosystem.
class InfoCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
