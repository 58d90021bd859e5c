#pragma once

#include <QObject>

namespace zhili {

class ChainsDock;
class MainWindow;

/// The window's side of the industrial chains: the Chains panel under the layers (View ▸ Panels,
/// Ctrl+Shift+L, its place kept with the window's layout), fed by the session (cache, user, edits) and the
/// district chooser; a link chosen in it selects its enterprises' parcels through the session.
class ChainActions : public QObject {
    Q_OBJECT
public:
    explicit ChainActions(MainWindow *window);

    ChainsDock *dock() const { return m_dock; }

private:
    MainWindow *m_window;
    ChainsDock *m_dock;
};

} // namespace zhili
