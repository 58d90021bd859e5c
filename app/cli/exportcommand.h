#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli export --cache C --out F.shp|.zip|.gpkg|.geojson|.csv [--district D] [--where FILTER]
/// [--encoding GBK|UTF-8] [--crs EPSG:N] [--fields …]`: ParcelExporter (docs/export.md).
class ExportCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;
};

} // namespace zhili::cli
