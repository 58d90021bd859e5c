#pragma once

#include "edit/editrecord.h"
#include "edit/user.h"

#include <QList>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace zhili {

class ParcelEditor;

/// One undo step for an edit that ParcelEditor already committed (one parcel, a selection or a CSV batch).
///
/// The first redo() (QUndoStack::push calls it) does nothing because the edit is already in the cache;
/// undo() = ParcelEditor::revert, later redo() = ParcelEditor::reapply, each one transaction with its audit
/// rows. Failures (the parcel changed since, rights withdrawn…) are reported through the error callback and
/// leave the command marked obsolete so the stack drops it; they are never swallowed.
class AssignParcelsCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString &message)>;
    using ChangedHandler = std::function<void(const QList<qint64> &fids)>;

    /// `editor` must outlive the command (the undo stack is cleared when the cache closes).
    AssignParcelsCommand(ParcelEditor &editor, User user, EditRecord record, QUndoCommand *parent = nullptr);

    /// Called with a message for people when undo/redo fails.
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }
    /// Called with the changed parcel fids after each successful undo/redo (to redraw only those).
    void setChangedHandler(ChangedHandler handler) { m_onChanged = std::move(handler); }

    void undo() override;
    void redo() override;

    const EditRecord &record() const { return m_record; }
    /// Whether the last undo/redo failed (then the cache holds what it held before that attempt).
    bool failed() const { return m_failed; }
    QString lastError() const { return m_lastError; }

    /// "生物医药 → 3 个地块 / assign bio to 3 parcels" style text for the Edit menu.
    static QString describe(const EditRecord &record);

private:
    void report(const QString &message);

    ParcelEditor &m_editor;
    User m_user;
    EditRecord m_record;
    bool m_firstRedo = true;
    bool m_failed = false;
    QString m_lastError;
    ErrorHandler m_onError;
    ChangedHandler m_onChanged;
};

} // namespace zhili
