#include "cli/cliprocess.h"

#include "io/gdalmessages.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <cstdio>

namespace zhili::cli {

namespace {

Q_LOGGING_CATEGORY(lcGdal, "zhili.gdal", QtCriticalMsg)

// GDAL may call this from worker threads: one fprintf per message, no shared stream.
void gdalMessage(GdalMessageLevel level, int code, const char *message)
{
    switch (level) {
    case GdalMessageLevel::Debug: // only reached with CPL_DEBUG=ON
        std::fprintf(stderr, "zhili-cli: GDAL: %s\n", message);
        break;
    case GdalMessageLevel::Warning:
        if (lcGdal().isWarningEnabled())
            std::fprintf(stderr, "zhili-cli: GDAL warning %d: %s\n", code, message);
        break;
    case GdalMessageLevel::Failure:
        std::fprintf(stderr, "zhili-cli: GDAL error %d: %s\n", code, message);
        break;
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
    setGdalMessageSink(gdalMessage);
}

CliProcess::~CliProcess()
{
    setGdalMessageSink(nullptr);
    if (m_runtimeDir)
        qunsetenv("XDG_RUNTIME_DIR");
}

} // namespace zhili::cli
