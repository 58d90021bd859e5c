#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli snapshot`: a meeting sheet (title, map, legend, scale bar …) as PNG, PDF or SVG; one sheet per
/// district with --each-district.
class SnapshotCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
