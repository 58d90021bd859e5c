#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli indicator-map`: the parcel map with an indicator overlay (district achievement of an ecosystem
/// with key districts outlined, or parcels by 亩均 class A/B/C/D) written to a PNG — the same layer classes
/// the app draws.
class IndicatorMapCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
