#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli export-qgis`: a QGIS project (.qgz) of the cache's view — the same layers, order, visibility,
/// opacity and styles, framed on the city or one district — that refers to the cache by a relative path.
class ExportQgisCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-qgis"); }
    QString summary() const override { return QStringLiteral("Write a QGIS project (.qgz) of the map"); }
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
