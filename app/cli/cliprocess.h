#pragma once

#include <QTemporaryDir>
#include <memory>

namespace zhili::cli {

/// Process set-up that keeps zhili-cli quiet and scriptable; create it first thing in main(), before the
/// QGuiApplication, and keep it alive until the application is gone.
/// - QT_QPA_PLATFORM defaults to "offscreen": rendering needs QtGui (fonts, QImage) but no display.
/// - Under cron/CI XDG_RUNTIME_DIR is often unset and Qt warns about it on every run; then it points to a
///   private (0700) temporary folder removed at exit. A set XDG_RUNTIME_DIR is left alone.
/// GDAL's messages are GdalMessagePrinter's job (zhili-cli-full only).
class CliProcess {
public:
    CliProcess();
    ~CliProcess();
    Q_DISABLE_COPY(CliProcess)

    /// Removes the private runtime folder now and unsets XDG_RUNTIME_DIR, as the destructor would: called
    /// before this process is replaced by an exec.
    void releaseRuntimeDir();

private:
    std::unique_ptr<QTemporaryDir> m_runtimeDir;
};

} // namespace zhili::cli
