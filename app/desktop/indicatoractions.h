#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace zhili {

class DashboardDock;
class IndicatorOverlays;
class MainWindow;
class TargetsDock;

/// The window's Indicators menu and what hangs off it: the targets and key-districts editor, the dashboard
/// (kept up to date after edits, computed off the GUI thread), and the indicator overlays of the map canvas
/// listed in the layer panel. Kept out of MainWindow so the window only wires parts together.
class IndicatorActions : public QObject {
    Q_OBJECT
public:
    /// Adds the Indicators menu (before Help), the targets dock, and the overlays to `window`; `dashboard` is
    /// the dock WorkflowActions made.
    IndicatorActions(MainWindow *window, DashboardDock *dashboard);

    TargetsDock *targetsDock() const { return m_targets; }
    IndicatorOverlays *overlays() const { return m_overlays; }
    QMenu *menu() const { return m_menu; }
    QAction *targetsAction() const { return m_targetsAction; }

public Q_SLOTS:
    /// Shows and raises the targets editor.
    void editTargets();

private:
    void onOpened();
    void onTargetsChanged();
    void updateActions();

    MainWindow *m_window;
    DashboardDock *m_dashboard;
    TargetsDock *m_targets = nullptr;
    IndicatorOverlays *m_overlays = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_targetsAction = nullptr;
    QAction *m_achievementAction = nullptr;
    QAction *m_classesAction = nullptr;
};

} // namespace zhili
