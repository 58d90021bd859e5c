#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli history`: Edit history of a parcel from the audit log (accepted and refused).
class HistoryCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
