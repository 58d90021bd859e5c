#pragma once

#include <QObject>
#include <functional>

class QDockWidget;

namespace zhili {

/// A dock's refresh put off while the dock is hidden, for work that keeps a core busy (the chain analysis,
/// the indicator report): postpone() notes that the figures are old, and the refresh runs when the dock is
/// shown again.
class RefreshWhenShown : public QObject {
    Q_OBJECT
public:
    /// `refresh` is called when `dock` is shown while a refresh waits.
    RefreshWhenShown(QDockWidget *dock, std::function<void()> refresh);

    /// True when there is `work` and the dock is hidden: the refresh then waits for the dock to be shown,
    /// and the caller skips the work now. False (nothing waits) otherwise.
    bool postpone(bool work = true);
    /// A refresh waits for the dock to be shown.
    bool isPending() const { return m_pending; }

private:
    QDockWidget *m_dock;
    bool m_pending = false;
};

} // namespace zhili
