#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli enterprises import FILE.csv | list --year Y`.
class EnterprisesCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("enterprises"); }
    QString summary() const override
    {
        return QStringLiteral("Import enterprise figures for the per-mu evaluation (亩均论英雄)");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
