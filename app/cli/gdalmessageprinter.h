#pragma once

namespace zhili::cli {

/// GDAL's CPLError output goes through a handler instead of GDAL's raw stderr printer while this lives:
/// failures are printed as one "zhili-cli: GDAL error N: …" line, warnings only when the logging category
/// "zhili.gdal" is enabled for warnings (QT_LOGGING_RULES="zhili.gdal.warning=true"), debug output only with
/// CPL_DEBUG=ON. Code that wants GDAL's messages (the importer) still collects them with its own scoped
/// handler. Only zhili-cli-full creates one: the light zhili-cli does not load GDAL at all.
class GdalMessagePrinter {
public:
    GdalMessagePrinter();
    ~GdalMessagePrinter();
    GdalMessagePrinter(const GdalMessagePrinter &) = delete;
    GdalMessagePrinter &operator=(const GdalMessagePrinter &) = delete;
};

} // namespace zhili::cli
