#pragma once

#include "edit/batchassignment.h"
#include "edit/user.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace zhili {

class PathField;

class GeoPackageCache;
class ParcelEditor;

/// Batch assignment from a CSV (parcel code → fields): shows what will change (old → new) and every row that
/// does not match (line + reason), both from core's BatchAssignment::preview. Apply is all-or-nothing and
/// disabled while any bad row exists; it commits one transaction and pushes one undo step.
class BatchAssignDialog : public QDialog {
    Q_OBJECT
public:
    /// `editor` and `undoStack` are the window's (the editor must outlive the stack's commands).
    BatchAssignDialog(GeoPackageCache &cache, ParcelEditor &editor, QUndoStack *undoStack, const User &user,
                      QWidget *parent = nullptr);
    ~BatchAssignDialog() override;

    /// Reads and checks a CSV (nothing is written); fills the preview. Returns false when the file could not
    /// be read at all (the message is shown in the dialog).
    bool loadCsv(const QString &path);
    /// The last preview; nullopt before a file was read.
    const std::optional<BatchPreview> &preview() const { return m_preview; }
    /// Rows of the "will change" table (one per changed field) and of the "bad rows" table.
    QTableWidget *changesTable() const { return m_changes; }
    QTableWidget *problemsTable() const { return m_problems; }
    QPushButton *applyButton() const { return m_apply; }
    /// The message shown above the tables (summary or error).
    QString summaryText() const;

    /// Called with the changed fids after undo/redo of the batch, when the dialog may be gone (e.g.
    /// CacheSession::notifyParcelsChanged). Without it the dialog's parcelsChanged signal is used.
    void setChangedHandler(std::function<void(const QList<qint64> &)> handler)
    {
        m_onChanged = std::move(handler);
    }

public slots:
    /// Commits the batch; returns false (message shown, nothing changed) when core refuses.
    bool apply();

signals:
    /// After a successful apply (and after undo/redo of it): the parcels to redraw.
    void parcelsChanged(const QList<qint64> &fids);

private slots:
    void browse();

private:
    void showPreview();

    GeoPackageCache &m_cache;
    ParcelEditor &m_editor;
    QPointer<QUndoStack> m_undo;
    User m_user;
    std::optional<BatchPreview> m_preview;
    std::function<void(const QList<qint64> &)> m_onChanged;

    PathField *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_changes = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace zhili
