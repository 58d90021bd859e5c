#pragma once

#include <QTemporaryDir>
#include <memory>

namespace zhili::cli {

/// Process set-up that keeps zhili-cli quiet and scriptable; create it first thing in main(), before the
/// QGuiApplication, and keep it alive until the application is gone.
/// - QT_QPA_PLATFORM defaults to "offscreen": rendering needs QtGui (fonts, QImage) but no display.
/// - Under cron/CI XDG_RUNTIME_DIR is often unset and Qt warns about it on every run; then it points to a
///   private (0700) temporary folder removed at exit. A set XDG_RUNTIME_DIR is left alone.
/// - GDAL's CPLError output goes through a handler instead of GDAL's raw stderr printer: failures are printed
///   as one "zhili-cli: GDAL error N: …" line, warnings only when the logging category "zhili.gdal" is
///   enabled for warnings (QT_LOGGING_RULES="zhili.gdal.warning=true"), debug output only with CPL_DEBUG=ON.
///   Code that wants GDAL's messages (the importer) still collects them with its own scoped handler.
class CliProcess {
public:
    CliProcess();
    ~CliProcess();
    Q_DISABLE_COPY(CliProcess)

private:
    std::unique_ptr<QTemporaryDir> m_runtimeDir;
};

} // namespace zhili::cli
