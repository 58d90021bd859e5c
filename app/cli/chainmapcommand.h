#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli chain-map --cache C --ecosystem E --chain X --out F.png|pdf|svg [--district D]
/// [--enterprise NAME]`: one sheet with the chain diagram beside the map of the chain (ChainSheet), like the
/// snapshots: title, legend with the missing links, scale bar, north arrow, date.
class ChainMapCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
