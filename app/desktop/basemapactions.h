#pragma once

#include <QObject>

class QAction;

namespace zhili {

class MainWindow;
struct BasemapSource;

/// File ▸ Add basemap… and Remove basemap: puts the chosen source under the map of the open cache, saves it
/// with the cache's layer styles (and as the last basemap in the settings), and warns in a dialog when its
/// tiles are in GCJ-02 — also when a cache opens with such a basemap.
class BasemapActions : public QObject {
    Q_OBJECT
public:
    explicit BasemapActions(MainWindow *window);

    QAction *addAction() const { return m_addAction; }
    QAction *removeAction() const { return m_removeAction; }

    /// Sets `source` as the basemap; false (after telling the user) when it cannot be opened.
    bool apply(const BasemapSource &source);

public Q_SLOTS:
    void addBasemap();
    void removeBasemap();

private:
    void saveStyles();
    /// The GCJ-02 warning for the open cache's basemap, as a window-modal message box (none when fine).
    void warnIfGcj02();
    void updateActions();

    MainWindow *m_window;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
};

} // namespace zhili
