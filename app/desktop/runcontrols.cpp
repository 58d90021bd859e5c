#include "desktop/runcontrols.h"

#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <algorithm>

namespace zhili {

namespace {
constexpr int kSteps = 1000;
}

RunControls::RunControls(const QString &startText, const QString &cancelText, QWidget *parent)
    : QObject(parent)
{
    m_progress = new QProgressBar(parent);
    m_progress->setRange(0, kSteps);
    m_progress->setValue(0);
    m_buttons = new QDialogButtonBox(parent);
    // ActionRole, not AcceptRole: a button box makes its first accept button the dialog's default.
    m_start = m_buttons->addButton(startText, QDialogButtonBox::ActionRole);
    m_cancel = m_buttons->addButton(cancelText, QDialogButtonBox::ActionRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    for (QPushButton *b : {m_start, m_cancel, m_close})
        b->setAutoDefault(false);
    m_cancel->setEnabled(false);

    // Its destructor cancels a running job and waits, so a worker never outlives the dialog.
    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, kSteps);
        m_progress->setValue(int(std::min<qint64>(kSteps, done * kSteps / total)));
    });
    connect(m_task, &BackgroundTask::finished, this, [this] {
        setRunning(false);
        emit finished();
    });
    connect(m_start, &QPushButton::clicked, this, &RunControls::startClicked);
    connect(m_cancel, &QPushButton::clicked, this, &RunControls::cancelClicked);
    connect(m_close, &QPushButton::clicked, this, &RunControls::closeClicked);
}

void RunControls::setReady(bool ready)
{
    m_ready = ready;
    m_start->setEnabled(ready && !isRunning());
}

void RunControls::showEnd(bool completed)
{
    m_progress->setRange(0, kSteps);
    m_progress->setValue(completed ? kSteps : 0);
}

bool RunControls::isRunning() const
{
    return m_task->isRunning();
}

bool RunControls::cancel()
{
    if (!isRunning())
        return false;
    m_task->cancel();
    m_cancel->setEnabled(false);
    return true;
}

void RunControls::setRunning(bool running)
{
    m_start->setEnabled(!running && m_ready);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    if (running)
        m_progress->setValue(0);
    emit runningChanged(running);
}

} // namespace zhili
