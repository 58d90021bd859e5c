#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli assign`: Assign an ecosystem and land/energy/finance support to a parcel.
class AssignCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
