#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli indicator-map`: the parcel map with an indicator overlay (district achievement of an ecosystem
/// with key districts outlined, or parcels by 亩均 class A/B/C/D) written to a PNG — the same layer classes
/// the app draws.
class IndicatorMapCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("indicator-map"); }
    QString summary() const override
    {
        return QStringLiteral("Render target achievement or per-mu classes over the map to PNG");
    }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
