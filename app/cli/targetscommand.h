#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli targets import FILE.csv | list`: assessment targets per ecosystem × district × year.
class TargetsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
