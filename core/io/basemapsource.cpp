#include "io/basemapsource.h"

#include <QUrl>

namespace zhili {

namespace {

QString hostOf(const QString &location)
{
    // {s} and the other placeholders are not valid in a host name; QUrl would reject the whole URL.
    QString url = location;
    url.replace(QLatin1String("{s}"), QLatin1String("a"));
    return QUrl(url).host().toLower();
}

bool hostMatches(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

} // namespace

bool BasemapSource::isTileTemplate(const QString &location)
{
    return location.contains(QLatin1String("{z}")) && location.contains(QLatin1String("{x}")) &&
           (location.contains(QLatin1String("{y}")) || location.contains(QLatin1String("{-y}")));
}

QString BasemapSource::defaultAttribution(const QString &location)
{
    const QString host = hostOf(location);
    if (hostMatches(host, QStringLiteral("openstreetmap.org")) ||
        hostMatches(host, QStringLiteral("openstreetmap.fr")))
        return QStringLiteral("© OpenStreetMap contributors");
    if (hostMatches(host, QStringLiteral("tianditu.gov.cn")) ||
        hostMatches(host, QStringLiteral("tianditu.com")))
        return QStringLiteral("© 天地图 / 国家地理信息公共服务平台");
    return QString();
}

bool BasemapSource::hostServesGcj02(const QString &location)
{
    const QString host = hostOf(location);
    for (const char *domain : {"autonavi.com", "amap.com", "gtimg.com", "map.qq.com"})
        if (hostMatches(host, QLatin1String(domain)))
            return true;
    return false;
}

QString BasemapSource::effectiveAttribution() const
{
    const QString given = attribution.trimmed();
    return given.isEmpty() ? defaultAttribution(location) : given;
}

} // namespace zhili
