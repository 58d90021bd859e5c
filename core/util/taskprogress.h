#pragma once

#include <QString>
#include <QtGlobal>
#include <atomic>
#include <concepts>
#include <functional>
#include <memory>

namespace zhili {

/// The one progress and cancel handle of long tasks (import, indicators, loading): the task calls report()
/// and stops when it returns false; any thread may call cancel(). Copies share the same state, so the
/// caller keeps one copy to cancel and hands another to the task. A default-constructed handle reports to
/// no one and is never canceled.
class TaskProgress {
public:
    /// Receives done/total (counts of the task's own unit; total -1 when unknown) and what is being done;
    /// returns false to cancel.
    using Listener = std::function<bool(qint64 done, qint64 total, const QString &message)>;

    TaskProgress();
    explicit TaskProgress(Listener listener);
    /// Adapter for a plain `bool(done, total)` callable (tests, one-off callers): false cancels.
    template <typename F>
    requires(std::is_invocable_r_v<bool, F, qint64, qint64> &&
             !std::is_invocable_v<F, qint64, qint64, QString> && !std::same_as<std::decay_t<F>, TaskProgress>)
        TaskProgress(F callback)
        : TaskProgress(callbackListener(std::function<bool(qint64, qint64)>(std::move(callback))))
    {
    }

    /// Tells the listener; false when the task is (now) canceled and should stop.
    bool report(qint64 done, qint64 total, const QString &message = QString()) const;
    /// report(), throwing zhili::Cancelled when the task is canceled.
    void reportOrThrow(qint64 done, qint64 total, const QString &message = QString()) const;
    /// Thread-safe; the task sees it at its next report() or isCanceled().
    void cancel() const;
    bool isCanceled() const;
    /// Throws zhili::Cancelled when canceled.
    void throwIfCanceled() const;
    bool hasListener() const;

private:
    struct State;
    static Listener callbackListener(std::function<bool(qint64, qint64)> callback);
    std::shared_ptr<State> m_state;
};

} // namespace zhili
