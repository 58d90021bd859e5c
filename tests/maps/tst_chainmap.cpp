// The chain layer, its flow lines, the chain diagram and the chain sheet (issue #12): stage colours read at
// parcel centres, flow colours along the segments, the missing link in the legend, and PDF/SVG exports whose
// link names are real text.
#include "cache/geopackagecache.h"
#include "chains/chainimporter.h"
#include "indicators/enterpriseimporter.h"
#include "layers/chainlayer.h"
#include "layers/chainmapcontent.h"
#include "layout/chaindiagram.h"
#include "layout/chainsheet.h"
#include "layout/legendblock.h"
#include "layout/sheetstyle.h"
#include "layout/snapshotexporter.h"
#include "nearcolor.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/parcelstore.h"
#include "render/renderjob.h"
#include "render/scenedata.h"
#include "testcache.h"
#include "testdir.h"
#include "testusers.h"
#include "util/error.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr double kX = 500000, kY = 3350000;

TestParcel at(const char *code, const char *district, double dx, double dy, const char *enterprise)
{
    TestParcel p = sizedParcel(code, district, 100, 100);
    p.x = kX + dx;
    p.y = kY + dy;
    p.assignment.enterprise = QString::fromUtf8(enterprise);
    return p;
}

// The centre of a parcel placed at (dx, dy).
QPointF centre(double dx, double dy)
{
    return QPointF(kX + dx + 50, kY + dy + 50);
}

} // namespace

class TestChainMap : public QObject {
    Q_OBJECT
    TestDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

    ChainMapContent content(const QString &district = QString(), const QString &enterprise = QString())
    {
        return ChainMapContent::build(*m_cache, QStringLiteral("iot"), QStringLiteral("集成电路"), district,
                                      enterprise);
    }

