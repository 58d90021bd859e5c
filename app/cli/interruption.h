#pragma once

#include <QtGlobal>

namespace zhili::cli {

/// Ctrl-C and SIGTERM for every command, installed first thing in main():
/// - while a cancellable operation runs (an import: see CancellableScope), the first signal asks it to
///   roll back at its next progress step, and a second one ends the process at once;
/// - otherwise the process ends at once with "cancelled" on stderr and exit code 128 + the signal.
/// Either way nothing is half-written: SQLite's journal undoes an unfinished transaction, and outputs are
/// written under temporary names.
class Interruption {
public:
    static void install();
    /// Puts the "cancelled" message into the language of the run (call once the translator is installed).
    static void translateMessage();
    /// True once a signal asked the running operation to stop.
    static bool requested();
};

/// Marks the lifetime of an operation that polls Interruption::requested() and rolls back by itself.
class CancellableScope {
public:
    CancellableScope();
    ~CancellableScope();
    Q_DISABLE_COPY(CancellableScope)
};

} // namespace zhili::cli
