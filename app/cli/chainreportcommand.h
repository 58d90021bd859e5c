#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli chain-report --cache C --year Y --format csv|json|md [--out F]`: per chain, leader, links
/// covered, enterprises, parcels and 亩, the year's events and their results, open blockages (ChainReport).
class ChainReportCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
