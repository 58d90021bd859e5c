// Styles and projects other GIS read: the cache's layer_styles table (QML + SLD, written by export-styles and
// by every import) and `zhili-cli export-qgis`, checked with QGIS itself through PyQGIS (Debian's
// python3-qgis, installed by scripts/install-deps.sh). Where PyQGIS is missing the QGIS checks are skipped
// with a message, except under CI (env CI set), where they fail.
#include "clirunner.h"
#include "testcache.h"

#include "cache/geopackagecache.h"
#include "cache/qgisstylestore.h"
#include "io/storedzip.h"
#include "render/mapscene.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr double kX = 520000, kY = 3340000;
const char *const kPython = "/usr/bin/python3";

// Prints, as JSON, how QGIS sees the parcels layer of a cache: its default renderer's categories, every
// stored style's renderer classes, the colour QGIS paints at each given point, and the districts' look.
const char *const kStylesScript = R"PY(
import json, sys
from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsRectangle,
                       QgsMapRendererSequentialJob)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument
app = QgsApplication([], False)
app.initQgis()
cache = sys.argv[1]
out = {}
parcels = QgsVectorLayer(cache + "|layername=parcels", "parcels", "ogr")
r = parcels.renderer()
out["valid"] = parcels.isValid()
out["type"] = r.type()
out["categories"] = [{"value": c.value() if c.value() is not None else "", "label": c.label(),
                      "color": c.symbol().color().name()} for c in r.categories()] if r.type() == "categorizedSymbol" else []
pixels = []
for arg in sys.argv[2:]:
    x, y = (float(v) for v in arg.split(","))
    ms = QgsMapSettings()
    ms.setLayers([parcels])
    ms.setDestinationCrs(parcels.crs())
    ms.setExtent(QgsRectangle(x - 20, y - 20, x + 20, y + 20))
    ms.setOutputSize(QSize(41, 41))
    ms.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(ms)
    job.start()
    job.waitForFinished()
    pixels.append(job.renderedImage().pixelColor(20, 20).name())
out["pixels"] = pixels
count, ids, names, descriptions, error = parcels.listStylesInDatabase()
styles = []
for sid, name in zip(ids, names):
    qml, err = parcels.getStyleFromDatabase(sid)
    layer = QgsVectorLayer(cache + "|layername=parcels", "p", "ogr")
    doc = QDomDocument()
    doc.setContent(qml)
    ok, message = layer.importNamedStyle(doc)
    rr = layer.renderer()
    ranges = [{"lower": g.lowerValue(), "upper": g.upperValue(), "label": g.label(),
               "color": g.symbol().color().name()} for g in rr.ranges()] if rr.type() == "graduatedSymbol" else []
    styles.append({"name": name, "ok": ok, "type": rr.type(), "ranges": ranges})
out["styles"] = styles
districts = QgsVectorLayer(cache + "|layername=districts", "districts", "ogr")
out["districts"] = {"type": districts.renderer().type(), "labels": districts.labelsEnabled(),
                    "field": districts.labeling().settings().fieldName if districts.labeling() else ""}
print(json.dumps(out))
)PY";

// Prints, as JSON, the layers of a QGIS project top first (name, checked, valid, source, opacity) and its
// default view.
const char *const kProjectScript = R"PY(
import json, sys
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
out = {"read": project.read(sys.argv[1]), "layers": []}
for node in project.layerTreeRoot().findLayers():
    layer = node.layer()
    out["layers"].append({"name": node.name(), "visible": node.isVisible(), "valid": bool(layer and layer.isValid()),
                          "source": layer.source() if layer else "", "opacity": layer.opacity() if layer else -1,
                          "renderer": layer.renderer().type() if layer else ""})
e = project.viewSettings().defaultViewExtent()
out["extent"] = [e.xMinimum(), e.yMinimum(), e.xMaximum(), e.yMaximum()]
out["crs"] = project.crs().authid()
print(json.dumps(out))
)PY";

