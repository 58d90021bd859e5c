#include "layers/themelayer.h"

#include "cache/geopackagecache.h"
#include "layers/classification.h"
#include "render/parcelfillrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace zhili {

namespace {

QString formatValue(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QLocale::c().toString(v, 'f', decimals);
}

// Zhili compares the allocations as float32 (ParcelStore) with a break; other GIS compare the cache's
// doubles. The bound between the largest float <= break and the next float up puts every double into the
// class its float falls into.
double floatClassBound(double b)
{
    float f = float(b);
    if (double(f) > b)
        f = std::nextafter(f, -std::numeric_limits<float>::infinity());
    const float next = std::nextafter(f, std::numeric_limits<float>::infinity());
    return (double(f) + double(next)) / 2;
}

ParcelFillRenderer::Value fillValue(ThemeLayer::Allocation a)
{
    return a == ThemeLayer::Allocation::LandMu      ? ParcelFillRenderer::Value::LandMu
           : a == ThemeLayer::Allocation::EnergyTce ? ParcelFillRenderer::Value::EnergyTce
                                                    : ParcelFillRenderer::Value::FinanceWan;
}

} // namespace

const ThemeLayer::Spec ThemeLayer::Land{LayerKind::LandTheme,
                                        Allocation::LandMu,
                                        "亩",
                                        "YlGn",
                                        QT_TRANSLATE_NOOP("ThemeLayer", "Land allocation (mu)"),
                                        QT_TRANSLATE_NOOP("ThemeLayer", "mu"),
                                        "图例 · 用地分配"};
const ThemeLayer::Spec ThemeLayer::Energy{LayerKind::EnergyTheme,
                                          Allocation::EnergyTce,
                                          "tce",
                                          "OrRd",
                                          QT_TRANSLATE_NOOP("ThemeLayer", "Energy allocation (tce/year)"),
                                          QT_TRANSLATE_NOOP("ThemeLayer", "tce/yr"),
                                          "图例 · 用能分配"};
const ThemeLayer::Spec ThemeLayer::Finance{LayerKind::FinanceTheme,
                                           Allocation::FinanceWan,
                                           "万元",
                                           "PuBu",
                                           QT_TRANSLATE_NOOP("ThemeLayer", "Finance allocation (10k CNY)"),
                                           QT_TRANSLATE_NOOP("ThemeLayer", "10k CNY"),
                                           "图例 · 金融支持"};

namespace {
LayerStyle themeDefaults(const ThemeLayer::Spec &spec)
{
    LayerStyle s = LayerStyle().withVisibility(false, 1);
    s.palette = QString::fromLatin1(spec.palette);
    return s;
}
} // namespace

ThemeLayer::ThemeLayer(const Spec &spec) : ParcelFillLayer(spec.kind, themeDefaults(spec)), m_spec(spec) {}

QString ThemeLayer::displayName() const
{
    return QCoreApplication::translate("ThemeLayer", m_spec.name);
}

QString ThemeLayer::legendLabel(const LegendEntry &entry) const
{
    if (entry.key.isEmpty())
        return QCoreApplication::translate("ThemeLayer", "No allocation");
    const QLocale l;
    return QStringLiteral("%1 – %2 %3")
        .arg(l.toString(entry.lower, 'g', 6), l.toString(entry.upper, 'g', 6),
             QCoreApplication::translate("ThemeLayer", m_spec.legendUnit));
}

QString ThemeLayer::sheetLegendHeading() const
{
    return QString::fromUtf8(m_spec.sheetHeading);
}

double ThemeLayer::value(const ParcelStore &s, int i) const
{
    return m_spec.allocation == Allocation::LandMu      ? s.landMu(i)
           : m_spec.allocation == Allocation::EnergyTce ? s.energyTce(i)
                                                        : s.financeWan(i);
}

std::vector<double> ThemeLayer::classBreaks(const SceneData &data) const
{
    if (m_breaks)
        return *m_breaks;
    std::vector<double> b;
    if (!style.breaks.empty()) {
        b = style.breaks;
        std::sort(b.begin(), b.end());
    } else if (data.parcels && data.parcels->isPartial() && data.cache) {
        // Partial load: cut the classes over the whole cache so colours match the full map.
        b = Classification::compute(style.method,
                                    AllocationValueQuery::positiveValues(data.cache->db(), m_spec.allocation),
                                    style.classCount);
    } else if (data.parcels) {
        const ParcelStore &s = *data.parcels;
        std::vector<double> values;
        QReadLocker lock(&s.lock());
        values.reserve(s.size());
        for (int i = 0; i < s.size(); ++i) {
            const double v = value(s, i);
            if (v > 0)
                values.push_back(v);
        }
        b = Classification::compute(style.method, std::move(values), style.classCount);
    }
    m_breaks = b;
    return b;
}

