#pragma once

#include "desktop/appsettings.h"

#include <QMainWindow>
#include <array>

class QActionGroup;
class QLabel;
class QStackedWidget;

namespace zhili {

class AttributeTableDock;
class CacheSession;
class DistrictChooser;
class ParcelEditorDock;
class IdentifyPanel;
class IdentifyTool;
class LayerPanel;
class MapCanvas;
class MapStatusWidget;
class PanTool;
class SelectTool;
class UserGuideWindow;
class WelcomePanel;

/// The main window: map canvas in the centre, docks around it, menus, tool bars and the status bar.
/// It only wires parts together; each dock, tool and dialog is its own class.
///
/// Hooks for other parts of the app (attribute table, editor, dialogs …):
///  - session(): the open cache, map scene, selection, undo stack and user — talk to it, not to other docks;
///  - addDock(): puts a dock in the window and its toggle in View ▸ Panels (layout saved with the window);
///  - menu(Menu) / toolBar(ToolBar): add actions where they belong.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Selection, Help };
    enum class ToolBar { File, Navigation, Tools };
    static constexpr std::size_t kMenuCount = 5;
    static constexpr std::size_t kToolBarCount = 3;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a cache; throws zhili::Error with a message for people (the window shows the previous cache on
    /// failure).
    void openCache(const QString &path);
    /// Like openCache() but reports failure in a dialog; returns whether it worked.
    bool openCacheWithDialog(const QString &path);

    /// Sets the acting user of the open cache by UserDirectory::resolve(name) (empty = $ZHILI_USER or the OS
    /// login). A user with a password must give it: `interactive` asks in the user chooser, otherwise no
    /// user is set. Returns the error message for people, empty on success; `interactive` also shows it in
    /// a dialog.
    QString resolveUser(const QString &name, bool interactive);

    CacheSession *session() const { return m_session; }
    MapCanvas *canvas() const { return m_canvas; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyPanel *identifyPanel() const { return m_identifyPanel; }
    MapStatusWidget *statusWidget() const { return m_statusWidget; }
    AttributeTableDock *attributeTable() const { return m_attributeTable; }
    ParcelEditorDock *parcelEditor() const { return m_parcelEditor; }
    DistrictChooser *districtChooser() const { return m_districtChooser; }

    /// Adds a dock (give it an objectName: the saved layout is keyed by it) and lists it in View ▸ Panels.
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    QMenu *menu(Menu which) const;
    QToolBar *toolBar(ToolBar which) const;

    /// Restores the saved window geometry and dock layout (call after every dock was added).
    void restoreLayout();

    /// The actions tests and other parts trigger by name.
    QAction *panAction() const { return m_panAction; }
    QAction *identifyAction() const { return m_identifyAction; }
    QAction *selectAction() const { return m_selectAction; }
    IdentifyTool *identifyTool() const { return m_identifyTool; }
    QAction *newCacheAction() const { return m_newAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *userGuideAction() const { return m_userGuideAction; }
    /// What the map area shows while no cache is open.
    WelcomePanel *welcomePanel() const { return m_welcome; }
    /// The user guide window once Help ▸ User guide opened it (null before).
    UserGuideWindow *userGuide() const { return m_userGuide; }

public slots:
    void openCacheDialog();
    /// File ▸ New cache: makes an empty cache (NewCacheDialog) and opens it.
    void newCacheDialog();
    void showUserGuide();
    void selectByFilter();
    void zoomToSelection();
    /// Zooms the map to one parcel (unknown fids: nothing happens).
    void zoomToParcel(qint64 fid);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QMenu *addMainMenu(Menu which, const QString &title);
    QToolBar *addMainToolBar(ToolBar which, const QString &title, const QString &objectName);
    void createMenus();
    void createLanguageMenu(QMenu *language);
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void connectSession();
    void onCacheOpened();
    void onCacheClosing();
    void updateRecentMenu();
    void updateSelectionStatus();
    void updateUserStatus();
    void updateActions();
    /// The map when a cache is open, the welcome panel's next steps otherwise.
    void showCanvasOrWelcome();
    /// Shows a parcel in Identify and the editor and outlines it on the map (fid <= 0: none).
    void identifyParcel(qint64 fid);
    void setLanguage(const QString &language);
    void about();

    AppSettings m_settings;
    CacheSession *m_session;
    MapCanvas *m_canvas;
    QStackedWidget *m_centre = nullptr; ///< the canvas, or the welcome panel while no cache is open
    WelcomePanel *m_welcome = nullptr;
    UserGuideWindow *m_userGuide = nullptr;
    LayerPanel *m_layerPanel = nullptr;
    IdentifyPanel *m_identifyPanel = nullptr;
    AttributeTableDock *m_attributeTable = nullptr;
    ParcelEditorDock *m_parcelEditor = nullptr;
    MapStatusWidget *m_statusWidget = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    DistrictChooser *m_districtChooser = nullptr;

    PanTool *m_panTool;
    IdentifyTool *m_identifyTool;
    SelectTool *m_selectTool;

    std::array<QMenu *, kMenuCount> m_menus{};          ///< by Menu
    std::array<QToolBar *, kToolBarCount> m_toolBars{}; ///< by ToolBar
    QMenu *m_recentMenu = nullptr;
    QMenu *m_districtMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_toolBarsMenu = nullptr;

    QActionGroup *m_toolGroup = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_panAction = nullptr;
    QAction *m_identifyAction = nullptr;
    QAction *m_selectAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFullAction = nullptr;
    QAction *m_zoomSelectionAction = nullptr;
    QAction *m_previousExtentAction = nullptr;
    QAction *m_nextExtentAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_selectByFilterAction = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_userGuideAction = nullptr;
};

} // namespace zhili
