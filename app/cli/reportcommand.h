#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli report --year Y [--ecosystem K] --format csv|json|md`: IndicatorReport, as the dashboard shows
/// it.
class ReportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral(
            "Target progress, allocation ledger and double counts (same figures as the dashboard)");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
