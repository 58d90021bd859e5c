#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli sync`: Pull the server's changes, then push local edits.
class SyncCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
