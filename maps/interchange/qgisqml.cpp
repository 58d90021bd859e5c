#include "interchange/qgisqml.h"

#include <QXmlStreamWriter>

namespace zhili {

namespace {

const char *const kQgisVersion = "3.22.16-Białowieża";

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

void option(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("QString"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("value"), value);
    w.writeEndElement();
}

} // namespace

QString QgisQml::color(const QColor &c)
{
    return QStringLiteral("%1,%2,%3,%4").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alpha());
}

void QgisQml::startDocument(QXmlStreamWriter &w)
{
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDTD(QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"));
    w.writeStartElement(QStringLiteral("qgis"));
    w.writeAttribute(QStringLiteral("version"), QString::fromUtf8(kQgisVersion));
}

QString QgisQml::document(const GisStyle &style)
{
    QString text;
    QXmlStreamWriter w(&text);
    startDocument(w);
    w.writeAttribute(QStringLiteral("styleCategories"), QStringLiteral("AllStyleCategories"));
    writeLayerAttributes(w, style);
    writeLayerElements(w, style);
    w.writeEndElement();
    w.writeEndDocument();
    return text;
}

void QgisQml::writeLayerAttributes(QXmlStreamWriter &w, const GisStyle &style)
{
    // Zhili's min/max scale bound the denominator from below/above; QGIS's "minScale" is the most zoomed-out
    // denominator (the upper bound) and "maxScale" the most zoomed-in one.
    const bool scaled = style.minScaleDenominator > 0 || style.maxScaleDenominator > 0;
    w.writeAttribute(QStringLiteral("hasScaleBasedVisibilityFlag"),
                     scaled ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("minScale"), number(style.maxScaleDenominator));
    w.writeAttribute(QStringLiteral("maxScale"), number(style.minScaleDenominator));
    w.writeAttribute(QStringLiteral("labelsEnabled"),
                     style.labelField.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
}

void QgisQml::writeLayerElements(QXmlStreamWriter &w, const GisStyle &style)
{
    writeRenderer(w, style);
    writeLabeling(w, style);
    w.writeTextElement(QStringLiteral("layerOpacity"), number(style.opacity));
}

void QgisQml::writeRenderer(QXmlStreamWriter &w, const GisStyle &style)
{
    w.writeStartElement(QStringLiteral("renderer-v2"));
    const bool categorized = style.renderer == GisStyle::Renderer::Categorized;
    const bool graduated = style.renderer == GisStyle::Renderer::Graduated;
    w.writeAttribute(QStringLiteral("type"), categorized ? QStringLiteral("categorizedSymbol")
                                             : graduated ? QStringLiteral("graduatedSymbol")
                                                         : QStringLiteral("singleSymbol"));
    if (categorized || graduated)
        w.writeAttribute(QStringLiteral("attr"), style.field);
    if (graduated)
        w.writeAttribute(QStringLiteral("graduatedMethod"), QStringLiteral("GraduatedColor"));
    w.writeAttribute(QStringLiteral("symbollevels"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("forceraster"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("enableorderby"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("referencescale"), QStringLiteral("-1"));
    if (categorized || graduated) {
        w.writeStartElement(categorized ? QStringLiteral("categories") : QStringLiteral("ranges"));
        for (int i = 0; i < style.classes.size(); ++i) {
            const GisStyleClass &c = style.classes[i];
            w.writeStartElement(categorized ? QStringLiteral("category") : QStringLiteral("range"));
            if (categorized) {
                w.writeAttribute(QStringLiteral("value"), c.value);
            } else {
                w.writeAttribute(QStringLiteral("lower"), number(c.lower));
                w.writeAttribute(QStringLiteral("upper"), number(c.upper));
            }
            w.writeAttribute(QStringLiteral("symbol"), QString::number(i));
            w.writeAttribute(QStringLiteral("label"), c.label);
            w.writeAttribute(QStringLiteral("render"), QStringLiteral("true"));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeStartElement(QStringLiteral("symbols"));
    if (categorized || graduated) {
        for (int i = 0; i < style.classes.size(); ++i)
            writeFillSymbol(w, QString::number(i), style.classes[i].color, style);
    } else {
        writeFillSymbol(w, QStringLiteral("0"), QColor(Qt::transparent), style);
    }
    w.writeEndElement();
    if (graduated) {
        w.writeStartElement(QStringLiteral("classificationMethod"));
        w.writeAttribute(QStringLiteral("id"), style.method);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void QgisQml::writeFillSymbol(QXmlStreamWriter &w, const QString &name, const QColor &fill,
                              const GisStyle &style)
{
    w.writeStartElement(QStringLiteral("symbol"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("fill"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("alpha"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("clip_to_extent"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("force_rhr"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("layer"));
    w.writeAttribute(QStringLiteral("class"), QStringLiteral("SimpleFill"));
    w.writeAttribute(QStringLiteral("enabled"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("pass"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("locked"), QStringLiteral("0"));
    w.writeStartElement(QStringLiteral("Option"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("Map"));
    const bool filled =
        style.renderer == GisStyle::Renderer::Categorized || style.renderer == GisStyle::Renderer::Graduated;
    const bool outlined = style.renderer != GisStyle::Renderer::LabelsOnly;
    option(w, QStringLiteral("color"), color(fill));
    option(w, QStringLiteral("style"), filled ? QStringLiteral("solid") : QStringLiteral("no"));
    option(w, QStringLiteral("outline_color"), color(style.outlineColor));
    option(w, QStringLiteral("outline_style"), outlined ? QStringLiteral("solid") : QStringLiteral("no"));
    option(w, QStringLiteral("outline_width"), number(style.outlineWidthMm));
    option(w, QStringLiteral("outline_width_unit"), QStringLiteral("MM"));
    option(w, QStringLiteral("joinstyle"), QStringLiteral("round"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void QgisQml::writeLabeling(QXmlStreamWriter &w, const GisStyle &style)
{
    if (style.labelField.isEmpty())
        return;
    w.writeStartElement(QStringLiteral("labeling"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("simple"));
    w.writeStartElement(QStringLiteral("settings"));
    w.writeAttribute(QStringLiteral("calloutType"), QStringLiteral("simple"));
    w.writeStartElement(QStringLiteral("text-style"));
    w.writeAttribute(QStringLiteral("fieldName"), style.labelField);
    w.writeAttribute(QStringLiteral("isExpression"), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("fontFamily"), QStringLiteral("Noto Sans CJK SC")); // as Zhili draws
    w.writeAttribute(QStringLiteral("fontSize"), number(style.labelSizePt));
    w.writeAttribute(QStringLiteral("fontSizeUnit"), QStringLiteral("Point"));
    w.writeAttribute(QStringLiteral("textColor"), color(style.labelColor));
    w.writeAttribute(QStringLiteral("textOpacity"), QStringLiteral("1"));
    w.writeStartElement(QStringLiteral("text-buffer"));
    w.writeAttribute(QStringLiteral("bufferDraw"),
                     style.haloWidthMm > 0 ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("bufferSize"), number(style.haloWidthMm));
    w.writeAttribute(QStringLiteral("bufferSizeUnits"), QStringLiteral("MM"));
    w.writeAttribute(QStringLiteral("bufferColor"), color(style.haloColor));
    w.writeAttribute(QStringLiteral("bufferOpacity"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("bufferNoFill"), QStringLiteral("1"));
    w.writeEndElement();
    w.writeEndElement();
    // Over the polygon's centroid, as Zhili places names and codes.
    w.writeStartElement(QStringLiteral("placement"));
    w.writeAttribute(QStringLiteral("placement"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("centroidInside"), QStringLiteral("1"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace zhili
