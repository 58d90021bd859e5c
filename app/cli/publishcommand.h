#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli publish`: Upload a cache's districts into the city server.
class PublishCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
