#pragma once

#include <QObject>

class QAction;

namespace zhili {

class DashboardDock;
class MainWindow;

/// The window's workflows beyond viewing: import (parcels, district boundaries), choose user, batch
/// assignment, snapshot export and the indicator dashboard. Kept out of MainWindow so the window only wires
/// parts together.
class WorkflowActions : public QObject {
    Q_OBJECT
public:
    /// Adds its actions to the window's menus and its dashboard dock to the window.
    explicit WorkflowActions(MainWindow *window);

    DashboardDock *dashboard() const { return m_dashboard; }

public Q_SLOTS:
    void importParcels();
    void importDistricts();
    void chooseUser();
    void batchAssign();
    void exportSnapshot();

private:
    void updateActions();

    MainWindow *m_window;
    DashboardDock *m_dashboard = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_districtsAction = nullptr;
    QAction *m_userAction = nullptr;
    QAction *m_batchAction = nullptr;
    QAction *m_snapshotAction = nullptr;
};

} // namespace zhili
