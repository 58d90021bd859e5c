#pragma once

#include "desktop/importrunbox.h"
#include "io/importoptions.h"
#include "io/importreport.h"

#include <QDialog>
#include <optional>

class QProgressBar;
class QVBoxLayout;

namespace zhili {

class ImportSourceBox;

/// What the import dialogs (parcels, district boundaries) have in common: the source box on top (file,
/// layer, encoding, CRS), the run box at the bottom (progress, report, Import / Cancel / Close), and one
/// import at a time, run off the GUI thread by core's importer in its own transaction: after a failure or a
/// cancel the cache is unchanged. A subclass adds its own rows between them and says what to run and how to
/// report.
class BaseImportDialog : public QDialog {
    Q_OBJECT
public:
    ~BaseImportDialog() override; ///< a running import is cancelled and its rollback awaited

    /// Inspects a file (and fills every row); false with the message shown when it cannot be read.
    bool setSource(const QString &path);
    /// The options the import will run with (as the dialog's fields describe them).
    virtual ImportOptions options() const = 0;
    /// Starts the import in a worker thread; returns at once (false while one runs or no file is loaded).
    bool startImport();
    /// Asks the running import to stop (it rolls back).
    void cancelImport();
    bool isRunning() const;

    /// The report of the last successful import.
    const std::optional<ImportReport> &report() const { return m_report; }
    /// The last error message (also shown in an error box), empty after success.
    QString lastError() const { return m_error; }
    QProgressBar *progressBar() const;

signals:
    /// The import committed: reload the cache (map, table, districts).
    void importFinished(const zhili::ImportReport &report);
    /// Emitted when an import ends either way (after importFinished on success).
    void importEnded(bool ok);

protected:
    /// `cachePath`: the cache to import into; `userName` is checked and recorded as the importer does.
    /// `chooseCaption`, `fileFilter`, `placeholder`: the source box's file row.
    BaseImportDialog(const QString &cachePath, const QString &userName, const QString &chooseCaption,
                     const QString &fileFilter, const QString &placeholder, QWidget *parent);

    /// Adds the run box below what the subclass added to mainLayout() (call last in its constructor).
    void addRunBox();
    /// The import to run in the worker thread with these options.
    virtual ImportRunBox::Job job(const ImportOptions &options) const = 0;
    /// The report text after a successful import.
    virtual QString successText(const ImportReport &report) const = 0;
    /// The error text after a failed import; `error` says why.
    virtual QString failureText(const QString &error) const = 0;

    QVBoxLayout *mainLayout() const { return m_layout; }
    ImportSourceBox *sourceBox() const { return m_sourceBox; }
    ImportRunBox *runBox() const { return m_run; }
    const QString &cachePath() const { return m_cachePath; }
    const QString &userName() const { return m_user; }
    void setLastError(const QString &message) { m_error = message; }

private:
    void onSucceeded(const ImportReport &report);
    void onFailed(const QString &error, bool cancelled);

    QString m_cachePath;
    QString m_user;
    std::optional<ImportReport> m_report;
    QString m_error;
    QVBoxLayout *m_layout = nullptr;
    ImportSourceBox *m_sourceBox = nullptr;
    ImportRunBox *m_run = nullptr;
};

} // namespace zhili