/// Runs a PyQGIS script; returns its JSON output, or fails the test.
QJsonObject runPyQgis(const QString &folder, const char *script, const QStringList &args)
{
    const QString path = folder + QStringLiteral("/script.py");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(script) < 0)
        return {};
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    p.setProcessEnvironment(env);
    p.start(QString::fromLatin1(kPython), QStringList{path} + args);
    if (!p.waitForFinished(180000) || p.exitCode() != 0) {
        qWarning().noquote() << "PyQGIS failed:" << p.readAllStandardError();
        return {};
    }
    const QByteArray stdoutBytes = p.readAllStandardOutput();
    return QJsonDocument::fromJson(stdoutBytes.mid(stdoutBytes.indexOf('{'))).object();
}

/// Why the QGIS checks cannot run here (empty when they can).
QString pyQgisMissing()
{
    QProcess p;
    p.start(QString::fromLatin1(kPython),
            {QStringLiteral("-c"), QStringLiteral("import qgis.core, osgeo_utils")});
    if (!p.waitForFinished(60000))
        return QStringLiteral("/usr/bin/python3 did not answer");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("/usr/bin/python3 cannot import qgis.core (install qgis python3-qgis, see "
                              "scripts/install-deps.sh): ") +
               QString::fromLocal8Bit(p.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -1);
    return {};
}

} // namespace

class TestQgisInterchange : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_cache;
    bool m_haveQgis = false;
    QString m_whyNot;

    void requireQgis()
    {
        if (m_haveQgis)
            return;
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(QStringLiteral("CI needs PyQGIS: ") + m_whyNot));
        QSKIP(qPrintable(m_whyNot));
    }

