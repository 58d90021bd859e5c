#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli key-districts set --ecosystem K --districts A,B | list`.
class KeyDistrictsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
