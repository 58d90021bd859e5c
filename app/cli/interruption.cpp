#include "cli/interruption.h"

#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace zhili::cli {

namespace {
std::atomic<bool> g_cancellable{false};
std::atomic<bool> g_requested{false};

const char kCancelled[] = "操作已取消 (cancelled); nothing was changed.\n";

// Only async-signal-safe calls here: write(2) and _exit(2).
extern "C" void onSignal(int sig)
{
    if (g_cancellable.load() && !g_requested.exchange(true))
        return; // the operation sees it at its next progress step and rolls back
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, kCancelled, sizeof kCancelled - 1);
    ::_exit(128 + sig);
}
} // namespace

void Interruption::install()
{
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool Interruption::requested()
{
    return g_requested.load();
}

CancellableScope::CancellableScope()
{
    g_requested.store(false);
    g_cancellable.store(true);
}

CancellableScope::~CancellableScope()
{
    g_cancellable.store(false);
}

} // namespace zhili::cli