private slots:
    void initTestCase()
    {
        m_cache = m_dir.filePath(QStringLiteral("c.gpkg"));
        // In a row, 100 m apart: iot, bio, unassigned; land 10 … 60 亩 so the land theme has classes.
        QList<TestParcel> parcels{assignedParcel("Q-0", "西湖区", "iot", 10, 100, 1000),
                                  assignedParcel("Q-1", "西湖区", "bio", 20, 200, 2000),
                                  assignedParcel("Q-2", "滨江区", "", 0),
                                  assignedParcel("Q-3", "滨江区", "mat", 40, 300, 3000),
                                  assignedParcel("Q-4", "滨江区", "energy", 50, 400, 4000),
                                  assignedParcel("Q-5", "滨江区", "equip", 60, 500, 5000)};
        for (int i = 0; i < parcels.size(); ++i) {
            parcels[i].x = kX + i * 100;
            parcels[i].y = kY;
        }
        makeTestCache(m_cache, parcels);
        const CliRun r = runCli({QStringLiteral("export-styles"), QStringLiteral("--cache"), m_cache});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_whyNot = pyQgisMissing();
        m_haveQgis = m_whyNot.isEmpty();
    }

    void storedStylesOfEachTable()
    {
        auto cache = GeoPackageCache::open(m_cache, true);
        QgisStyleStore store(cache->db());
        const QList<QgisStyleStore::Style> parcels = store.styles(QStringLiteral("parcels"));
        QCOMPARE(parcels.size(), 4); // ecosystem (default), land, energy, finance
        QVERIFY(parcels[0].isDefault);
        for (int i = 1; i < parcels.size(); ++i)
            QVERIFY(!parcels[i].isDefault);
        for (const QgisStyleStore::Style &s : parcels) {
            QVERIFY(s.qml.contains(QStringLiteral("<renderer-v2")));
            QVERIFY(s.sld.contains(QStringLiteral("StyledLayerDescriptor")));
        }
        // Chinese class labels by default.
        QVERIFY(parcels[0].qml.contains(QStringLiteral("智能物联")));
        QVERIFY(parcels[0].sld.contains(QStringLiteral("<ogc:Literal>iot</ogc:Literal>")));
        const QList<QgisStyleStore::Style> districts = store.styles(QStringLiteral("districts"));
        QCOMPARE(districts.size(), 1);
        QVERIFY(districts[0].isDefault);
    }

    void rewritingKeepsUsersStyles()
    {
        const QString copy = m_dir.filePath(QStringLiteral("rewrite.gpkg"));
        QVERIFY(QFile::copy(m_cache, copy));
        {
            auto cache = GeoPackageCache::open(copy, false);
            // A style a QGIS user saved into the cache (owner '' as QGIS writes it).
            cache->db().exec(QStringLiteral(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "
                "styleName, styleQML, useAsDefault, owner) VALUES ('', '', 'parcels', 'geom', 'mine', "
                "'<qgis/>', "
                "0, '')"));
        }
        const CliRun r = runCli({QStringLiteral("export-styles"), QStringLiteral("--cache"), copy,
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto cache = GeoPackageCache::open(copy, true);
        const QList<QgisStyleStore::Style> parcels =
            QgisStyleStore(cache->db()).styles(QStringLiteral("parcels"));
        QCOMPARE(parcels.size(), 5); // Zhili's four replaced, the user's kept
        QVERIFY(parcels[0].isDefault);
        // --lang en: English class labels.
        QVERIFY(parcels[0].qml.contains(QStringLiteral("Smart IoT")));
        QVERIFY(!parcels[0].qml.contains(QStringLiteral("智能物联")));
    }

    void importWritesStyles()
    {
        const QString source = m_dir.filePath(QStringLiteral("in.geojson"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(featureCollection({{QStringLiteral("\"DKBH\": \"I-1\""), squareGeoJson(kX, kY, 100)}}));
        f.close();
        const QString cachePath = m_dir.filePath(QStringLiteral("imported.gpkg"));
        const CliRun r =
            runCli({QStringLiteral("import"), source, QStringLiteral("--cache"), cachePath,
                    QStringLiteral("--district"), QStringLiteral("西湖区"), QStringLiteral("--quiet"),
                    QStringLiteral("--crs"), QStringLiteral("EPSG:4549")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(QgisStyleStore(cache->db()).styles(QStringLiteral("parcels")).size(), 4);
    }

    // Command-line edits keep layer_styles current, as the window and import do: an edit that moves a
    // theme's classes rewrites them (with exactly what export-styles writes from a full load), an edit that
    // cannot move them leaves the table alone.
    void commandLineEditsKeepStylesCurrent()
    {
        const QString copy = m_dir.filePath(QStringLiteral("edited.gpkg"));
        QVERIFY(QFile::copy(m_cache, copy));
        const auto stylesOf = [&copy] {
            auto cache = GeoPackageCache::open(copy, true);
            QStringList out;
            for (const QgisStyleStore::Style &s :
                 QgisStyleStore(cache->db()).styles(QStringLiteral("parcels")))
                out << s.name + QLatin1Char('\n') + s.qml + s.sld;
            return out;
        };
        const auto runOk = [](const QStringList &args) {
            const CliRun r = runCli(args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        };
        const QStringList before = stylesOf();

        // Not an allocation: the table is not rewritten (a marker row of Zhili's survives).
        {
            auto cache = GeoPackageCache::open(copy, false);
            cache->db().exec(QStringLiteral("UPDATE layer_styles SET description = 'marker' WHERE owner = "
                                            "'zhili' AND styleName = (SELECT MIN(styleName) FROM "
                                            "layer_styles WHERE owner = 'zhili')"));
        }
        runOk({QStringLiteral("assign"), QStringLiteral("--cache"), copy, QStringLiteral("--parcel"),
               QStringLiteral("Q-2"), QStringLiteral("--ecosystem"), QStringLiteral("bio")});
        {
            auto cache = GeoPackageCache::open(copy, true);
            auto st = cache->db().prepare(
                QStringLiteral("SELECT COUNT(*) FROM layer_styles WHERE description = 'marker'"));
            QVERIFY(st.step());
            QCOMPARE(st.integer(0), 1);
        }

        // A land allocation that moves the land classes (10 → 14 亩 of the lowest): rewritten at once.
        runOk({QStringLiteral("assign"), QStringLiteral("--cache"), copy, QStringLiteral("--parcel"),
               QStringLiteral("Q-0"), QStringLiteral("--land-mu"), QStringLiteral("14")});
        const QStringList afterAssign = stylesOf();
        QVERIFY(afterAssign != before);
        QCOMPARE(afterAssign.size(), before.size());

        // A batch changing energy: the same.
        const QString csv = m_dir.filePath(QStringLiteral("energy.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,energy_tce\nQ-1,90000\n");
        f.close();
        runOk({QStringLiteral("batch"), QStringLiteral("--cache"), copy, QStringLiteral("--csv"), csv});
        const QStringList afterBatch = stylesOf();
        QVERIFY(afterBatch != afterAssign);

        // What the edits wrote is what export-styles writes from the whole scene.
        runOk({QStringLiteral("export-styles"), QStringLiteral("--cache"), copy});
        QCOMPARE(stylesOf(), afterBatch);
    }

    void gdalValidatesTheCache()
    {
        requireQgis();
        QProcess p;
        p.start(QString::fromLatin1(kPython),
                {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), m_cache});
        QVERIFY(p.waitForFinished(120000));
        const QString said =
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
        QVERIFY2(p.exitCode() == 0 && said.isEmpty(), qPrintable(said));
    }

    void qgisDrawsZhiliColours()
    {
        requireQgis();
        const QJsonObject q = runPyQgis(m_dir.path(), kStylesScript,
                                        {m_cache, QStringLiteral("%1,%2").arg(kX + 50).arg(kY + 50),
                                         QStringLiteral("%1,%2").arg(kX + 150).arg(kY + 50),
                                         QStringLiteral("%1,%2").arg(kX + 250).arg(kY + 50)});
        QVERIFY(q.value(QStringLiteral("valid")).toBool());
        QCOMPARE(q.value(QStringLiteral("type")).toString(), QStringLiteral("categorizedSymbol"));

        // Categories and colours equal Zhili's legend, unassigned last; names in Chinese.
        auto cache = GeoPackageCache::open(m_cache, true);
        MapScene scene;
        scene.load(*cache);
        const QList<LegendEntry> legend = scene.legend(LayerKind::Parcels);
        const QJsonArray categories = q.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), legend.size());
        for (int i = 0; i < legend.size(); ++i) {
            const QJsonObject c = categories[i].toObject();
            QCOMPARE(c.value(QStringLiteral("value")).toString(), legend[i].key);
            QCOMPARE(c.value(QStringLiteral("color")).toString(), legend[i].color.name());
        }
        QCOMPARE(categories[0].toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("智能物联"));
        QCOMPARE(categories.last().toObject().value(QStringLiteral("label")).toString(),
                 QStringLiteral("未分配"));

        // QGIS paints each parcel at its centre in its ecosystem's colour (core/model/ecosystem.cpp).
        const QJsonArray pixels = q.value(QStringLiteral("pixels")).toArray();
        QCOMPARE(pixels.size(), 3);
        QCOMPARE(pixels[0].toString(), scene.ecosystemColor(QStringLiteral("iot")).name());
        QCOMPARE(pixels[1].toString(), scene.ecosystemColor(QStringLiteral("bio")).name());
        QCOMPARE(pixels[2].toString(), scene.ecosystemColor(QString()).name());

        // The theme styles have Zhili's classes and colours, "no allocation" first.
        const QJsonArray styles = q.value(QStringLiteral("styles")).toArray();
        QCOMPARE(styles.size(), 5);
        const QJsonObject land = styles[1].toObject();
        QCOMPARE(land.value(QStringLiteral("type")).toString(), QStringLiteral("graduatedSymbol"));
        const QJsonArray ranges = land.value(QStringLiteral("ranges")).toArray();
        const std::vector<double> breaks = scene.classBreaks(LayerKind::LandTheme);
        const QList<QColor> colors = scene.classColors(LayerKind::LandTheme);
        QCOMPARE(ranges.size(), qsizetype(breaks.size()) + 1);
        QCOMPARE(ranges[0].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("无分配"));
        for (size_t c = 0; c < breaks.size(); ++c) {
            const QJsonObject range = ranges[int(c) + 1].toObject();
            QCOMPARE(range.value(QStringLiteral("color")).toString(), colors.value(int(c)).name());
            if (c + 1 < breaks.size())
                QVERIFY(qAbs(range.value(QStringLiteral("upper")).toDouble() - breaks[c]) < 1e-5);
        }
        const QJsonObject districts = q.value(QStringLiteral("districts")).toObject();
        QCOMPARE(districts.value(QStringLiteral("type")).toString(), QStringLiteral("singleSymbol"));
        QVERIFY(districts.value(QStringLiteral("labels")).toBool());
        QCOMPARE(districts.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
    }

    void projectOpensWithLayersInOrder()
    {
        const QString project = m_dir.filePath(QStringLiteral("project/map.qgz"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("project"))));
        const CliRun r =
            runCli({QStringLiteral("export-qgis"), QStringLiteral("--cache"), m_cache,
                    QStringLiteral("--out"), project, QStringLiteral("--district"), QStringLiteral("滨江区"),
                    QStringLiteral("--theme"), QStringLiteral("land")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile zip(project);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QByteArray bytes = zip.readAll();
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        // Stored, so the .qgs text is readable in the archive: the cache by a relative path.
        QVERIFY(bytes.contains("<datasource>../c.gpkg|layername=parcels</datasource>"));
        QVERIFY(!bytes.contains(m_dir.path().toUtf8()));
        requireQgis();

        // Moved together with its cache, the project still finds it.
        QTemporaryDir moved;
        QVERIFY(QDir().mkpath(moved.filePath(QStringLiteral("p"))));
        QVERIFY(QFile::copy(project, moved.filePath(QStringLiteral("p/map.qgz"))));
        QVERIFY(QFile::copy(m_cache, moved.filePath(QStringLiteral("c.gpkg"))));
        const QJsonObject q =
            runPyQgis(moved.path(), kProjectScript, {moved.filePath(QStringLiteral("p/map.qgz"))});
        QVERIFY(q.value(QStringLiteral("read")).toBool());
        QCOMPARE(q.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4549"));

        // Zhili's stack (bottom first) is QGIS's tree read from the bottom; --theme land shows only that
        // fill.
        auto cache = GeoPackageCache::open(m_cache, true);
        MapScene scene;
        scene.load(*cache);
        scene.setFillLayer(LayerKind::LandTheme);
        QStringList expected;
        QList<bool> visible;
        for (const MapLayer &l : scene.layers())
            if (scene.gisStyle(l.kind, QStringLiteral("zh"))) {
                expected.prepend(l.title(QStringLiteral("zh")));
                visible.prepend(l.style.visible);
            }
        const QJsonArray layers = q.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), expected.size());
        for (int i = 0; i < layers.size(); ++i) {
            const QJsonObject l = layers[i].toObject();
            QCOMPARE(l.value(QStringLiteral("name")).toString(), expected[i]);
            QCOMPARE(l.value(QStringLiteral("visible")).toBool(), visible[i]);
            QVERIFY2(l.value(QStringLiteral("valid")).toBool(), qPrintable(expected[i]));
            QVERIFY(l.value(QStringLiteral("source")).toString().startsWith(moved.path()));
        }
        // Opens on 滨江区 (its parcels x from kX + 200 to kX + 600).
        const QJsonArray extent = q.value(QStringLiteral("extent")).toArray();
        QCOMPARE(extent.size(), 4);
        QVERIFY(extent[0].toDouble() < kX + 200 && extent[0].toDouble() > kX + 150);
        QVERIFY(extent[2].toDouble() > kX + 600 && extent[2].toDouble() < kX + 650);
    }

    void zipChecksum()
    {
        QCOMPARE(StoredZip::crc32(QByteArrayLiteral("123456789")), quint32(0xCBF43926));
        const QByteArray zip = StoredZip::build({{QStringLiteral("地图.qgs"), QByteArrayLiteral("<qgis/>")}},
                                                QDateTime(QDate(2026, 1, 2), QTime(3, 4, 6)));
        QVERIFY(zip.startsWith("PK\x03\x04"));
        QVERIFY(zip.contains(QStringLiteral("地图.qgs").toUtf8()));
        QVERIFY(zip.contains("PK\x05\x06"));
    }
};

QTEST_MAIN(TestQgisInterchange)
#include "tst_qgisinterchange.moc"
