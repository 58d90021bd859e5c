#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli chain-issues add|list|close`: the blockage list (问题清单) of each chain, audited like edits.
class ChainIssuesCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
