#include "desktop/importrunbox.h"

#include "desktop/runcontrols.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace zhili {

ImportRunBox::ImportRunBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_run = new RunControls(tr("Import"), tr("Cancel import"), this);
    m_run->setReady(false);
    layout->addWidget(m_run->progressBar());
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setMaximumHeight(90);
    layout->addWidget(m_text);
    layout->addWidget(m_run->buttonBox());

    connect(m_run, &RunControls::finished, this, &ImportRunBox::onFinished);
    connect(m_run, &RunControls::startClicked, this, &ImportRunBox::importRequested);
    connect(m_run, &RunControls::cancelClicked, this, &ImportRunBox::cancel);
    connect(m_run, &RunControls::closeClicked, this, &ImportRunBox::closeRequested);
    connect(m_run, &RunControls::runningChanged, this, &ImportRunBox::runningChanged);
}

// Never leave a worker writing to the cache behind: m_run asks it to stop and waits (it rolls back).
ImportRunBox::~ImportRunBox() = default;

void ImportRunBox::setReady(bool ready)
{
    m_run->setReady(ready);
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
    m_run->start<ImportReport>(std::move(job));
    m_run->progressBar()->setRange(0, 0); // busy until the importer reports a total
    setText(message);
}

void ImportRunBox::cancel()
{
    if (m_run->cancel())
        appendText(tr("Cancelling: the cache is left as it was."));
}

void ImportRunBox::onFinished()
{
    const auto out = m_run->outcome<ImportReport>();
    m_run->showEnd(out.report.has_value());
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
