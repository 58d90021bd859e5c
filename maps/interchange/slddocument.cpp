#include "interchange/slddocument.h"

#include <QXmlStreamWriter>

namespace zhili {

namespace {

const QString kSe = QStringLiteral("http://www.opengis.net/se");
const QString kOgc = QStringLiteral("http://www.opengis.net/ogc");
constexpr double kMmPerPixel = 0.28; // the SLD "standardized rendering pixel"
constexpr double kMmPerPoint = 25.4 / 72;

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

void svgParameter(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeStartElement(kSe, QStringLiteral("SvgParameter"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeCharacters(value);
    w.writeEndElement();
}

void fill(QXmlStreamWriter &w, const QColor &color, double opacity)
{
    w.writeStartElement(kSe, QStringLiteral("Fill"));
    svgParameter(w, QStringLiteral("fill"), color.name());
    if (opacity < 1)
        svgParameter(w, QStringLiteral("fill-opacity"), number(opacity));
    w.writeEndElement();
}

void comparison(QXmlStreamWriter &w, const QString &op, const QString &field, const QString &literal)
{
    w.writeStartElement(kOgc, op);
    w.writeTextElement(kOgc, QStringLiteral("PropertyName"), field);
    w.writeTextElement(kOgc, QStringLiteral("Literal"), literal);
    w.writeEndElement();
}

void named(QXmlStreamWriter &w, const QString &name)
{
    w.writeTextElement(kSe, QStringLiteral("Name"), name);
    w.writeStartElement(kSe, QStringLiteral("Description"));
    w.writeTextElement(kSe, QStringLiteral("Title"), name);
    w.writeEndElement();
}

} // namespace

QString SldDocument::document(const GisStyle &style)
{
    QString text;
    QXmlStreamWriter w(&text);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeNamespace(kSe, QStringLiteral("se"));
    w.writeNamespace(kOgc, QStringLiteral("ogc"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/sld"));
    w.writeStartElement(QStringLiteral("http://www.opengis.net/sld"),
                        QStringLiteral("StyledLayerDescriptor"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1.0"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                     QStringLiteral("schemaLocation"),
                     QStringLiteral("http://www.opengis.net/sld "
                                    "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"));
    w.writeStartElement(QStringLiteral("http://www.opengis.net/sld"), QStringLiteral("NamedLayer"));
    w.writeTextElement(kSe, QStringLiteral("Name"), style.table);
    w.writeStartElement(QStringLiteral("http://www.opengis.net/sld"), QStringLiteral("UserStyle"));
    w.writeTextElement(kSe, QStringLiteral("Name"), style.name);
    w.writeStartElement(kSe, QStringLiteral("FeatureTypeStyle"));
    if (style.classes.isEmpty()) {
        if (style.renderer != GisStyle::Renderer::LabelsOnly) {
            w.writeStartElement(kSe, QStringLiteral("Rule"));
            named(w, style.title);
            writeScales(w, style);
            writePolygonSymbolizer(w, style, nullptr);
            w.writeEndElement();
        }
    } else {
        for (int i = 0; i < style.classes.size(); ++i)
            writeClassRule(w, style, i);
    }
    if (!style.labelField.isEmpty())
        writeLabelRule(w, style);
    w.writeEndElement(); // FeatureTypeStyle
    w.writeEndElement(); // UserStyle
    w.writeEndElement(); // NamedLayer
    w.writeEndElement(); // StyledLayerDescriptor
    w.writeEndDocument();
    return text;
}

void SldDocument::writeClassRule(QXmlStreamWriter &w, const GisStyle &style, int index)
{
    w.writeStartElement(kSe, QStringLiteral("Rule"));
    named(w, style.classes[index].label);
    writeFilter(w, style, index);
    writeScales(w, style);
    writePolygonSymbolizer(w, style, &style.classes[index].color);
    w.writeEndElement();
}

void SldDocument::writeFilter(QXmlStreamWriter &w, const GisStyle &style, int index)
{
    const GisStyleClass &c = style.classes[index];
    w.writeStartElement(kOgc, QStringLiteral("Filter"));
    if (style.renderer == GisStyle::Renderer::Categorized) {
        if (c.value.isEmpty()) {
            w.writeStartElement(kOgc, QStringLiteral("PropertyIsNull"));
            w.writeTextElement(kOgc, QStringLiteral("PropertyName"), style.field);
            w.writeEndElement();
        } else {
            comparison(w, QStringLiteral("PropertyIsEqualTo"), style.field, c.value);
        }
    } else if (c.upper <= c.lower) {
        // The "no allocation" class: exactly the lower bound (0).
        comparison(w, QStringLiteral("PropertyIsLessThanOrEqualTo"), style.field, number(c.upper));
    } else {
        // (lower, upper]; the last class is open above, as Zhili's.
        const bool last = index + 1 == style.classes.size();
        if (!last)
            w.writeStartElement(kOgc, QStringLiteral("And"));
        comparison(w, QStringLiteral("PropertyIsGreaterThan"), style.field,
                   QString::number(c.lower, 'g', 17));
        if (!last) {
            comparison(w, QStringLiteral("PropertyIsLessThanOrEqualTo"), style.field,
                       QString::number(c.upper, 'g', 17));
            w.writeEndElement();
        }
    }
    w.writeEndElement();
}

void SldDocument::writeScales(QXmlStreamWriter &w, const GisStyle &style)
{
    if (style.minScaleDenominator > 0)
        w.writeTextElement(kSe, QStringLiteral("MinScaleDenominator"), number(style.minScaleDenominator));
    if (style.maxScaleDenominator > 0)
        w.writeTextElement(kSe, QStringLiteral("MaxScaleDenominator"), number(style.maxScaleDenominator));
}

void SldDocument::writePolygonSymbolizer(QXmlStreamWriter &w, const GisStyle &style, const QColor *fillColor)
{
    w.writeStartElement(kSe, QStringLiteral("PolygonSymbolizer"));
    if (fillColor)
        fill(w, *fillColor, style.opacity);
    w.writeStartElement(kSe, QStringLiteral("Stroke"));
    svgParameter(w, QStringLiteral("stroke"), style.outlineColor.name());
    if (style.opacity < 1)
        svgParameter(w, QStringLiteral("stroke-opacity"), number(style.opacity));
    svgParameter(w, QStringLiteral("stroke-width"), number(style.outlineWidthMm / kMmPerPixel));
    svgParameter(w, QStringLiteral("stroke-linejoin"), QStringLiteral("round"));
    w.writeEndElement();
    w.writeEndElement();
}

void SldDocument::writeLabelRule(QXmlStreamWriter &w, const GisStyle &style)
{
    w.writeStartElement(kSe, QStringLiteral("Rule"));
    named(w, style.labelField);
    writeScales(w, style);
    w.writeStartElement(kSe, QStringLiteral("TextSymbolizer"));
    w.writeStartElement(kSe, QStringLiteral("Label"));
    w.writeTextElement(kOgc, QStringLiteral("PropertyName"), style.labelField);
    w.writeEndElement();
    w.writeStartElement(kSe, QStringLiteral("Font"));
    svgParameter(w, QStringLiteral("font-family"), QStringLiteral("Noto Sans CJK SC"));
    svgParameter(w, QStringLiteral("font-size"), number(style.labelSizePt * kMmPerPoint / kMmPerPixel));
    w.writeEndElement();
    w.writeStartElement(kSe, QStringLiteral("LabelPlacement"));
    w.writeStartElement(kSe, QStringLiteral("PointPlacement"));
    w.writeStartElement(kSe, QStringLiteral("AnchorPoint"));
    w.writeTextElement(kSe, QStringLiteral("AnchorPointX"), QStringLiteral("0.5"));
    w.writeTextElement(kSe, QStringLiteral("AnchorPointY"), QStringLiteral("0.5"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    if (style.haloWidthMm > 0) {
        w.writeStartElement(kSe, QStringLiteral("Halo"));
        w.writeTextElement(kSe, QStringLiteral("Radius"), number(style.haloWidthMm / kMmPerPixel));
        fill(w, style.haloColor, 1);
        w.writeEndElement();
    }
    fill(w, style.labelColor, 1);
    w.writeEndElement(); // TextSymbolizer
    w.writeEndElement(); // Rule
}

} // namespace zhili
