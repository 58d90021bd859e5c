#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli targets import FILE.csv | list`: assessment targets per ecosystem × district × year.
class TargetsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override
    {
        return QStringLiteral("Import or list assessment targets (考核目标)");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
