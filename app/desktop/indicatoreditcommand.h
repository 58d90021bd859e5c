#pragma once

#include "desktop/cacheeditcommand.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace zhili {

class GeoPackageCache;

/// Base of the undo steps for indicator data (targets, key districts) written through IndicatorStore; see
/// CacheEditCommand. The first redo() writes with the audit action "set", later ones "undo" / "redo".
class IndicatorEditCommand : public CacheEditCommand {
public:
    /// Called after each successful undo/redo (the editor reloads, the dashboard refreshes).
    void setChangedHandler(std::function<void()> handler) { m_onChanged = std::move(handler); }

protected:
    /// `cache` must outlive the command (the undo stack is cleared when the cache closes).
    IndicatorEditCommand(GeoPackageCache &cache, User user, QUndoCommand *parent);
    /// Writes the state before (`undo` true) or after the change as user(); throws zhili::Error.
    virtual void write(bool undo, const QString &action) = 0;
    GeoPackageCache &cache() const { return m_cache; }

private:
    void change(Step step) final;

    GeoPackageCache &m_cache;
    std::function<void()> m_onChanged;
};

} // namespace zhili
