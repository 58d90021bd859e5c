#pragma once

#include "cli/interruption.h"
#include "io/importoptions.h"
#include "util/taskprogress.h"

#include <QCommandLineParser>

namespace zhili {
struct ImportReport;
}

namespace zhili::cli {

/// Shared by the import commands: a progress bar on stderr when it is a terminal, and Ctrl-C (SIGINT/SIGTERM)
/// turned into a cancel through the progress callback, so the import rolls back cleanly.
class ImportProgressBar {
public:
    explicit ImportProgressBar(bool show);
    ~ImportProgressBar();
    /// The import's progress: draws the bar; Ctrl-C cancels it.
    TaskProgress task();
    void finish();

private:
    CancellableScope m_cancellable; // Ctrl-C rolls the import back instead of ending the process
    bool m_show = false;
    int m_lastPercent = -1;
};

/// Options common to both import commands (FILE, --cache, --layer, --encoding, --crs, --user, --quiet,
/// --json).
void addCommonImportOptions(QCommandLineParser &parser);
/// Prints the report: JSON with --json, nothing with --quiet, else the human-readable text.
void printImportReport(const QCommandLineParser &parser, const ImportReport &report);

} // namespace zhili::cli
