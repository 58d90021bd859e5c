#pragma once

#include "desktop/backgroundtask.h"

#include <QObject>
#include <QString>
#include <utility>

class QDialogButtonBox;
class QProgressBar;
class QPushButton;
class QWidget;

namespace zhili {

/// The running state of a dialog's long job (the parcel export, the imports): Start / Cancel / Close in a
/// button box, a progress bar in thousandths, and the job on a worker (BackgroundTask). None of the buttons
/// is a default: Enter anywhere in the dialog must not start (or end) anything. While the job runs only
/// Cancel is enabled; cancel() asks the job to stop at its next progress report. The dialog places the bar
/// and the buttons, and says what it shows in words.
class RunControls : public QObject {
    Q_OBJECT
public:
    /// `startText` and `cancelText` name the buttons ("Export", "Cancel export"); the widgets are `parent`'s.
    RunControls(const QString &startText, const QString &cancelText, QWidget *parent);

    QProgressBar *progressBar() const { return m_progress; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    QPushButton *startButton() const { return m_start; }

    /// Whether the dialog's fields allow a start (Start is enabled when also nothing runs).
    void setReady(bool ready);
    /// Starts `job(task)`, returning a Report, on a worker; outcome<Report>() tells how it ended.
    template <class Report, class Job> void start(Job job)
    {
        m_task->start<Report>(std::move(job));
        setRunning(true);
    }
    template <class Report> BackgroundTask::Outcome<Report> outcome() const
    {
        return m_task->outcome<Report>();
    }
    /// After finished(): fills the bar when the job completed, empties it when it failed or was cancelled.
    void showEnd(bool completed);
    bool isRunning() const;
    /// Asks the running job to stop; false when none runs.
    bool cancel();

signals:
    void startClicked();
    /// The dialog says what a cancel means, then calls cancel().
    void cancelClicked();
    void closeClicked();
    /// A job started or ended: the dialog disables what must not change meanwhile.
    void runningChanged(bool running);
    /// The job ended; outcome() says how.
    void finished();

private:
    void setRunning(bool running);

    bool m_ready = true;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace zhili
