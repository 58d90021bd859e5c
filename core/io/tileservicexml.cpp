#include "io/tileservicexml.h"

#include <QDir>
#include <QUrl>

namespace zhili {

namespace {

constexpr int kDefaultMaxZoom = 18;
constexpr double kMercatorHalfWorld = 20037508.342789244; // EPSG:3857 metres from the origin to the edge

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString TileServiceXml::build(const QString &urlTemplate, const QString &cacheDir, int maxZoom)
{
    QString url = urlTemplate;
    const bool bottomOrigin = url.contains(QLatin1String("{-y}"));
    url.replace(QLatin1String("{-y}"), QLatin1String("${y}"));
    for (const char *key : {"z", "x", "y"})
        url.replace(QStringLiteral("{%1}").arg(QLatin1String(key)),
                    QStringLiteral("${%1}").arg(QLatin1String(key)));
    url.replace(QLatin1String("{s}"), QLatin1String("a"));
    QString xml;
    xml += QStringLiteral("<GDAL_WMS><Service name=\"TMS\"><ServerUrl>%1</ServerUrl></Service>")
               .arg(xmlEscaped(url));
    xml += QStringLiteral("<DataWindow><UpperLeftX>%1</UpperLeftX><UpperLeftY>%2</UpperLeftY>"
                          "<LowerRightX>%2</LowerRightX><LowerRightY>%1</LowerRightY>"
                          "<TileLevel>%3</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
                          "<YOrigin>%4</YOrigin></DataWindow>")
               .arg(-kMercatorHalfWorld, 0, 'f', 6)
               .arg(kMercatorHalfWorld, 0, 'f', 6)
               .arg(maxZoom)
               .arg(bottomOrigin ? QLatin1String("bottom") : QLatin1String("top"));
    xml += QStringLiteral(
        "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY>"
        "<BandsCount>4</BandsCount><MaxConnections>4</MaxConnections><Timeout>15</Timeout>"
        "<UserAgent>Zhili</UserAgent>"
        // A tile a service does not have (sea, beyond its zoom) is empty, not an error.
        "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes>"
        "<ZeroBlockOnServerException>true</ZeroBlockOnServerException>");
    if (!cacheDir.isEmpty())
        xml += QStringLiteral("<Cache><Path>%1</Path></Cache>")
                   .arg(xmlEscaped(QDir::toNativeSeparators(cacheDir)));
    xml += QStringLiteral("</GDAL_WMS>");
    return xml;
}

int TileServiceXml::maxZoomOf(const QString &urlTemplate)
{
    const int z = urlTemplate.indexOf(QLatin1String("{z}"));
    if (!urlTemplate.startsWith(QLatin1String("file://"), Qt::CaseInsensitive) || z < 0 ||
        urlTemplate.mid(z + 3, 1) != QLatin1String("/"))
        return kDefaultMaxZoom;
    const QString folder = QUrl(urlTemplate.left(z)).toLocalFile();
    int best = -1;
    for (const QString &name : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int level = name.toInt(&ok);
        if (ok && level >= 0 && level <= 24)
            best = std::max(best, level);
    }
    return best < 0 ? kDefaultMaxZoom : best;
}

} // namespace zhili
