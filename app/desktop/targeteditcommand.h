#pragma once

#include "edit/user.h"
#include "indicators/indicatorstore.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>
#include <functional>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// One undo step for target edits that IndicatorStore::applyTargetEdits already committed (a new target, a
/// changed figure, a move to another district, a deletion).
///
/// The first redo() (QUndoStack::push calls it) does nothing: the edit is already in the cache. undo()
/// applies the reversed edits, later redo() the edits again, each one transaction with its audit rows (action
/// "undo" / "redo"), as the user acting at that moment: an officer cannot undo a planner's target. A failure
/// (refused, or the row changed since) goes to the error handler and marks the command obsolete.
class TargetEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TargetEditCommand)
public:
    using UserProvider = std::function<std::optional<User>()>;
    using Handler = std::function<void(const QString &message)>;

    /// `cache` must outlive the command (the undo stack is cleared when the cache closes).
    TargetEditCommand(GeoPackageCache &cache, UserProvider user, QList<TargetEdit> edits,
                      QUndoCommand *parent = nullptr);

    /// Called after each successful undo/redo (the editor reloads, the dashboard refreshes).
    void setChangedHandler(std::function<void()> handler) { m_onChanged = std::move(handler); }
    void setErrorHandler(Handler handler) { m_onError = std::move(handler); }

    void undo() override;
    void redo() override;

    const QList<TargetEdit> &edits() const { return m_edits; }
    /// "Edit target 2025 生物医药 西湖区" style text for the Edit menu.
    static QString describe(const QList<TargetEdit> &edits);

private:
    void apply(const QList<TargetEdit> &edits, const QString &action);

    GeoPackageCache &m_cache;
    UserProvider m_user;
    QList<TargetEdit> m_edits;
    bool m_firstRedo = true;
    std::function<void()> m_onChanged;
    Handler m_onError;
};

} // namespace zhili
