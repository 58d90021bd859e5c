#pragma once

#include "desktop/cacheeditcommand.h"
#include "edit/editrecord.h"
#include "edit/user.h"

#include <QList>
#include <QString>
#include <functional>

namespace zhili {

class ParcelEditor;

/// One undo step for an edit of parcels (one parcel, a selection or a CSV batch); see CacheEditCommand.
///
/// The first redo() runs the edit given to the constructor (ParcelEditor::apply, BatchAssignment::apply …)
/// and keeps its EditRecord; undo() = ParcelEditor::revert, later redo() = ParcelEditor::reapply.
class AssignParcelsCommand : public CacheEditCommand {
public:
    /// Makes the edit as `user` and returns what changed; throws zhili::Error, changing nothing.
    using Edit = std::function<EditRecord(const User &user)>;
    using ChangedHandler = std::function<void(const QList<qint64> &fids)>;

    /// `editor` must outlive the command (the undo stack is cleared when the cache closes).
    AssignParcelsCommand(ParcelEditor &editor, User user, Edit edit, QUndoCommand *parent = nullptr);

    /// Called with the changed parcel fids after each successful undo/redo (to redraw only those).
    void setChangedHandler(ChangedHandler handler) { m_onChanged = std::move(handler); }

    /// What the edit changed (empty before the first redo()).
    const EditRecord &record() const { return m_record; }

    /// "生物医药 → 3 个地块 / assign bio to 3 parcels" style text for the Edit menu.
    static QString describe(const EditRecord &record);

protected:
    void change(Step step) override;

private:
    ParcelEditor &m_editor;
    Edit m_edit;
    EditRecord m_record;
    ChangedHandler m_onChanged;
};

} // namespace zhili
