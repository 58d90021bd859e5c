#include "interchange/qgisproject.h"

#include "crs/crs.h"
#include "interchange/qgisqml.h"
#include "io/storedzip.h"
#include "render/mapscene.h"

#include <QDateTime>
#include <QDir>
#include <QXmlStreamWriter>
#include <algorithm>

namespace zhili {

namespace {

struct ProjectLayer {
    QString id;
    GisStyle style;
};

QString layerSource(const QString &cachePath, const QString &table)
{
    return cachePath + QStringLiteral("|layername=") + table;
}

void writeSrs(QXmlStreamWriter &w, const Crs &crs)
{
    w.writeStartElement(QStringLiteral("spatialrefsys"));
    w.writeAttribute(QStringLiteral("nativeFormat"), QStringLiteral("Wkt"));
    w.writeTextElement(QStringLiteral("wkt"), crs.wkt());
    w.writeTextElement(QStringLiteral("authid"), crs.authId());
    w.writeTextElement(QStringLiteral("description"), crs.name());
    w.writeEndElement();
}

void writeExtent(QXmlStreamWriter &w, const Envelope &e)
{
    w.writeTextElement(QStringLiteral("xmin"), QString::number(e.minX, 'g', 17));
    w.writeTextElement(QStringLiteral("ymin"), QString::number(e.minY, 'g', 17));
    w.writeTextElement(QStringLiteral("xmax"), QString::number(e.maxX, 'g', 17));
    w.writeTextElement(QStringLiteral("ymax"), QString::number(e.maxY, 'g', 17));
}

// QGIS's layer tree lists the top layer first; Zhili's stack is bottom first.
void writeLayerTree(QXmlStreamWriter &w, const QList<ProjectLayer> &layers, const QString &cachePath)
{
    w.writeStartElement(QStringLiteral("layer-tree-group"));
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        w.writeStartElement(QStringLiteral("layer-tree-layer"));
        w.writeAttribute(QStringLiteral("id"), it->id);
        w.writeAttribute(QStringLiteral("name"), it->style.title);
        w.writeAttribute(QStringLiteral("source"), layerSource(cachePath, it->style.table));
        w.writeAttribute(QStringLiteral("providerKey"), QStringLiteral("ogr"));
        w.writeAttribute(QStringLiteral("checked"),
                         it->style.visible ? QStringLiteral("Qt::Checked") : QStringLiteral("Qt::Unchecked"));
        w.writeAttribute(QStringLiteral("expanded"), QStringLiteral("1"));
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeViews(QXmlStreamWriter &w, const QgisProject::Options &o)
{
    w.writeStartElement(QStringLiteral("mapcanvas"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("theMapCanvas"));
    w.writeAttribute(QStringLiteral("annotationsVisible"), QStringLiteral("1"));
    w.writeTextElement(QStringLiteral("units"), QStringLiteral("meters"));
    w.writeStartElement(QStringLiteral("extent"));
    writeExtent(w, o.extent);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("rotation"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("destinationsrs"));
    writeSrs(w, *o.crs);
    w.writeEndElement();
    w.writeEndElement();
    // What QGIS 3.18+ zooms to on opening (the canvas extent above is what older versions read).
    w.writeStartElement(QStringLiteral("ProjectViewSettings"));
    w.writeAttribute(QStringLiteral("UseProjectScales"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("rotation"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("DefaultViewExtent"));
    w.writeAttribute(QStringLiteral("xmin"), QString::number(o.extent.minX, 'g', 17));
    w.writeAttribute(QStringLiteral("ymin"), QString::number(o.extent.minY, 'g', 17));
    w.writeAttribute(QStringLiteral("xmax"), QString::number(o.extent.maxX, 'g', 17));
    w.writeAttribute(QStringLiteral("ymax"), QString::number(o.extent.maxY, 'g', 17));
    writeSrs(w, *o.crs);
    w.writeEndElement();
    w.writeEndElement();
}

// One entry of the project's <properties>: <group><name type="…">value</name></group>.
void writeProperty(QXmlStreamWriter &w, const QString &group, const QString &name, const QString &type,
                   const QString &value)
{
    w.writeStartElement(group);
    w.writeStartElement(name);
    w.writeAttribute(QStringLiteral("type"), type);
    w.writeCharacters(value);
    w.writeEndElement();
    w.writeEndElement();
}

void writeMapLayer(QXmlStreamWriter &w, const ProjectLayer &l, const QgisProject::Options &o)
{
    w.writeStartElement(QStringLiteral("maplayer"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("vector"));
    w.writeAttribute(QStringLiteral("geometry"), QStringLiteral("Polygon"));
    w.writeAttribute(QStringLiteral("wkbType"), QStringLiteral("MultiPolygon"));
    w.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("AllStyleCategories"));
    QgisQml::writeLayerAttributes(w, l.style);
    w.writeTextElement(QStringLiteral("id"), l.id);
    w.writeTextElement(QStringLiteral("datasource"), layerSource(o.cachePath, l.style.table));
    w.writeTextElement(QStringLiteral("layername"), l.style.title);
    w.writeStartElement(QStringLiteral("srs"));
    writeSrs(w, *o.crs);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("provider"));
    w.writeAttribute(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    w.writeCharacters(QStringLiteral("ogr"));
    w.writeEndElement();
    QgisQml::writeLayerElements(w, l.style);
    w.writeEndElement();
}

} // namespace

QString QgisProject::document(const MapScene &scene, const Options &o)
{
    QList<ProjectLayer> layers;
    for (const MapLayer &layer : scene.layers())
        if (std::optional<GisStyle> g = scene.gisStyle(layer.kind, o.language))
            // QGIS ignores layer ids of 10 characters or fewer ("zhili_land") and makes up its own.
            layers << ProjectLayer{QStringLiteral("zhili_%1_layer").arg(layer.key()), *g};

    QString text;
    QXmlStreamWriter w(&text);
    QgisQml::startDocument(w);
    w.writeAttribute(QStringLiteral("projectname"), o.title);
    w.writeStartElement(QStringLiteral("homePath"));
    w.writeAttribute(QStringLiteral("path"), QString());
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("title"), o.title);
    w.writeStartElement(QStringLiteral("projectCrs"));
    writeSrs(w, *o.crs);
    w.writeEndElement();
    writeLayerTree(w, layers, o.cachePath);
    writeViews(w, o);
    w.writeStartElement(QStringLiteral("projectlayers"));
    for (const ProjectLayer &l : layers)
        writeMapLayer(w, l, o);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("properties"));
    // Without ProjectionsEnabled QGIS 3.22 ignores <projectCrs>.
    writeProperty(w, QStringLiteral("SpatialRefSys"), QStringLiteral("ProjectionsEnabled"),
                  QStringLiteral("int"), QStringLiteral("1"));
    writeProperty(w, QStringLiteral("Paths"), QStringLiteral("Absolute"), QStringLiteral("bool"),
                  QStringLiteral("false"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return text;
}

QByteArray QgisProject::archive(const QString &qgsName, const QString &document)
{
    return StoredZip::build({{qgsName, document.toUtf8()}}, QDateTime::currentDateTime());
}

QString QgisProject::relativeSource(const QString &projectFolder, const QString &cache)
{
    const QString relative = QDir(projectFolder).relativeFilePath(QFileInfo(cache).absoluteFilePath());
    return relative.startsWith(QLatin1String("../")) ? relative : QStringLiteral("./") + relative;
}

} // namespace zhili
