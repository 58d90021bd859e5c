#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli rules show|set|rag`: the per-mu evaluation rules (benchmarks, weights, bands) versioned by
/// year, and the RAG thresholds of the progress indicators — data, not code.
class RulesCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
