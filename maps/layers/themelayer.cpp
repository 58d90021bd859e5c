#include "layers/themelayer.h"

#include "cache/geopackagecache.h"
#include "layers/classification.h"
#include "render/parcelfillrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {

QString formatValue(double v)
{
    const double a = std::abs(v);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : 2;
    return QLocale::c().toString(v, 'f', decimals);
}

ParcelFillRenderer::Value fillValue(ThemeLayer::Allocation a)
{
    return a == ThemeLayer::Allocation::LandMu      ? ParcelFillRenderer::Value::LandMu
           : a == ThemeLayer::Allocation::EnergyTce ? ParcelFillRenderer::Value::EnergyTce
                                                    : ParcelFillRenderer::Value::FinanceWan;
}

} // namespace

ThemeLayer::ThemeLayer(LayerKind kind, Allocation allocation, const QString &unit)
    : ParcelFillLayer(kind, LayerStyle::defaultFor(kind)), m_allocation(allocation), m_unit(unit)
{
}

double ThemeLayer::value(const ParcelStore &s, int i) const
{
    return m_allocation == Allocation::LandMu      ? s.landMu(i)
           : m_allocation == Allocation::EnergyTce ? s.energyTce(i)
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
                                    AllocationValueQuery::positiveValues(data.cache->db(), m_allocation),
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

QList<LegendEntry> ThemeLayer::legend(const SceneData &data, const Envelope &extent) const
{
    QList<LegendEntry> out;
    const std::vector<double> breaks = classBreaks(data);
    const QList<QColor> colors = classColors(data);
    double lower = 0;
    for (size_t c = 0; c < breaks.size(); ++c) {
        LegendEntry e;
        e.lower = lower;
        e.upper = breaks[c];
        e.label = QStringLiteral("%1 – %2 %3").arg(formatValue(lower), formatValue(breaks[c]), m_unit);
        e.color = colors.value(int(c));
        e.key = QString::number(c);
        out << e;
        lower = breaks[c];
    }
    LegendEntry none;
    none.label = QCoreApplication::translate("ThemeLayer", "none");
    none.color = style.noDataColor;
    out << none;
    const int last = int(out.size()) - 1;
    countParcels(out, data, extent, [&](const ParcelStore &s, int i) {
        const double v = value(s, i);
        const int c = v > 0 ? Classification::classOf(breaks, v) : -1;
        return c < 0 ? last : c;
    });
    return out;
}

std::shared_ptr<LayerRenderer> ThemeLayer::prepare(const SceneData &data, const MapSettings &) const
{
    return std::make_shared<ParcelFillRenderer>(data.parcels, fillValue(m_allocation), classColors(data),
                                                classBreaks(data), style);
}

} // namespace zhili
