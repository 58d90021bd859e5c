#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli quotas set --year Y --district D [--land-mu N] [--energy-tce N] [--finance-wan N] | list --year
/// Y`.
class QuotasCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
