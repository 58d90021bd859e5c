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
    /// Whether a chain is still being worked out on a worker.
    bool isDrawing() const { return m_running > 0; }

public slots:
    /// Draws `chain` of `ecosystem` (a key) on the map's chain layer, in the district chooser's scope; an
    /// empty chain hides the layer at once. The chain is worked out on a worker with its own read-only
    /// connection, so the window stays responsive; a result for a chain no longer chosen is dropped.
    void showChain(const QString &ecosystem, const QString &chain);

signals:
    /// The chain last asked for is on the map (or its error in the status bar).
    void chainShown();

private:
    MainWindow *m_window;
    ChainsDock *m_dock;
    QString m_ecosystem;
    QString m_chain;
    quint64 m_generation = 0; ///< of the newest showChain(); older results are dropped
    int m_running = 0;
};

} // namespace zhili
