#include "desktop/backgroundtask.h"

#include "util/error.h"

#include <QTimer>
#include <exception>

namespace zhili {

BackgroundTask::BackgroundTask(QObject *parent) : QObject(parent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackgroundTask::poll);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_poll->stop();
        emit finished();
    });
}

BackgroundTask::~BackgroundTask()
{
    if (m_watcher.isRunning()) {
        m_task.cancel();
        m_watcher.waitForFinished();
    }
}

bool BackgroundTask::isRunning() const
{
    return m_watcher.isRunning();
}

void BackgroundTask::cancel()
{
    m_task.cancel();
}

TaskProgress BackgroundTask::prepare()
{
    m_done.storeRelaxed(0);
    m_total.storeRelaxed(0);
    auto *done = &m_done;
    auto *total = &m_total;
    // Negative counts mean "unknown yet": keep the last known ones.
    m_task = TaskProgress([done, total](qint64 d, qint64 t, const QString &) {
        if (d >= 0)
            done->storeRelaxed(d);
        if (t >= 0)
            total->storeRelaxed(t);
        return true;
    });
    m_poll->start();
    return m_task;
}

void BackgroundTask::poll()
{
    const qint64 total = m_total.loadRelaxed();
    if (total > 0)
        emit progressed(m_done.loadRelaxed(), total);
}

void BackgroundTask::capture(const std::function<void()> &work, QString &error, bool &cancelled)
{
    try {
        work();
    } catch (const Cancelled &e) {
        cancelled = true;
        error = e.message();
    } catch (const Error &e) {
        error = e.message();
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    }
}

} // namespace zhili
