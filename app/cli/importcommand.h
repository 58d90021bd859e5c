#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli import FILE --cache C …`: imports a parcel layer into the cache (creating it when missing).
class ImportCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
