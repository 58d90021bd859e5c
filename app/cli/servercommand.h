#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli server`: Set up the city server (init, add-user, users).
class ServerCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
