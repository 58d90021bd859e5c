#pragma once

#include "edit/user.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// Base of the undo steps for indicator data (targets, key districts) that IndicatorStore has already
/// committed when the step is pushed.
///
/// The first redo() (QUndoStack::push calls it) does nothing. Later undo()/redo() write again through the
/// subclass's write(), one transaction with its audit rows (action "undo" / "redo"), as the user acting at
/// that moment: an officer cannot undo a planner's change. A failure (refused, or the rows changed since)
/// goes to the error handler and marks the step obsolete, so the stack never replays a state it no longer
/// knows.
class IndicatorEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(IndicatorEditCommand)
public:
    using UserProvider = std::function<std::optional<User>()>;
    using Handler = std::function<void(const QString &message)>;

    /// Called after each successful undo/redo (the editor reloads, the dashboard refreshes).
    void setChangedHandler(std::function<void()> handler) { m_onChanged = std::move(handler); }
    void setErrorHandler(Handler handler) { m_onError = std::move(handler); }

    void undo() final;
    void redo() final;

protected:
    /// `cache` must outlive the command (the undo stack is cleared when the cache closes).
    IndicatorEditCommand(GeoPackageCache &cache, UserProvider user, QUndoCommand *parent);
    /// Writes the state before (`undo` true) or after the change as `user`; throws zhili::Error.
    virtual void write(const User &user, bool undo, const QString &action) = 0;
    GeoPackageCache &cache() const { return m_cache; }

private:
    void apply(bool undo);

    GeoPackageCache &m_cache;
    UserProvider m_user;
    bool m_firstRedo = true;
    std::function<void()> m_onChanged;
    Handler m_onError;
};

} // namespace zhili
