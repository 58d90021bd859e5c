#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli render`: draws the map of a cache (full extent, an extent or a district) to a PNG.
class RenderCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
