#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli batch`: Batch assignment from a CSV file (preview, then all-or-nothing).
class BatchCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
