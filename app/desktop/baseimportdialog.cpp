#include "desktop/baseimportdialog.h"

#include "desktop/importsourcebox.h"

#include <QFileInfo>
#include <QVBoxLayout>

namespace zhili {

BaseImportDialog::BaseImportDialog(const QString &cachePath, const QString &userName,
                                   const QString &chooseCaption, const QString &fileFilter,
                                   const QString &placeholder, QWidget *parent)
    : QDialog(parent), m_cachePath(cachePath), m_user(userName)
{
    m_layout = new QVBoxLayout(this);
    m_sourceBox = new ImportSourceBox(chooseCaption, fileFilter, placeholder, this);
    m_layout->addWidget(m_sourceBox);
    // Made now, shown by addRunBox(): the subclass's rows come between in the layout.
    m_run = new ImportRunBox(this);
    m_run->hide();
    connect(m_sourceBox, &ImportSourceBox::sourceFailed, this, [this](const QString &message) {
        m_error = message;
        m_run->setText(message);
        m_run->setReady(false);
    });
    connect(m_run, &ImportRunBox::importRequested, this, [this] { startImport(); });
    connect(m_run, &ImportRunBox::closeRequested, this, &QDialog::reject);
    connect(m_run, &ImportRunBox::runningChanged, m_sourceBox, &ImportSourceBox::setBusy);
    connect(m_run, &ImportRunBox::succeeded, this, &BaseImportDialog::onSucceeded);
    connect(m_run, &ImportRunBox::failed, this, &BaseImportDialog::onFailed);
}

// Never leave a worker writing to the cache behind: the run box's destructor asks it to stop and waits (it
// rolls back).
BaseImportDialog::~BaseImportDialog() = default;

void BaseImportDialog::addRunBox()
{
    m_layout->addWidget(m_run);
    m_run->show();
}

bool BaseImportDialog::setSource(const QString &path)
{
    return m_sourceBox->setSource(path);
}

bool BaseImportDialog::startImport()
{
    if (isRunning() || !m_sourceBox->currentLayer())
        return false;
    const ImportOptions opts = options();
    m_report.reset();
    m_error.clear();
    m_run->start(job(opts), tr("Importing %1 …").arg(QFileInfo(opts.source).fileName()));
    return true;
}

void BaseImportDialog::cancelImport()
{
    m_run->cancel();
}

bool BaseImportDialog::isRunning() const
{
    return m_run->isRunning();
}

QProgressBar *BaseImportDialog::progressBar() const
{
    return m_run->progressBar();
}

void BaseImportDialog::onSucceeded(const ImportReport &report)
{
    m_report = report;
    m_run->setText(successText(report) + QStringLiteral("\n\n") + report.toText());
    emit importFinished(report);
    emit importEnded(true);
}

void BaseImportDialog::onFailed(const QString &error, bool cancelled)
{
    m_error = error;
    if (cancelled)
        m_run->setText(tr("Import cancelled. The cache is unchanged."));
    else
        m_run->showFailure(tr("Import failed"), failureText(error));
    emit importEnded(false);
}

} // namespace zhili
