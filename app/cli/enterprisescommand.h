#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli enterprises import FILE.csv | list --year Y`.
class EnterprisesCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
