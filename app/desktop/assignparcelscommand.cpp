#include "desktop/assignparcelscommand.h"

#include "edit/parceleditor.h"
#include "model/ecosystem.h"
#include "util/error.h"

#include <QCoreApplication>

namespace zhili {

AssignParcelsCommand::AssignParcelsCommand(ParcelEditor &editor, User user, EditRecord record,
                                           QUndoCommand *parent)
    : QUndoCommand(describe(record), parent), m_editor(editor), m_user(std::move(user)),
      m_record(std::move(record))
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
                .arg(e ? e->nameZh : QCoreApplication::translate("AssignParcelsCommand", "unassigned"),
                     c.code);
        }
        return QCoreApplication::translate("AssignParcelsCommand", "Edit parcel %1").arg(c.code);
    }
    return QCoreApplication::translate("AssignParcelsCommand", "Edit %n parcel(s)", nullptr, int(n));
}

void AssignParcelsCommand::report(const QString &message)
{
    m_failed = true;
    m_lastError = message;
    // The stack must not replay a step whose state is unknown to it; QUndoStack drops obsolete commands.
    setObsolete(true);
    if (m_onError)
        m_onError(message);
    else
        qWarning("AssignParcelsCommand: %s", qPrintable(message));
}

void AssignParcelsCommand::redo()
{
    if (m_firstRedo) {
        // ParcelEditor::apply already committed this edit before the command was pushed.
        m_firstRedo = false;
        return;
    }
    try {
        const EditRecord done = m_editor.reapply(m_user, m_record);
        m_failed = false;
        if (m_onChanged)
            m_onChanged(done.fids());
    } catch (const Error &e) {
        report(e.message());
    }
}

void AssignParcelsCommand::undo()
{
    try {
        const EditRecord done = m_editor.revert(m_user, m_record);
        m_failed = false;
        if (m_onChanged)
            m_onChanged(done.fids());
    } catch (const Error &e) {
        report(e.message());
    }
}

} // namespace zhili
