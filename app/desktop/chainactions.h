#pragma once

#include <QObject>
#include <QString>

namespace zhili {

class ChainsDock;
class MainWindow;

/// The window's side of the industrial chains: the Chains panel under the layers (View ▸ Panels,
/// Ctrl+Shift+L, its place kept with the window's layout), fed by the session (cache, user, edits) and the
/// district chooser; a link chosen in it selects its enterprises' parcels through the session, and the chain
/// chosen is drawn on the map by the chain layer.
class ChainActions : public QObject {
    Q_OBJECT
public:
    explicit ChainActions(MainWindow *window);

    ChainsDock *dock() const { return m_dock; }

public slots:
    /// Draws `chain` of `ecosystem` (a key) on the map's chain layer, in the district chooser's scope; an
    /// empty chain hides the layer.
    void showChain(const QString &ecosystem, const QString &chain);

private:
    MainWindow *m_window;
    ChainsDock *m_dock;
    QString m_ecosystem;
    QString m_chain;
};

} // namespace zhili
