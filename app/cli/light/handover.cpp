#include "cli/light/handover.h"

#include <QByteArray>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace zhili::cli {

bool needsFullBuild(int argc, char **argv)
{
    static const char *const fullBuildCommands[] = {
        "import", "import-districts", "export", "server", "publish", "clone", "sync"};
    const char *command = nullptr;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            break;
        if (std::strcmp(a, "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(a, "--lang=", 7) == 0)
            continue;
        if (!command)
            command = a;
        if (std::strcmp(a, "--basemap") == 0 || std::strncmp(a, "--basemap=", 10) == 0)
            return true;
    }
    if (command)
        for (const char *c : fullBuildCommands)
            if (std::strcmp(command, c) == 0)
                return true;
    return false;
}

void handOverToFullBuild(char **argv)
{
    // Beside this executable, found without Qt (main() calls this before any QCoreApplication exists).
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return;
    self[n] = '\0';
    QByteArray path(self);
    path = path.left(path.lastIndexOf('/') + 1) + "zhili-cli-full";
    ::execv(path.constData(), argv);
    std::fprintf(stderr, "zhili-cli: cannot run %s (%s): reinstall Zhili\n", path.constData(),
                 std::strerror(errno));
}

} // namespace zhili::cli
