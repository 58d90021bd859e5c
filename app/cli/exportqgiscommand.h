#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli export-qgis`: a QGIS project (.qgz) of the cache's view — the same layers, order, visibility,
/// opacity and styles, framed on the city or one district — that refers to the cache by a relative path.
class ExportQgisCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
