#include "cli/cliprocess.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <cpl_error.h>
#include <cstdio>

namespace zhili::cli {

namespace {

Q_LOGGING_CATEGORY(lcGdal, "zhili.gdal", QtCriticalMsg)

// GDAL may call this from worker threads: one fprintf per message, no shared stream.
void CPL_STDCALL gdalHandler(CPLErr cls, CPLErrorNum number, const char *message)
{
    if (cls == CE_Debug) {
        std::fprintf(stderr, "zhili-cli: GDAL: %s\n", message); // only reached with CPL_DEBUG=ON
    } else if (cls == CE_Warning) {
        if (lcGdal().isWarningEnabled())
            std::fprintf(stderr, "zhili-cli: GDAL warning %d: %s\n", number, message);
    } else if (cls != CE_None) {
        std::fprintf(stderr, "zhili-cli: GDAL error %d: %s\n", number, message);
    }
}

} // namespace

CliProcess::CliProcess()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        auto dir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/zhili-cli-runtime-XXXXXX"));
        if (dir->isValid()) {
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
            m_runtimeDir = std::move(dir);
        }
    }
    CPLSetErrorHandler(gdalHandler);
}

CliProcess::~CliProcess()
{
    CPLSetErrorHandler(nullptr);
    if (m_runtimeDir)
        qunsetenv("XDG_RUNTIME_DIR");
}

} // namespace zhili::cli
