#pragma once

#include "edit/user.h"
#include "geometry/envelope.h"
#include "util/taskprogress.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace zhili {

class GeoPackageCache;
class MapScene;
class ParcelEditor;

/// The open cache and everything that belongs to it in the window: the map scene (layers, styles, image
/// cache), the parcel selection, the undo stack and the acting user. Docks and dialogs talk to the session,
/// not to each other: an edit calls notifyParcelsChanged(), a table or the map calls setSelection().
class CacheSession : public QObject {
    Q_OBJECT
public:
    /// How setSelection() combines the new fids with the current selection.
    enum class SelectMode { Replace, Add, Toggle, Remove };

    explicit CacheSession(QObject *parent = nullptr);
    ~CacheSession() override;

    /// From this many parcels on, open() draws the first map from the render store's overview and loads the
    /// detail in the background (detailLoaded()); smaller caches load whole, as fast.
    static constexpr qint64 kOverviewFirstParcels = 50000;

    /// Opens the cache read-write (read-only when the file cannot be written or a newer Zhili wrote it) and
    /// loads the map scene (for a big cache with a current render store: its overview, then the detail in
    /// the background).
    /// Closes the previous cache first. `progress` is told (percent, 100). Throws zhili::Error with a message
    /// for people.
    void open(const QString &path, const TaskProgress &progress = TaskProgress());
    void close();
    bool isOpen() const { return bool(m_cache); }
    /// True while the scene's detail is still loading (or waiting to) after an overview-first open().
    bool isLoadingDetail() const { return m_detailLoading; }
    /// After an overview-first open(), the detail waits until the first map is drawn, so that render has
    /// the machine to itself: the window calls this when its canvas finished a render. Without
    /// the call the detail starts kDetailDelayMs after open(). Does nothing when no detail is waiting.
    void startDetailLoad();
    static constexpr int kDetailDelayMs = 1000;
    /// True after an overview-first open() until startDetailLoad() (its first map not drawn yet): what can
    /// wait for that map waits for firstMapShown().
    bool isWaitingForFirstMap() const { return m_detailWaiting; }
    /// Why the open cache is read-only (a sentence for the user), empty when it can be edited.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    QString path() const;

    /// The open cache (GUI thread only); null when none is open.
    GeoPackageCache *cache() const { return m_cache.get(); }
    /// The map document; always valid (empty while no cache is open). A new scene comes with each opened()
    /// and closed(): views fetch it again then.
    MapScene *scene() const { return m_scene; }
    /// The one ParcelEditor of the open cache (null when none is open or the file is read-only); undo
    /// commands reference it, so it lives until the undo stack is cleared.
    ParcelEditor *editor() const { return m_editor.get(); }
    /// Cleared when the cache closes, so commands never outlive the connection they edit.
    QUndoStack *undoStack() const { return m_undo; }

    /// The acting user (chosen at start-up or by --user); nullopt until someone chooses.
    const std::optional<User> &user() const { return m_user; }
    void setUser(const User &user);

    // ----- selection (feature ids of parcels) -----
    const QSet<qint64> &selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &fids, SelectMode mode = SelectMode::Replace);
    void clearSelection() { setSelection({}); }
    /// Bounding box of the selected parcels (null when nothing is selected).
    Envelope selectionExtent() const;

    /// Call after parcels were changed in the cache (edit, undo, batch): the map redraws just those parcels
    /// and views showing them refresh (parcelsChanged).
    void notifyParcelsChanged(const QList<qint64> &fids);

signals:
    void opened();
    /// The detail store of an overview-first open() reached the scene (hit tests and zoomed views are exact).
    void detailLoaded();
    /// Once after an overview-first open(), when startDetailLoad() started the detail (its first map drawn).
    void firstMapShown();
    /// Before the cache closes: drop statements, models and commands that use it.
    void aboutToClose();
    void closed();
    void userChanged();
    void selectionChanged();
    void parcelsChanged(const QList<qint64> &fids);

private:
    /// Reads the detail store in a worker thread and hands it to the scene (MapScene::setDetail).
    void loadDetail();
    void writeGisStyles();
    /// Empty when `path` may be edited; otherwise the sentence that tells the user why not.
    static QString readOnlyReasonFor(const QString &path);

    std::unique_ptr<GeoPackageCache> m_cache;
    QString m_readOnlyReason;
    std::unique_ptr<ParcelEditor> m_editor;
    MapScene *m_scene = nullptr;
    QUndoStack *m_undo = nullptr;
    std::optional<User> m_user;
    QSet<qint64> m_selection;
    quint64 m_openSerial = 0; ///< bumped by every detail load and close: stale results are dropped
    bool m_detailLoading = false;
    bool m_detailWaiting = false; ///< open() left the detail for startDetailLoad()
};

} // namespace zhili
