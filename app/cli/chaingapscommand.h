#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli chain-gaps --cache C --ecosystem E [--chain X] [--district D] [--json]`: per link of each
/// chain, enterprises and parcels in the city and in each district, missing links (补链) with candidate
/// parcels and thin links (强链) (ChainGapAnalysis).
class ChainGapsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