    // The chain layer alone, 1 px = 1 m over the five parcels.
    QImage renderChain(MapScene &scene, const MapSettings &settings)
    {
        for (const MapLayer &l : scene.layers())
            scene.setLayerVisible(l.kind, l.kind == LayerKind::Chain);
        return RenderJob::renderImage(scene, settings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // U1 upstream, M1 midstream, D1 downstream on a row; B1 above M1 (丁 on a midstream and a downstream
        // link: drawn midstream); N1 on no chain.
        m_cache = makeTestCache(m_dir.filePath(QStringLiteral("chain.gpkg")),
                                {at("U1", "西湖区", 0, 0, "甲"), at("M1", "西湖区", 400, 0, "乙"),
                                 at("D1", "滨江区", 800, 0, "丙"), at("B1", "滨江区", 400, 400, "丁"),
                                 at("N1", "西湖区", 0, 400, "")});
        ChainImporter(*m_cache).import(
            testPlanner(),
            m_dir.write(QStringLiteral("chains.csv"),
                        "ecosystem,chain,link,stage,supplies,leader\n"
                        "iot,集成电路,芯片设计,上游,晶圆制造;封装测试,张市长\n"
                        "iot,集成电路,晶圆制造,上游,封装测试,\n"
                        "iot,集成电路,封装测试,中游,模组;整机终端,\n"
                        "iot,集成电路,模组,中游,整机终端,\n"
                        "iot,集成电路,整机终端,下游,,\n"
                        // A wide chain with long names and no enterprise: every link missing.
                        "bio,医疗器械,原材料与精密零部件,上游,医用电子元器件;高值医用耗材;体外诊断试剂,\n"
                        "bio,医疗器械,医用电子元器件,上游,医学影像设备;监护与生命支持设备,\n"
                        "bio,医疗器械,生物医用材料,上游,高值医用耗材,\n"
                        "bio,医疗器械,高值医用耗材,中游,医院与第三方检测机构,\n"
                        "bio,医疗器械,体外诊断试剂,中游,医院与第三方检测机构,\n"
                        "bio,医疗器械,医学影像设备,中游,医院与第三方检测机构;基层医疗与家庭健康,\n"
                        "bio,医疗器械,监护与生命支持设备,中游,基层医疗与家庭健康,\n"
                        "bio,医疗器械,医院与第三方检测机构,下游,,\n"
                        "bio,医疗器械,基层医疗与家庭健康,下游,,\n"));
        EnterpriseImporter(*m_cache).import(testPlanner(),
                                            m_dir.write(QStringLiteral("enterprises.csv"),
                                                        "name,year,parcels,chain,link\n"
                                                        "甲,2025,U1,集成电路,芯片设计\n"
                                                        "乙,2025,M1,集成电路,封装测试\n"
                                                        "丙,2025,D1,集成电路,整机终端\n"
                                                        "丁,2025,B1,集成电路,模组;整机终端\n"));
    }

    void stagesAndMissingLinksInTheLegend()
    {
        const ChainMapContent c = content();
        QCOMPARE(c.stages().size(), 4);
        const QList<LegendEntry> legend = c.legend();
        QCOMPARE(legend.size(), 4); // three stages, one missing link
        QCOMPARE(legend[0].count, 1);
        QCOMPARE(legend[1].count, 2); // M1 and B1 (丁 counts in its most upstream stage only)
        QCOMPARE(legend[2].count, 1);
        QCOMPARE(legend[3].key, QStringLiteral("missing:晶圆制造"));
        QCOMPARE(legend[3].label, QStringLiteral("缺失：晶圆制造"));
        QCOMPARE(legend[3].count, -1); // no figures on a missing link's row

        // In 滨江区 the stages count its parcels, and the links without an enterprise there are missing.
        const QList<LegendEntry> binjiang = content(QStringLiteral("滨江区")).legend();
        QCOMPARE(binjiang[0].count, 0);
        QCOMPARE(binjiang[1].count, 1);
        QCOMPARE(binjiang[2].count, 1);
        QStringList missing;
        for (const LegendEntry &e : binjiang)
            if (e.key.startsWith(QLatin1String("missing:")))
                missing << e.key.mid(8);
        QCOMPARE(missing, (QStringList{QStringLiteral("芯片设计"), QStringLiteral("晶圆制造"),
                                       QStringLiteral("封装测试")}));
    }

    // The flow rows count partner enterprises: they sit under a header of their own, not under "地块", and
    // show no area.
    void flowRowsCountEnterprisesUnderTheirOwnHeader()
    {
        const QList<LegendEntry> stagesOnly = content().legend();
        QCOMPARE(LegendBlock::lines(stagesOnly), int(stagesOnly.size()));
        const QList<LegendEntry> legend = content({}, QStringLiteral("乙")).legend();
        QCOMPARE(legend.size(), 6);
        QVERIFY(!legend[3].countsEnterprises);
        QVERIFY(legend[4].countsEnterprises && legend[5].countsEnterprises);
        QCOMPARE(LegendBlock::lines(legend), 7); // six rows and the enterprises' header

        auto drawnText = [](const QList<LegendEntry> &entries) {
            QBuffer svg;
            QSvgGenerator gen;
            gen.setOutputDevice(&svg);
            gen.setSize(QSize(600, 400));
            gen.setResolution(96);
            QPainter p(&gen);
            SheetStyle s;
            s.dpi = 96;
            LegendBlock(QStringLiteral("图例"), entries).paint(p, QRectF(0, 0, 300, 400), s);
            p.end();
            return QString::fromUtf8(svg.data());
        };
        const QString withFlows = drawnText(legend);
        const qsizetype parcels = withFlows.indexOf(QStringLiteral(">地块<"));
        const qsizetype enterprises = withFlows.indexOf(QStringLiteral(">企业<"));
        const qsizetype suppliers = withFlows.indexOf(QStringLiteral("供应商"));
        QVERIFY(parcels >= 0 && enterprises > parcels && suppliers > enterprises);
        QVERIFY(!withFlows.contains(QStringLiteral(">0.0<"))); // no area on the partners' rows
        QVERIFY(!drawnText(stagesOnly).contains(QStringLiteral(">企业<")));
    }

    // prepare() runs on every frame: the chain's parcels are looked up in the store once per content and
    // store, not each time.
    void stagedParcelsAreLookedUpOncePerContentAndStore()
    {
        SceneData data;
        data.parcels = ParcelStore::load(*m_cache);
        ChainLayer layer;
        layer.setContent(content());
        const ChainLayer::StagedParcels first = layer.stagedParcels(data);
        QVERIFY(first);
        QCOMPARE(int(first->size()), 4); // U1, M1, D1, B1
        for (const ChainLayer::StagedParcel &sp : *first)
            QVERIFY(sp.index >= 0 && sp.index < data.parcels->size());
        QCOMPARE(layer.stagedParcels(data), first); // the same list on the next frame
        layer.prepare(data, MapSettings());
        QCOMPARE(layer.stagedParcels(data), first);

        layer.setContent(content(QStringLiteral("滨江区")));
        const ChainLayer::StagedParcels second = layer.stagedParcels(data);
        QVERIFY(second != first); // a new content is looked up again
        SceneData reloaded;
        reloaded.parcels = ParcelStore::load(*m_cache);
        QVERIFY(layer.stagedParcels(reloaded) != second);                        // and so is a new store
        QCOMPARE(layer.stagedParcels(SceneData()), ChainLayer::StagedParcels()); // no store, nothing
    }

    void unknownInputIsNamed()
    {
        auto message = [this](const QString &chain, const QString &district, const QString &enterprise) {
            try {
                ChainMapContent::build(*m_cache, QStringLiteral("iot"), chain, district, enterprise);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(message(QStringLiteral("无此链"), {}, {}).contains(QStringLiteral("无此链")));
        QVERIFY(message(QStringLiteral("集成电路"), QStringLiteral("火星区"), {})
                    .contains(QStringLiteral("火星区")));
        QVERIFY(
            message(QStringLiteral("集成电路"), {}, QStringLiteral("无名")).contains(QStringLiteral("无名")));
    }

    void layerColoursParcelsByStageAndDrawsFlows()
    {
        MapScene scene;
        scene.load(*m_cache);
        QVERIFY(!scene.layer(LayerKind::Chain).isListed()); // nothing handed over yet
        scene.setChainMap(content({}, QStringLiteral("乙")));
        QVERIFY(scene.layer(LayerKind::Chain).isListed());
        QVERIFY(scene.layer(LayerKind::Chain).style.visible);
        const MapSettings settings(Envelope{kX - 50, kY - 50, kX + 950, kY + 550}, QSize(1000, 600));
        const QImage image = renderChain(scene, settings);
        if (const QString out = qEnvironmentVariable("ZHILI_CHAIN_PNG"); !out.isEmpty())
            image.save(out);
        auto pixel = [&](const QPointF &p) {
            return QColor(image.pixel(settings.toPixel(p.x(), p.y()).toPoint()));
        };
        // Inside each parcel, 30 m off the flow lines through the centres.
        const QPointF off(-30, -30);
        const struct {
            QPointF where;
            QColor expected;
        } parcels[] = {{centre(0, 0) + off, ChainMapContent::stageColor(ChainStage::Upstream)},
                       {centre(400, 0) + off, ChainMapContent::stageColor(ChainStage::Midstream)},
                       {centre(800, 0) + off, ChainMapContent::stageColor(ChainStage::Downstream)},
                       {centre(400, 400) + off, ChainMapContent::stageColor(ChainStage::Midstream)},
                       {centre(0, 400), QColor(Qt::white)}};
        for (const auto &p : parcels)
            QVERIFY2(nearColor(pixel(p.where), p.expected), qPrintable(pixel(p.where).name()));

        // Flow lines: 甲 → 乙 in the suppliers' colour, 乙 → 丙 and 乙 → 丁 in the customers'.
        const QColor supplier = ChainMapContent::flowColor(true),
                     customer = ChainMapContent::flowColor(false);
        for (double t : {0.3, 0.5, 0.7}) {
            const QPointF a = centre(0, 0) + (centre(400, 0) - centre(0, 0)) * t;
            const QPointF b = centre(400, 0) + (centre(800, 0) - centre(400, 0)) * t;
            const QPointF c = centre(400, 0) + (centre(400, 400) - centre(400, 0)) * t;
            QVERIFY2(nearColor(pixel(a), supplier, 10), qPrintable(pixel(a).name()));
            QVERIFY2(nearColor(pixel(b), customer, 10), qPrintable(pixel(b).name()));
            QVERIFY2(nearColor(pixel(c), customer, 10), qPrintable(pixel(c).name()));
        }
        // Away from the lines the gaps between parcels stay blank.
        QVERIFY(nearColor(pixel(QPointF(kX + 250, kY + 300)), Qt::white));

        const QList<LegendEntry> legend = scene.legend(LayerKind::Chain);
        QCOMPARE(legend.size(), 6); // stages, the missing link, suppliers and customers
        QCOMPARE(legend[4].count, 1);
        QCOMPARE(legend[5].count, 2);

        scene.setChainMap(ChainMapContent());
        QVERIFY(!scene.layer(LayerKind::Chain).isListed());
        QVERIFY(!scene.layer(LayerKind::Chain).style.visible);
    }

    void hidingNoChainChangesNothing()
    {
        // Every open hides the chain (none chosen yet): on a big cache that redid the legend counts and
        // restarted the first map's render for nothing.
        MapScene scene;
        scene.load(*m_cache);
        QSignalSpy layers(&scene, &MapScene::layersChanged);
        QSignalSpy repaint(&scene, &MapScene::repaintNeeded);
        scene.setChainMap(ChainMapContent());
        QCOMPARE(layers.size(), 0);
        QCOMPARE(repaint.size(), 0);
        scene.setChainMap(content({}, QStringLiteral("乙")));
        QCOMPARE(layers.size(), 1);
        QCOMPARE(repaint.size(), 1);
        scene.setChainMap(ChainMapContent()); // a chain shown is hidden, and its legend row goes
        QCOMPARE(layers.size(), 2);
        QCOMPARE(repaint.size(), 2);
        QVERIFY(!scene.layer(LayerKind::Chain).style.visible);
        scene.setChainMap(ChainMapContent());
        QCOMPARE(layers.size(), 2);
    }

    void enterpriseOffTheChainIsRefused()
    {
        try {
            content({}, QStringLiteral("戊"));
            QFAIL("an enterprise on no chain has no flows");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("戊")), qPrintable(e.message()));
        }
    }

    void diagramBoxesDoNotOverlap()
    {
        const ChainDiagram diagram(content().gaps());
        SheetStyle s;
        const QList<ChainDiagram::Box> boxes = diagram.layout(QRectF(0, 0, 500, 300), s);
        QCOMPARE(boxes.size(), 5);
        for (int i = 0; i < boxes.size(); ++i) {
            QVERIFY(QRectF(0, 0, 500, 300).contains(boxes[i].rect));
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].rect.intersects(boxes[j].rect),
                         qPrintable(boxes[i].link + QLatin1Char('/') + boxes[j].link));
        }
        // Left to right along the supplies: 芯片设计 → 晶圆制造 → 封装测试 → 模组 → 整机终端.
        for (int i = 0; i + 1 < boxes.size(); ++i)
            QVERIFY2(boxes[i].rect.right() < boxes[i + 1].rect.left(), qPrintable(boxes[i].link));
        QVERIFY(boxes[1].missing);
        QVERIFY(!boxes[0].missing);
    }

    void wideDiagramFitsItsSheet()
    {
        MapScene scene;
        scene.load(*m_cache);
        const ChainMapContent wide =
            ChainMapContent::build(*m_cache, QStringLiteral("bio"), QStringLiteral("医疗器械"));
        QCOMPARE(wide.gaps().missingLinks().size(), 9);
        const ChainSheet sheet(scene, *m_cache, wide, QStringLiteral("zh"));
        QImage image(sheet.page().pixelSize(150), QImage::Format_RGB32);
        image.fill(Qt::white);
        ChainSheet::Geometry g;
        {
            QPainter p(&image);
            g = sheet.paint(p, 150);
        }
        if (const QString out = qEnvironmentVariable("ZHILI_CHAIN_WIDE"); !out.isEmpty())
            image.save(out);
        QCOMPARE(g.boxes.size(), 9);
        for (int i = 0; i < g.boxes.size(); ++i) {
            QVERIFY(g.diagram.contains(g.boxes[i].rect));
            QVERIFY(!g.boxes[i].rect.intersects(g.legend) && !g.boxes[i].rect.intersects(g.mapFrame));
            for (int j = i + 1; j < g.boxes.size(); ++j)
                QVERIFY2(!g.boxes[i].rect.intersects(g.boxes[j].rect),
                         qPrintable(g.boxes[i].link + QLatin1Char('/') + g.boxes[j].link));
        }
    }

    void sheetExportsRealPdfAndSvg()
    {
        MapScene scene;
        scene.load(*m_cache);
        const ChainSheet sheet(scene, *m_cache, content({}, QStringLiteral("乙")), QStringLiteral("zh"));
        QCOMPARE(sheet.title(), QStringLiteral("集成电路产业链图"));
        const QString svg = m_dir.filePath(QStringLiteral("chain.svg"));
        const QString pdf = m_dir.filePath(QStringLiteral("chain.pdf"));
        const QString png = m_dir.filePath(QStringLiteral("chain.png"));
        SnapshotExporter::write(sheet.exportSheet(), svg, 96);
        SnapshotExporter::write(sheet.exportSheet(), pdf, 150);
        SnapshotExporter::write(sheet.exportSheet(), png, 150);
        if (const QString out = qEnvironmentVariable("ZHILI_CHAIN_SHEET"); !out.isEmpty())
            QFile::copy(png, out);

        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("<text")));
        for (const char *link :
             {"芯片设计", "晶圆制造", "封装测试", "模组", "整机终端", "缺失", "上游", "下游"})
            QVERIFY2(text.contains(QString::fromUtf8(link)), link);

        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed: the PDF's text is not checked");
        QProcess proc;
        proc.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(proc.waitForFinished(30000));
        const QString extracted = QString::fromUtf8(proc.readAllStandardOutput());
        for (const char *link : {"芯片设计", "晶圆制造", "整机终端", "集成电路产业链图"})
            QVERIFY2(extracted.contains(QString::fromUtf8(link)), qPrintable(extracted));
    }
};

QTEST_MAIN(TestChainMap)
#include "tst_chainmap.moc"
