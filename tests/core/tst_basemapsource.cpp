// Basemap sources without GDAL or a network: which locations are tile templates, the attribution known hosts
// ask for, the hosts that serve GCJ-02, the GCJ-02 warning, and the GDAL_WMS description of a template.
#include "io/basemapsource.h"
#include "io/gcj02warning.h"
#include "io/tileservicexml.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

class TestBasemapSource : public QObject {
    Q_OBJECT
private slots:
    void tileTemplates()
    {
        QVERIFY(
            BasemapSource::isTileTemplate(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")));
        QVERIFY(BasemapSource::isTileTemplate(QStringLiteral("file:///data/tiles/{z}/{x}/{-y}.png")));
        QVERIFY(!BasemapSource::isTileTemplate(QStringLiteral("/data/hangzhou.tif")));
        QVERIFY(!BasemapSource::isTileTemplate(QStringLiteral("/data/hangzhou.mbtiles")));
        QVERIFY(!BasemapSource::isTileTemplate(QStringLiteral("WMTS:https://example.org/wmts?")));
    }

    void attributionDefaultsForKnownHosts()
    {
        QCOMPARE(BasemapSource::defaultAttribution(
                     QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")),
                 QStringLiteral("© OpenStreetMap contributors"));
        QCOMPARE(BasemapSource::defaultAttribution(
                     QStringLiteral("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")),
                 QStringLiteral("© OpenStreetMap contributors"));
        QCOMPARE(BasemapSource::defaultAttribution(QStringLiteral(
                     "https://t0.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=KEY")),
                 QStringLiteral("© 天地图 / 国家地理信息公共服务平台"));
        QVERIFY(BasemapSource::defaultAttribution(QStringLiteral("/data/hangzhou.tif")).isEmpty());
        QVERIFY(BasemapSource::defaultAttribution(
                    QStringLiteral("https://evil-openstreetmap.org/{z}/{x}/{y}.png"))
                    .isEmpty());
        // The user's text wins; blank falls back to the host's.
        BasemapSource s{QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
                        QStringLiteral("  "), false};
        QCOMPARE(s.effectiveAttribution(), QStringLiteral("© OpenStreetMap contributors"));
        s.attribution = QStringLiteral("© 杭州市规划局");
        QCOMPARE(s.effectiveAttribution(), QStringLiteral("© 杭州市规划局"));
    }

    void gcj02HostsAndWarning()
    {
        const QString amap = QStringLiteral(
            "https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}");
        QVERIFY(BasemapSource::hostServesGcj02(amap));
        QVERIFY(BasemapSource::hostServesGcj02(
            QStringLiteral("https://rt1.map.gtimg.com/tile?z={z}&x={x}&y={-y}")));
        QVERIFY(!BasemapSource::hostServesGcj02(
            QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")));
        QVERIFY(!BasemapSource::hostServesGcj02(QStringLiteral("/data/autonavi.com.tif")));

        // A known host warns without the flag; the flag warns for any source; nothing else warns.
        const QString known = Gcj02Warning::message(BasemapSource{amap, QString(), false}, 4549);
        QVERIFY(known.contains(QLatin1String("GCJ-02")));
        QVERIFY(known.contains(QLatin1String("EPSG:4549")));
        QVERIFY(known.contains(QLatin1String("several hundred metres")));
        QVERIFY(
            !Gcj02Warning::message(BasemapSource{QStringLiteral("/data/x.mbtiles"), QString(), true}, 4490)
                 .isEmpty());
        QVERIFY(
            Gcj02Warning::message(BasemapSource{QStringLiteral("/data/x.mbtiles"), QString(), false}, 4549)
                .isEmpty());
        QVERIFY(Gcj02Warning::message(
                    BasemapSource{QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"), QString(),
                                  false},
                    4549)
                    .isEmpty());
    }

    void tileServiceXml()
    {
        const QString xml = TileServiceXml::build(
            QStringLiteral("https://t0.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=K"),
            QStringLiteral("/tmp/tiles"), 18);
        QVERIFY(xml.contains(QLatin1String("x=${x}&amp;y=${y}&amp;l=${z}&amp;tk=K")));
        QVERIFY(xml.contains(QLatin1String("<TileLevel>18</TileLevel>")));
        QVERIFY(xml.contains(QLatin1String("<YOrigin>top</YOrigin>")));
        QVERIFY(xml.contains(QLatin1String("<Cache><Path>/tmp/tiles</Path></Cache>")));
        QVERIFY(xml.contains(QLatin1String("<Projection>EPSG:3857</Projection>")));
        QVERIFY(TileServiceXml::build(QStringLiteral("https://x.org/{z}/{x}/{-y}.png"), QString(), 5)
                    .contains(QLatin1String("<YOrigin>bottom</YOrigin>")));
        QVERIFY(!TileServiceXml::build(QStringLiteral("https://x.org/{z}/{x}/{y}.png"), QString(), 5)
                     .contains(QLatin1String("<Cache>")));
    }

    void maxZoomOfLocalFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *z : {"0", "1", "4", "notes"})
            QVERIFY(QDir(dir.path()).mkpath(QLatin1String(z)));
        const QString url = QUrl::fromLocalFile(dir.path()).toString() + QStringLiteral("/{z}/{x}/{y}.png");
        QCOMPARE(TileServiceXml::maxZoomOf(url), 4);
        QCOMPARE(TileServiceXml::maxZoomOf(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png")),
                 18);
    }
};

QTEST_GUILESS_MAIN(TestBasemapSource)
#include "tst_basemapsource.moc"
