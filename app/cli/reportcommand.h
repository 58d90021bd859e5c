#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli report --year Y [--ecosystem K] --format csv|json|md`: IndicatorReport, as the dashboard shows
/// it.
class ReportCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
