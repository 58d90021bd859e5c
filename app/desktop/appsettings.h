#pragma once

#include "geometry/envelope.h"
#include "io/basemapsource.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace zhili {

/// Every persistent setting of the desktop app, typed, with its default, in one place.
/// Backed by QSettings (organisation "Zhili", application "Zhili"); tests point it at a temporary file
/// with setPath() or setDefaultFormat/QStandardPaths test mode.
class AppSettings {
public:
    static constexpr int kMaxRecentCaches = 8;

    AppSettings();

    /// Most recently opened first; paths that no longer exist are kept (the menu greys them).
    QStringList recentCaches() const;
    /// Moves `path` to the front of the recent list (trimmed to kMaxRecentCaches).
    void addRecentCache(const QString &path);
    void removeRecentCache(const QString &path);
    /// The cache to open when no --cache is given; empty = none yet.
    QString lastCache() const;
    void setLastCache(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// The map extent last shown for this cache (null when none), so reopening returns to the same place.
    Envelope lastExtent(const QString &cachePath) const;
    void setLastExtent(const QString &cachePath, const Envelope &extent);

    /// UI language: "zh", "en" or "" (follow the system locale).
    QString language() const;
    void setLanguage(const QString &language);

    /// Last user chosen at start-up (the user chooser pre-selects it).
    QString lastUser() const;
    void setLastUser(const QString &name);

    /// Sync with the city server every N minutes (0 = only when asked).
    int syncIntervalMinutes() const;
    void setSyncIntervalMinutes(int minutes);
    /// Pull the city server's changes as soon as it announces them (live city view).
    bool syncAutoPull() const;
    void setSyncAutoPull(bool on);

    /// The basemap last added (Add basemap… starts from it when the cache has none).
    BasemapSource lastBasemap() const;
    void setLastBasemap(const BasemapSource &source);

    void sync();

private:
    static QString cacheKey(const QString &cachePath);
    mutable QSettings m_settings;
};

} // namespace zhili
