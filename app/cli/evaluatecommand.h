#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli evaluate --year Y [--json|--csv]`: per enterprise land, per-mu indicators, score and class.
class EvaluateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("evaluate"); }
    QString summary() const override
    {
        return QStringLiteral("Per-mu evaluation (亩均论英雄): indicators, score and class A/B/C/D");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
