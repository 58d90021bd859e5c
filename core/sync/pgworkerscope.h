#pragma once

namespace zhili {

/// Held for the length of a worker task (a thread-pool thread) that talks to the city server.
///
/// libpq's password login (SCRAM) draws on OpenSSL, which keeps random generators and an error queue per
/// thread and frees them only when the thread ends. A pool thread may end as the process exits, after
/// OpenSSL's own exit clean-up has run, and then that state is lost: a leak LeakSanitizer reports at random.
/// Leaving the scope frees it while the task still owns the thread; OpenSSL makes it afresh when needed.
class PgWorkerScope {
public:
    PgWorkerScope() = default;
    ~PgWorkerScope();
    PgWorkerScope(const PgWorkerScope &) = delete;
    PgWorkerScope &operator=(const PgWorkerScope &) = delete;
};

} // namespace zhili
