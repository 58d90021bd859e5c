#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli conflicts`: List the edits the server refused to merge.
class ConflictsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
