#include "cli/cliprocess.h"

#include <QDir>
#include <QFile>

namespace zhili::cli {

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
}

CliProcess::~CliProcess()
{
    releaseRuntimeDir();
}

void CliProcess::releaseRuntimeDir()
{
    if (!m_runtimeDir)
        return;
    m_runtimeDir.reset();
    qunsetenv("XDG_RUNTIME_DIR");
}

} // namespace zhili::cli
