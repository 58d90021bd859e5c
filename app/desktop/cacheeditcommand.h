#pragma once

#include "edit/user.h"

#include <QString>
#include <QUndoCommand>
#include <exception>
#include <functional>

class QUndoStack;

namespace zhili {

/// Base of the desktop's undo steps for edits of the cache (parcels, targets, key districts).
///
/// redo() makes the change — the first time too (QUndoStack::push calls it) — and undo() takes it back,
/// each through the subclass's change(): one transaction with its audit rows, as the user fixed when the
/// command was made (switching users later does not change who undoes). A failure (refused, or the rows
/// changed since) leaves the cache as it was, goes to the error handler and marks the step obsolete, so the
/// stack drops it and never replays a state it no longer knows.
class CacheEditCommand : public QUndoCommand {
public:
    using ErrorHandler = std::function<void(const QString &message)>;

    /// Called with a message for people when undo/redo fails.
    void setErrorHandler(ErrorHandler handler) { m_onError = std::move(handler); }

    void undo() final;
    void redo() final;

    const User &user() const { return m_user; }
    /// Whether the last change failed (then the cache holds what it held before that attempt).
    bool failed() const { return m_failed; }
    QString lastError() const { return m_lastError; }

    /// Makes the change of a new command: pushes it onto `stack` (push runs redo()), or without a stack
    /// runs it once and deletes it. When that first change fails, the command is deleted and its
    /// zhili::Error is rethrown as thrown (ValidationError, PermissionDenied …) for the caller to show
    /// where it belongs, instead of going to the error handler.
    static void push(QUndoStack *stack, CacheEditCommand *command);

protected:
    CacheEditCommand(User user, QUndoCommand *parent);

    enum class Step {
        Do,   ///< the first redo(): the edit as asked
        Undo, ///< back to the state before
        Redo, ///< the edit again after an undo
    };
    /// Makes `step` as user(); throws zhili::Error and then changes nothing.
    virtual void change(Step step) = 0;

private:
    void run(Step step);

    User m_user;
    bool m_done = false;
    bool m_failed = false;
    QString m_lastError;
    ErrorHandler m_onError;
    std::exception_ptr *m_firstFailure = nullptr; // set by push(): where an error of Step::Do goes
};

} // namespace zhili
