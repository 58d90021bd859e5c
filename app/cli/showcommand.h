#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli show`: one parcel with its assignment and source attributes.
class ShowCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
