#include "desktop/assignparcelscommand.h"

#include "edit/parceleditor.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"

#include <QCoreApplication>

namespace zhili {

AssignParcelsCommand::AssignParcelsCommand(ParcelEditor &editor, User user, Edit edit, QUndoCommand *parent)
    : CacheEditCommand(std::move(user), parent), m_editor(editor), m_edit(std::move(edit))
{
}

QString AssignParcelsCommand::describe(const EditRecord &record)
{
    const qsizetype n = record.changes.size();
    if (record.action == QLatin1String("batch"))
        return QCoreApplication::translate("AssignParcelsCommand", "Batch assignment (%n parcel(s))", nullptr,
                                           int(n));
    if (n == 1) {
        const ParcelChange &c = record.changes.first();
        if (c.before.ecosystem != c.after.ecosystem) {
            const Ecosystem *e = findEcosystem(c.after.ecosystem);
            return QCoreApplication::translate("AssignParcelsCommand", "Assign %1 to %2")
                .arg(e ? DisplayNames::of(*e)
                       : QCoreApplication::translate("AssignParcelsCommand", "unassigned"),
                     c.code);
        }
        return QCoreApplication::translate("AssignParcelsCommand", "Edit parcel %1").arg(c.code);
    }
    return QCoreApplication::translate("AssignParcelsCommand", "Edit %n parcel(s)", nullptr, int(n));
}

void AssignParcelsCommand::change(Step step)
{
    if (step == Step::Do) {
        m_record = m_edit(user());
        m_edit = nullptr; // runs once; it may refer to the caller's locals
        setText(describe(m_record));
        if (m_record.isEmpty())
            setObsolete(true); // nothing changed, nothing to undo: the stack drops the step
        return;
    }
    const EditRecord done =
        step == Step::Undo ? m_editor.revert(user(), m_record) : m_editor.reapply(user(), m_record);
    if (m_onChanged)
        m_onChanged(done.fids());
}

} // namespace zhili