QList<QColor> ThemeLayer::classColors(const SceneData &data) const
{
    return sequentialPalette(style.palette, int(std::max<size_t>(1, classBreaks(data).size())));
}

bool ThemeLayer::resetClasses()
{
    const bool had = m_breaks.has_value();
    m_breaks.reset();
    return had;
}

void ThemeLayer::styleChanged(const LayerStyle &old)
{
    if (old.method != style.method || old.classCount != style.classCount || old.breaks != style.breaks)
        m_breaks.reset();
}

QList<LegendEntry> ThemeLayer::legend(const SceneData &data, const LegendScope &scope) const
{
    QList<LegendEntry> out;
    const std::vector<double> breaks = classBreaks(data);
    const QList<QColor> colors = classColors(data);
    double lower = 0;
    for (size_t c = 0; c < breaks.size(); ++c) {
        LegendEntry e;
        e.lower = lower;
        e.upper = breaks[c];
        e.label = rangeLabel(lower, breaks[c], QString::fromUtf8(m_spec.unit));
        e.color = colors.value(int(c));
        e.key = QString::number(c);
        out << e;
        lower = breaks[c];
    }
    LegendEntry none;
    none.label =
        QStringLiteral("无分配"); // the Chinese sheet's, like the units of the ranges; see legendLabel()
    none.color = style.noDataColor;
    out << none;
    const int last = int(out.size()) - 1;
    countParcels(out, data, scope, [&](const ParcelStore &s, int i) {
        const double v = value(s, i);
        const int c = v > 0 ? Classification::classOf(breaks, v) : -1;
        return c < 0 ? last : c;
    });
    return out;
}

QString ThemeLayer::rangeLabel(double lower, double upper, const QString &unit)
{
    return QStringLiteral("%1 – %2 %3").arg(formatValue(lower), formatValue(upper), unit);
}

std::optional<GisStyle> ThemeLayer::gisStyle(const SceneData &data, const QString &language) const
{
    GisStyle g = gisStyleBase(QStringLiteral("parcels"), language);
    g.renderer = GisStyle::Renderer::Graduated;
    g.field = QLatin1String(AllocationValueQuery::column(m_spec.allocation));
    g.method = style.method == ClassificationMethod::EqualInterval ? QStringLiteral("EqualInterval")
               : style.method == ClassificationMethod::Quantile    ? QStringLiteral("Quantile")
                                                                   : QStringLiteral("Jenks");
    g.outlineColor = style.outlineColor;
    g.outlineWidthMm = style.outlineWidthMm;
    const QString unit = language == QLatin1String("zh") ? QString::fromUtf8(m_spec.unit)
                                                         : QString::fromLatin1(m_spec.legendUnit);
    const std::vector<double> breaks = classBreaks(data);
    const QList<QColor> colors = classColors(data);
    // No allocation first, so that 0 takes its colour before the first class's range does.
    g.classes << GisStyleClass{QString(), 0, 0, inLanguage(language, "无分配", "No allocation"),
                               style.noDataColor};
    double lower = 0, bound = 0;
    for (size_t c = 0; c < breaks.size(); ++c) {
        // The last class also takes values above its bound, as Classification::classOf does.
        const double upper =
            c + 1 == breaks.size() ? std::numeric_limits<double>::max() : floatClassBound(breaks[c]);
        g.classes << GisStyleClass{QString(), bound, upper, rangeLabel(lower, breaks[c], unit),
                                   colors.value(int(c))};
        lower = breaks[c];
        bound = upper;
    }
    return g;
}

std::shared_ptr<LayerRenderer> ThemeLayer::prepare(const SceneData &data, const MapSettings &settings) const
{
    return std::make_shared<ParcelFillRenderer>(data.parcelsToDraw(settings), fillValue(m_spec.allocation),
                                                classColors(data), classBreaks(data), style);
}

} // namespace zhili
