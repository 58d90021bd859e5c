#include "desktop/importrunbox.h"

#include "desktop/backgroundtask.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhili {

ImportRunBox::ImportRunBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(this);
    // ActionRole: a button box makes its first AcceptRole button the default when shown.
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setEnabled(false);
    m_import->setAutoDefault(false); // Enter anywhere in the dialog must not start the import
    m_cancel->setEnabled(false);
    layout->addWidget(buttons);

    m_task = new BackgroundTask(this);
    connect(m_task, &BackgroundTask::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    connect(m_task, &BackgroundTask::finished, this, &ImportRunBox::onFinished);
    connect(m_import, &QPushButton::clicked, this, &ImportRunBox::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunBox::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportRunBox::closeRequested);
}

// Never leave a worker writing to the cache behind: m_task's destructor asks it to stop and waits (it rolls
// back).
ImportRunBox::~ImportRunBox() = default;

void ImportRunBox::setReady(bool ready)
{
    m_ready = ready;
    m_import->setEnabled(ready && !isRunning());
}

void ImportRunBox::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void ImportRunBox::appendText(const QString &text)
{
    m_text->appendPlainText(text);
}

void ImportRunBox::start(Job job, const QString &message)
{
    // The worker opens its own connection (caches are not shared between threads), and cancel() cancels
    // the task: the importer then rolls back and throws Cancelled.
    m_task->start<ImportReport>(std::move(job));
    setRunning(true);
    setText(message);
}

void ImportRunBox::cancel()
{
    if (!isRunning())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    appendText(tr("Cancelling: the cache is left as it was."));
}

bool ImportRunBox::isRunning() const
{
    return m_task->isRunning();
}

void ImportRunBox::setRunning(bool running)
{
    m_import->setEnabled(!running && m_ready);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0); // busy until the importer reports a total
    emit runningChanged(running);
}

void ImportRunBox::onFinished()
{
    const auto out = m_task->outcome<ImportReport>();
    setRunning(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(out.report ? 100 : 0);
    if (out.report)
        emit succeeded(*out.report);
    else
        emit failed(out.error, out.cancelled);
}

void ImportRunBox::showFailure(const QString &title, const QString &text)
{
    setText(text);
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace zhili
