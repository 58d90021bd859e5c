#pragma once

#include "desktop/runcontrols.h"
#include "io/importreport.h"
#include "util/taskprogress.h"

#include <QWidget>
#include <functional>

class QPlainTextEdit;

namespace zhili {

/// The running half of an import dialog (parcels, district boundaries): progress bar, report text and the
/// Import / Cancel import / Close buttons (RunControls). It runs the import off the GUI thread; Cancel makes
/// the progress callback stop it, and core's importers then roll back. Import is never a default button:
/// Enter anywhere in the dialog must not start it.
class ImportRunBox : public QWidget {
    Q_OBJECT
public:
    using Job = std::function<ImportReport(const TaskProgress &)>;

    explicit ImportRunBox(QWidget *parent = nullptr);
    ~ImportRunBox() override; ///< cancels a running import and waits for its rollback

    /// Whether the dialog's fields allow an import (Import is enabled when also nothing runs).
    void setReady(bool ready);
    void setText(const QString &text);
    void appendText(const QString &text);
    /// Starts `job` in a worker thread, showing `message`.
    void start(Job job, const QString &message);
    void cancel();
    bool isRunning() const { return m_run->isRunning(); }
    QProgressBar *progressBar() const { return m_run->progressBar(); }

    /// Shows a failure: the report text, and an error box (open(), so neither the dialog nor a test blocks).
    void showFailure(const QString &title, const QString &text);

signals:
    void importRequested();
    void closeRequested();
    /// A run started or ended (the dialog disables what must not change meanwhile).
    void runningChanged(bool running);
    void succeeded(const zhili::ImportReport &report);
    /// `cancelled`: stopped by Cancel; otherwise `error` says why. Either way the cache is unchanged.
    void failed(const QString &error, bool cancelled);

private:
    void onFinished();

    RunControls *m_run = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace zhili
