#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli chains import FILE.csv | list`: the industrial chains (产业链) of the ecosystems, their links
/// by stage, who supplies whom, chain leaders and working groups (docs/chains.md).
class ChainsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
