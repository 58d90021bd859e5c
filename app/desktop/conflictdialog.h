#pragma once

#include "cache/syncconflictstore.h"
#include "edit/user.h"
#include "sync/conflictresolver.h"

#include <QDialog>
#include <QList>
#include <optional>

class QLabel;
class QTableWidget;

namespace zhili {

class GeoPackageCache;
class ParcelEditor;

/// The open conflicts of a connected cache, one row per field: base / mine / theirs with who and when, and
/// per row "take mine" (a new edit, sent at the next sync) or "take theirs" (the server's value stays). A
/// coupled group (the allocations of one parcel) is taken as a whole from any of its rows.
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Parcel, Field, Base, Mine, Theirs, Why, Actions, ColumnCount };

    /// `editor` null (read-only cache) or no `user`: only theirs can be taken.
    ConflictDialog(GeoPackageCache &cache, ParcelEditor *editor, const std::optional<User> &user,
                   QWidget *parent = nullptr);

    int rowCount() const;
    QString cellText(int row, Column column) const;
    /// Resolves the conflict of `row` (and the rest of its group). False when refused: the reason is shown
    /// in a message box and in lastError().
    bool take(int row, ConflictResolver::Take take);
    const QString &lastError() const { return m_lastError; }

signals:
    /// Taking mine changed these parcels (through the same path as any edit).
    void parcelsChanged(const QList<qint64> &fids);
    /// Some conflict was resolved: counts elsewhere are out of date.
    void conflictsResolved();
    /// Taking mine of a re-import's conflict put my shape back or removed the parcel again.
    void parcelsReshaped();

private:
    void reload();
    QString reasonText(const SyncConflict &c) const;

    GeoPackageCache &m_cache;
    ParcelEditor *m_editor;
    std::optional<User> m_user;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<SyncConflict> m_rows;
    QString m_lastError;
};

} // namespace zhili
