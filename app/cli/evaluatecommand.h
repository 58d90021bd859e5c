#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli evaluate --year Y [--json|--csv]`: per enterprise land, per-mu indicators, score and class.
class EvaluateCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
