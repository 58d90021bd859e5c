#include "desktop/cacheeditcommand.h"

#include "util/error.h"

#include <QUndoStack>

namespace zhili {

CacheEditCommand::CacheEditCommand(User user, QUndoCommand *parent)
    : QUndoCommand(parent), m_user(std::move(user))
{
}

void CacheEditCommand::redo()
{
    run(m_done ? Step::Redo : Step::Do);
    m_done = true;
}

void CacheEditCommand::undo()
{
    run(Step::Undo);
}

void CacheEditCommand::run(Step step)
{
    try {
        change(step);
        m_failed = false;
        m_lastError.clear();
    } catch (const Error &e) {
        m_failed = true;
        m_lastError = e.message();
        // QUndoStack drops obsolete commands (push deletes one at once).
        setObsolete(true);
        if (step == Step::Do && m_firstFailure)
            *m_firstFailure = std::current_exception();
        else if (m_onError)
            m_onError(e.message());
        else
            qWarning("%s: %s", qPrintable(text()), qPrintable(e.message()));
    }
}

void CacheEditCommand::push(QUndoStack *stack, CacheEditCommand *command)
{
    std::exception_ptr failure;
    command->m_firstFailure = &failure;
    if (stack) {
        stack->push(command); // deletes the command when it is obsolete after its redo()
    } else {
        command->redo();
        delete command;
    }
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace zhili
