#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli sync`: Pull the server's changes, then push local edits.
class SyncCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("Pull the server's changes, then push local edits");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
