#pragma once

#include "cli/clicommand.h"

namespace zhili::cli {

/// `zhili-cli export-styles`: writes the QGIS/SLD styles of parcels and districts into the cache's
/// layer_styles table (QgisStyleExport), with the classes the cache's data gives now. `import` runs it too.
class ExportStylesCommand : public CliCommand {
public:
    void setup(QCommandLineParser &parser) override;
    int run(QCommandLineParser &parser) override;

    /// Rewrites the styles of the cache at `cachePath` (labels in exportLanguage()); returns how many.
    static int writeStyles(const QString &cachePath);
};

} // namespace zhili::cli
