#pragma once

#include "util/taskprogress.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace zhili {

/// Runs a dialog's long job (import, export) in a worker thread, one at a time. The job's TaskProgress only
/// stores into atomics — it runs on the worker, which must not touch widgets — and a 100 ms timer reports
/// them on the GUI thread. cancel() makes the job stop at its next progress report; the destructor cancels
/// and waits, so a worker never outlives its dialog.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    /// How a job ended: its report, or the error message (`cancelled` when it stopped on cancel()).
    template <class Report> struct Outcome {
        std::optional<Report> report;
        QString error;
        bool cancelled = false;
    };

    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    /// Starts `job(task)` (returning a Report) in a worker thread; its exceptions become the outcome's error.
    template <class Report, class Job> void start(Job job)
    {
        auto out = std::make_shared<Outcome<Report>>();
        m_outcome = out;
        const TaskProgress task = prepare();
        m_watcher.setFuture(QtConcurrent::run([out, job = std::move(job), task] {
            capture([&] { out->report = job(task); }, out->error, out->cancelled);
        }));
    }
    /// The last job's outcome, once finished() was emitted; `Report` as given to start().
    template <class Report> Outcome<Report> outcome() const
    {
        return *std::static_pointer_cast<Outcome<Report>>(m_outcome);
    }
    bool isRunning() const;
    void cancel();

signals:
    /// Every 100 ms while running, once the job has reported a total.
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    TaskProgress prepare();
    void poll();
    static void capture(const std::function<void()> &work, QString &error, bool &cancelled);

    QTimer *m_poll = nullptr;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<void> m_outcome;
    QAtomicInteger<qint64> m_done{0};
    QAtomicInteger<qint64> m_total{0};
    TaskProgress m_task;
};

} // namespace zhili
