#include "desktop/appsettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QVariantList>

namespace zhili {

namespace {
// Keys: the one list of every settings key the app uses.
const QString kRecent = QStringLiteral("caches/recent");
const QString kLastCache = QStringLiteral("caches/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kExtentPrefix = QStringLiteral("extents/");
const QString kLanguage = QStringLiteral("ui/language");
const QString kLastUser = QStringLiteral("session/lastUser");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kSyncAutoPull = QStringLiteral("sync/autoPull");
const QString kBasemapSource = QStringLiteral("basemap/source");
const QString kBasemapAttribution = QStringLiteral("basemap/attribution");
const QString kBasemapGcj02 = QStringLiteral("basemap/gcj02");
} // namespace

AppSettings::AppSettings() : m_settings(QStringLiteral("Zhili"), QStringLiteral("Zhili")) {}

QStringList AppSettings::recentCaches() const
{
    return m_settings.value(kRecent).toStringList();
}

void AppSettings::addRecentCache(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentCaches();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecentCaches)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentCache(const QString &path)
{
    QStringList list = recentCaches();
    list.removeAll(path);
    m_settings.setValue(kRecent, list);
}

QString AppSettings::lastCache() const
{
    return m_settings.value(kLastCache).toString();
}
void AppSettings::setLastCache(const QString &path)
{
    m_settings.setValue(kLastCache, QFileInfo(path).absoluteFilePath());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

// Paths contain '/', which QSettings treats as groups: key the extent by a hash of the absolute path.
QString AppSettings::cacheKey(const QString &cachePath)
{
    const QByteArray abs = QFileInfo(cachePath).absoluteFilePath().toUtf8();
    return kExtentPrefix +
           QString::fromLatin1(QCryptographicHash::hash(abs, QCryptographicHash::Sha1).toHex());
}

Envelope AppSettings::lastExtent(const QString &cachePath) const
{
    const QVariantList v = m_settings.value(cacheKey(cachePath)).toList();
    if (v.size() != 4)
        return Envelope();
    Envelope e;
    e.minX = v[0].toDouble();
    e.minY = v[1].toDouble();
    e.maxX = v[2].toDouble();
    e.maxY = v[3].toDouble();
    return e;
}

void AppSettings::setLastExtent(const QString &cachePath, const Envelope &extent)
{
    if (extent.isNull())
        m_settings.remove(cacheKey(cachePath));
    else
        m_settings.setValue(cacheKey(cachePath),
                            QVariantList{extent.minX, extent.minY, extent.maxX, extent.maxY});
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QString AppSettings::lastUser() const
{
    return m_settings.value(kLastUser).toString();
}
void AppSettings::setLastUser(const QString &name)
{
    m_settings.setValue(kLastUser, name);
}

BasemapSource AppSettings::lastBasemap() const
{
    return BasemapSource{m_settings.value(kBasemapSource).toString(),
                         m_settings.value(kBasemapAttribution).toString(),
                         m_settings.value(kBasemapGcj02).toBool()};
}
void AppSettings::setLastBasemap(const BasemapSource &source)
{
    m_settings.setValue(kBasemapSource, source.location);
    m_settings.setValue(kBasemapAttribution, source.attribution);
    m_settings.setValue(kBasemapGcj02, source.gcj02);
}

int AppSettings::syncIntervalMinutes() const
{
    return m_settings.value(kSyncInterval, 0).toInt();
}
void AppSettings::setSyncIntervalMinutes(int minutes)
{
    m_settings.setValue(kSyncInterval, minutes);
}

bool AppSettings::syncAutoPull() const
{
    return m_settings.value(kSyncAutoPull, false).toBool();
}
void AppSettings::setSyncAutoPull(bool on)
{
    m_settings.setValue(kSyncAutoPull, on);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace zhili
