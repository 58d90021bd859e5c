#include "layers/layerstyle.h"

#include "interchange/gisstyle.h"
#include "layers/layerregistry.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

namespace zhili {

namespace {

/// An enum value and its JSON key; a table of them maps both ways, the last entry being the fallback.
template <typename E> struct Keyed {
    E value;
    const char *key;
};

const Keyed<ClassificationMethod> kMethods[] = {{ClassificationMethod::EqualInterval, "equal"},
                                                {ClassificationMethod::Quantile, "quantile"},
                                                {ClassificationMethod::NaturalBreaks, "jenks"}};
const Keyed<LabelField> kLabelFields[] = {
    {LabelField::Code, "code"}, {LabelField::Enterprise, "enterprise"}, {LabelField::District, "district"}};

template <typename E, size_t N> QString keyOf(const Keyed<E> (&table)[N], E value)
{
    for (const Keyed<E> &k : table)
        if (k.value == value)
            return QString::fromLatin1(k.key);
    return QString::fromLatin1(table[N - 1].key);
}

template <typename E, size_t N> bool valueOf(const Keyed<E> (&table)[N], const QString &key, E *value)
{
    for (const Keyed<E> &k : table)
        if (key == QLatin1String(k.key)) {
            *value = k.value;
            return true;
        }
    return false;
}

QString colorName(const QColor &c)
{
    return c.alpha() == 255 ? c.name(QColor::HexRgb) : c.name(QColor::HexArgb);
}

QColor readColor(const QJsonObject &o, const char *key, const QColor &fallback)
{
    const QColor c(o.value(QLatin1String(key)).toString());
    return c.isValid() ? c : fallback;
}

// ColorBrewer 9-class sequential schemes (Cynthia Brewer, Penn State), light to dark.
const QMap<QString, QStringList> &palettes()
{
    static const QMap<QString, QStringList> p = {
        {QStringLiteral("YlGn"),
         {"#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837", "#004529"}},
        {QStringLiteral("OrRd"),
         {"#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"}},
        {QStringLiteral("PuBu"),
         {"#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858"}},
        {QStringLiteral("YlOrBr"),
         {"#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"}},
        {QStringLiteral("Blues"),
         {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"}},
        {QStringLiteral("Greys"),
         {"#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"}},
    };
    return p;
}

} // namespace

QString layerKey(LayerKind kind)
{
    for (const LayerRegistration &k : layerRegistry())
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

bool layerKindFromKey(const QString &key, LayerKind *kind)
{
    for (const LayerRegistration &k : layerRegistry())
        if (key.compare(QLatin1String(k.key), Qt::CaseInsensitive) == 0) {
            *kind = k.kind;
            return true;
        }
    return false;
}

QList<LayerKind> allLayerKinds()
{
    QList<LayerKind> l;
    for (const LayerRegistration &k : layerRegistry())
        l << k.kind;
    return l;
}

QString layerTitle(LayerKind kind, const QString &language)
{
    for (const LayerRegistration &k : layerRegistry())
        if (k.kind == kind)
            return inLanguage(language, k.titleZh, k.titleEn);
    return {};
}

QString classificationKey(ClassificationMethod m)
{
    return keyOf(kMethods, m);
}

bool classificationFromKey(const QString &key, ClassificationMethod *m)
{
    return valueOf(kMethods, key, m);
}

QJsonObject LayerStyle::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("visible")] = visible;
    o[QStringLiteral("opacity")] = opacity;
    o[QStringLiteral("minScale")] = minScale;
    o[QStringLiteral("maxScale")] = maxScale;
    o[QStringLiteral("outlineColor")] = colorName(outlineColor);
    o[QStringLiteral("outlineWidthMm")] = outlineWidthMm;
    o[QStringLiteral("noDataColor")] = colorName(noDataColor);
    o[QStringLiteral("method")] = classificationKey(method);
    o[QStringLiteral("classCount")] = classCount;
    o[QStringLiteral("palette")] = palette;
    QJsonArray b;
    for (double v : breaks)
        b.append(v);
    o[QStringLiteral("breaks")] = b;
    o[QStringLiteral("lineColor")] = colorName(lineColor);
    o[QStringLiteral("lineWidthMm")] = lineWidthMm;
    o[QStringLiteral("showNames")] = showNames;
    o[QStringLiteral("nameSizePt")] = nameSizePt;
    o[QStringLiteral("labelField")] = keyOf(kLabelFields, labelField);
    o[QStringLiteral("labelSizePt")] = labelSizePt;
    o[QStringLiteral("textColor")] = colorName(textColor);
    o[QStringLiteral("haloColor")] = colorName(haloColor);
    o[QStringLiteral("haloWidthMm")] = haloWidthMm;
    o[QStringLiteral("selectionColor")] = colorName(selectionColor);
    o[QStringLiteral("rasterPath")] = rasterPath;
    // Written only when set, so the saved styles of every other layer keep their earlier shape.
    if (!attribution.isEmpty())
        o[QStringLiteral("attribution")] = attribution;
    if (gcj02)
        o[QStringLiteral("gcj02")] = true;
    return o;
}

LayerStyle LayerStyle::fromJson(const QJsonObject &o, const LayerStyle &d)
{
    LayerStyle s = d;
    auto num = [&](const char *k, double v) { return o.value(QLatin1String(k)).toDouble(v); };
    s.visible = o.value(QLatin1String("visible")).toBool(d.visible);
    s.opacity = std::clamp(num("opacity", d.opacity), 0.0, 1.0);
    s.minScale = std::max(0.0, num("minScale", d.minScale));
    s.maxScale = std::max(0.0, num("maxScale", d.maxScale));
    s.outlineColor = readColor(o, "outlineColor", d.outlineColor);
    s.outlineWidthMm = std::max(0.0, num("outlineWidthMm", d.outlineWidthMm));
    s.noDataColor = readColor(o, "noDataColor", d.noDataColor);
    ClassificationMethod m;
    if (classificationFromKey(o.value(QLatin1String("method")).toString(), &m))
        s.method = m;
    s.classCount = std::clamp(int(num("classCount", d.classCount)), 1, 12);
    s.palette = o.value(QLatin1String("palette")).toString(d.palette);
    if (o.contains(QLatin1String("breaks"))) {
        s.breaks.clear();
        for (const auto &v : o.value(QLatin1String("breaks")).toArray())
            s.breaks.push_back(v.toDouble());
    }
    s.lineColor = readColor(o, "lineColor", d.lineColor);
    s.lineWidthMm = std::max(0.0, num("lineWidthMm", d.lineWidthMm));
    s.showNames = o.value(QLatin1String("showNames")).toBool(d.showNames);
    s.nameSizePt = std::max(1.0, num("nameSizePt", d.nameSizePt));
    valueOf(kLabelFields, o.value(QLatin1String("labelField")).toString(), &s.labelField);
    s.labelSizePt = std::max(1.0, num("labelSizePt", d.labelSizePt));
    s.textColor = readColor(o, "textColor", d.textColor);
    s.haloColor = readColor(o, "haloColor", d.haloColor);
    s.haloWidthMm = std::max(0.0, num("haloWidthMm", d.haloWidthMm));
    s.selectionColor = readColor(o, "selectionColor", d.selectionColor);
    s.rasterPath = o.value(QLatin1String("rasterPath")).toString(d.rasterPath);
    s.attribution = o.value(QLatin1String("attribution")).toString(d.attribution);
    s.gcj02 = o.value(QLatin1String("gcj02")).toBool(d.gcj02);
    return s;
}

LayerStyle LayerStyle::withVisibility(bool visible, double opacity) const
{
    LayerStyle s = *this;
    s.visible = visible;
    s.opacity = opacity;
    return s;
}

QStringList sequentialPaletteNames()
{
    return palettes().keys();
}

QList<QColor> sequentialPalette(const QString &name, int count)
{
    const QStringList stops = palettes().value(name, palettes().value(QStringLiteral("YlOrBr")));
    QList<QColor> out;
    if (count <= 0)
        return out;
    // Skip the near-white first stop: a class must stay visible on a white page.
    const double first = 1, last = stops.size() - 1;
    for (int i = 0; i < count; ++i) {
        const double pos = count == 1 ? last : first + (last - first) * i / (count - 1);
        const int a = int(std::floor(pos));
        const int b = std::min(a + 1, int(stops.size()) - 1);
        const double t = pos - a;
        const QColor ca(stops[a]), cb(stops[b]);
        out << QColor(int(std::lround(ca.red() + (cb.red() - ca.red()) * t)),
                      int(std::lround(ca.green() + (cb.green() - ca.green()) * t)),
                      int(std::lround(ca.blue() + (cb.blue() - ca.blue()) * t)));
    }
    return out;
}

} // namespace zhili
