#include "util/taskprogress.h"

#include "util/error.h"

namespace zhili {

struct TaskProgress::State {
    Listener listener;
    std::atomic<bool> canceled{false};
};

TaskProgress::TaskProgress() : m_state(std::make_shared<State>()) {}

TaskProgress::TaskProgress(Listener listener) : TaskProgress()
{
    m_state->listener = std::move(listener);
}

TaskProgress::Listener TaskProgress::callbackListener(std::function<bool(qint64, qint64)> callback)
{
    if (!callback)
        return {};
    return [callback = std::move(callback)](qint64 done, qint64 total, const QString &) {
        return callback(done, total);
    };
}

bool TaskProgress::report(qint64 done, qint64 total, const QString &message) const
{
    if (m_state->listener && !m_state->listener(done, total, message))
        cancel();
    return !isCanceled();
}

void TaskProgress::reportOrThrow(qint64 done, qint64 total, const QString &message) const
{
    if (!report(done, total, message))
        throw Cancelled();
}

void TaskProgress::cancel() const
{
    m_state->canceled.store(true, std::memory_order_relaxed);
}

bool TaskProgress::isCanceled() const
{
    return m_state->canceled.load(std::memory_order_relaxed);
}

void TaskProgress::throwIfCanceled() const
{
    if (isCanceled())
        throw Cancelled();
}

bool TaskProgress::hasListener() const
{
    return bool(m_state->listener);
}

} // namespace zhili
