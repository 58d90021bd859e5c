#pragma once

#include <QObject>

class QAction;

namespace zhili {

class MainWindow;

/// File ▸ Export parcels… and the attribute table's "Export selection…": both open the ExportDialog on the
/// open cache, the second with the selection chosen.
class ParcelExportActions : public QObject {
    Q_OBJECT
public:
    explicit ParcelExportActions(MainWindow *window);

    QAction *exportAction() const { return m_exportAction; }

public Q_SLOTS:
    /// Opens the dialog; `selectionOnly` starts it on the selection (when there is one).
    void exportParcels(bool selectionOnly = false);

private:
    MainWindow *m_window;
    QAction *m_exportAction = nullptr;
};

} // namespace zhili
