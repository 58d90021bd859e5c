#include "layout/chainsheet.h"

#include "cache/geopackagecache.h"
#include "layers/chainlayer.h"
#include "layout/legendblock.h"
#include "layout/mapframedecor.h"
#include "layout/sheetstyle.h"
#include "layout/sheettext.h"
#include "layout/snapshotlayout.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>
#include <cmath>

namespace zhili {

namespace {

constexpr double kHeaderMm = 17;
constexpr double kFooterMm = 5;
constexpr double kGapMm = 5;
constexpr double kPanelShare = 0.44; ///< of the body's width: diagram and legend

Envelope paddedBy(Envelope e, double fraction)
{
    const double d = std::max(e.width(), e.height()) * fraction;
    e.minX -= d;
    e.minY -= d;
    e.maxX += d;
    e.maxY += d;
    return e;
}

} // namespace

ChainSheet::ChainSheet(MapScene &scene, GeoPackageCache &cache, const ChainMapContent &content,
                       const QString &language, const PagePreset &page)
    : m_scene(&scene), m_content(content), m_language(language), m_page(page)
{
    scene.setChainMap(content);
    for (const MapLayer &l : scene.layers())
        scene.setLayerVisible(l.kind, l.kind == LayerKind::Districts || l.kind == LayerKind::Chain);
    const QString district = content.district();
    m_extent = district.isEmpty() ? paddedBy(scene.fullExtent(), 0.02)
                                  : paddedBy(scene.districtExtent(district), 0.05);
    if (m_extent.isNull())
        throw Error(QCoreApplication::translate("ChainSheet", "the cache %1 has no parcels to map")
                        .arg(cache.path()));
    writeTexts(cache);
    const ChainLayer &layer = dynamic_cast<const ChainLayer &>(scene.layer(LayerKind::Chain));
    m_legend = content.legend();
    if (english()) // the rows are the sheets' Chinese; the layer words them in the UI language
        for (LegendEntry &e : m_legend)
            e.label = layer.legendLabel(e);
}

void ChainSheet::writeTexts(GeoPackageCache &cache)
{
    const IndustrialChain &chain = m_content.chain();
    m_title = english() ? QStringLiteral("Industrial chain %1").arg(chain.name)
                        : QStringLiteral("%1产业链图").arg(chain.name);
    const Ecosystem *eco = findEcosystem(chain.ecosystem);
    QStringList parts{eco ? (english() ? eco->nameEn : eco->nameZh) : chain.ecosystem};
    parts << (m_content.district().isEmpty() ? words("全市", "Whole city") : m_content.district());
    if (!chain.leader.isEmpty())
        parts << words("链长：%1", "Chain leader: %1").arg(chain.leader);
    if (!m_content.enterprise().isEmpty())
        parts << words("对接：%1", "Partners of %1").arg(m_content.enterprise());
    m_subtitle = parts.join(QStringLiteral(" · "));
    m_dateLine = SheetText::dateLine(SnapshotLayout::newestUpdate(cache), english());
    m_legendHeading = words("图例 · 产业链环节", "Legend · chain stages");
}

ChainSheet::Geometry ChainSheet::geometry(double dpi) const
{
    const double k = dpi / 25.4, s = m_page.typeScale();
    const double W = m_page.sizeMm.width(), H = m_page.sizeMm.height(), m = m_page.marginMm;
    auto px = [k](double x, double y, double w, double h) { return QRectF(x * k, y * k, w * k, h * k); };
    Geometry g;
    g.page = QRectF(QPointF(0, 0), QSizeF(m_page.pixelSize(dpi)));
    const double top = m + kHeaderMm * s + 2 * s, bottom = H - m - kFooterMm * s;
    const double panelW = (W - 2 * m) * kPanelShare;
    const double legendH =
        std::min(LegendBlock::heightMm(LegendBlock::lines(m_legend)) * s, (bottom - top) * 0.45);
    g.legend = px(m, bottom - legendH, panelW, legendH);
    g.diagram = px(m, top, panelW, bottom - top - legendH - kGapMm * s);
    const QRectF f = px(m + panelW + kGapMm * s, top, W - 2 * m - panelW - kGapMm * s, bottom - top);
    // On whole device pixels, so a raster map is not resampled.
    g.mapFrame =
        QRectF(std::round(f.left()), std::round(f.top()), std::round(f.width()), std::round(f.height()));
    g.mapExtent = MapSettings::widenedToAspect(m_extent, g.mapFrame.size().toSize());
    return g;
}

void ChainSheet::paintHeader(QPainter &p, const SheetStyle &s, const QRectF &h) const
{
    const QRectF titleBox(h.left(), h.top(), h.width() * 0.7, s.pt(20 * 1.35));
    SheetText::draw(p, titleBox, m_title, s.font(20, true), s.ink, Qt::AlignLeft | Qt::AlignVCenter, true);
    const QRectF second(h.left(), titleBox.bottom(), h.width(), h.bottom() - titleBox.bottom());
    SheetText::draw(p, second, m_subtitle, s.font(11), s.muted, Qt::AlignLeft | Qt::AlignVCenter, true);
    SheetText::draw(p, second, m_dateLine, s.font(9), s.ink, Qt::AlignRight | Qt::AlignVCenter);
    p.save();
    p.setPen(QPen(s.accent, s.pt(1.4), Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(h.left(), h.bottom()), QPointF(h.right(), h.bottom()));
    p.restore();
}

ChainSheet::Geometry ChainSheet::paint(QPainter &p, double dpi) const
{
    SheetStyle s;
    s.language = m_language;
    s.scale = m_page.typeScale();
    s.dpi = dpi;
    const int deviceDpi = p.device() ? p.device()->logicalDpiY() : int(std::lround(dpi));
    s.fontScale = deviceDpi > 0 ? dpi / deviceDpi : 1;
    Geometry g = geometry(dpi);
    const double m = s.mmAbs(m_page.marginMm);

    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(g.page, Qt::white);
    paintHeader(p, s, QRectF(m, m, g.page.width() - 2 * m, s.mm(kHeaderMm)));
    g.boxes = ChainDiagram(m_content.gaps()).paint(p, g.diagram, s);
    LegendBlock(m_legendHeading, m_legend).paint(p, g.legend, s);

    p.save();
    MapFrameDecor::paintMap(p, s, *m_scene, g.mapFrame, g.mapExtent);
    MapFrameDecor::paintNorthArrow(p, s, MapFrameDecor::northArrowBox(g.mapFrame, s.scale, dpi));
    MapFrameDecor::paintScaleBar(p, s, g.mapFrame, g.mapExtent, !m_page.slide);
    p.restore();
    MapFrameDecor::paintFrameLine(p, s, g.mapFrame);

    const QRectF footer(m, g.page.height() - m - s.mm(kFooterMm), g.page.width() - 2 * m, s.mm(kFooterMm));
    SheetText::draw(p, footer, s.words("制图：产业智理 Zhili", "Map: Zhili"), s.font(6.5), s.muted,
                    Qt::AlignRight | Qt::AlignVCenter);
    p.restore();
    return g;
}

ExportSheet ChainSheet::exportSheet() const
{
    return ExportSheet{m_page, m_title, m_dateLine, [this](QPainter &p, double dpi) { paint(p, dpi); }};
}

} // namespace zhili
