#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli import-districts FILE --cache C …`: imports real district boundaries (区县 polygons).
class ImportDistrictsCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
