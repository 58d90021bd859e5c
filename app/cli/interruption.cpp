#include "cli/interruption.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace zhili::cli {

namespace {
std::atomic<bool> g_cancellable{false};
std::atomic<bool> g_requested{false};

// The message in the language of the run, prepared outside the handler (which may not allocate or translate).
char g_cancelled[256] = "cancelled; nothing was changed.\n";
std::atomic<std::size_t> g_cancelledLength{std::strlen(g_cancelled)};

// Only async-signal-safe calls here: write(2) and _exit(2).
extern "C" void onSignal(int sig)
{
    if (g_cancellable.load() && !g_requested.exchange(true))
        return; // the operation sees it at its next progress step and rolls back
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, g_cancelled, g_cancelledLength.load());
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

void Interruption::translateMessage()
{
    const QByteArray text =
        QCoreApplication::translate("Interruption", "cancelled; nothing was changed.").toUtf8() + '\n';
    if (text.size() >= qsizetype(sizeof g_cancelled))
        return;
    g_cancelledLength.store(0); // a signal meanwhile writes nothing rather than half a message
    std::memcpy(g_cancelled, text.constData(), std::size_t(text.size()));
    g_cancelledLength.store(std::size_t(text.size()));
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
