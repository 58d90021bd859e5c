#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli clone`: Make a new cache holding the whole city from the server.
class CloneCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
