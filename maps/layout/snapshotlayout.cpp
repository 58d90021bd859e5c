#include "layout/snapshotlayout.h"

#include "cache/cachefacts.h"
#include "cache/geopackagecache.h"
#include "layout/layouttemplate.h"
#include "layout/legendblock.h"
#include "layout/mapframedecor.h"
#include "layout/northarrow.h"
#include "layout/scalebar.h"
#include "layout/sheetstyle.h"
#include "layout/sheettext.h"

#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/polygonpath.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {

constexpr double kPtToMm = 25.4 / 72.0;

Envelope padded(const Envelope &e, double fraction)
{
    Envelope r = e;
    // A point-like extent (one tiny parcel) still gets a readable frame of at least 200 m.
    const double dx = std::max(e.width() * fraction, e.width() > 0 ? 0.0 : 100.0);
    const double dy = std::max(e.height() * fraction, e.height() > 0 ? 0.0 : 100.0);
    const double side = std::max(e.width() + 2 * dx, e.height() + 2 * dy);
    const double minSide = 200;
    const double grow = side < minSide ? (minSide - side) / 2 : 0;
    r.minX -= dx + grow;
    r.maxX += dx + grow;
    r.minY -= dy + grow;
    r.maxY += dy + grow;
    return r;
}

} // namespace

struct SnapshotLayout::Boxes {
    double scale = 1;
    bool portrait = false;
    QRectF content, header, map, panel, footer;
    QRectF legend, summary, overview;
};

LayerKind SnapshotLayout::fillLayerForTheme(const QString &theme)
{
    if (const auto kind = LayoutTemplate::themes().fromKey(theme.trimmed().toLower()))
        return *kind;
    throw Error(QCoreApplication::translate("SnapshotLayout",
                                            "unknown theme \"%1\": use ecosystem, land, energy or finance")
                    .arg(theme));
}

QDate SnapshotLayout::newestUpdate(GeoPackageCache &cache)
{
    const QString iso = CacheFacts::newestParcelUpdate(cache.db());
    if (iso.isEmpty())
        return QDate();
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return QDate::fromString(iso.left(10), Qt::ISODate);
    // Timestamps are UTC; the bureau reads dates in China Standard Time.
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}

SnapshotLayout::SnapshotLayout(MapScene &scene, GeoPackageCache &cache, const LayoutTemplate &tpl,
                               const SnapshotFrame &frame)
    : m_scene(&scene), m_tpl(tpl), m_page(PagePreset::byId(tpl.page)), m_frame(frame)
{
    m_fill = fillLayerForTheme(tpl.theme);
    showTemplateLayers(scene);
    m_extent = frameExtentOf(scene, cache);
    const QString district = frame.kind == SnapshotFrame::Kind::District ? frame.district : QString();
    writeTexts(cache, district);
    reserveTableRows(scene, cache);

    // Legend and summary follow what the frame shows (its extent widened to the frame's shape).
    const Boxes b = boxes();
    const QSize aspect(int(std::lround(b.map.width() * 100)), int(std::lround(b.map.height() * 100)));
    const Envelope shown = MapSettings::widenedToAspect(m_extent, aspect);
    // A district sheet counts the district in its legend too, as its summary table does.
    // Rows without parcels go, except a chain's (its missing links have none by definition).
    const LayerKind legendKind = legendLayer();
    m_legend = scene.legend(legendKind, LegendScope(shown, district), legendKind == m_fill);
    if (english()) // the legend's own labels are the Chinese of the sheet; the layer words them in English
        for (LegendEntry &e : m_legend)
            e.label = scene.layer(legendKind).legendLabel(e);
    if (!district.isEmpty() && !m_legendHeading.isEmpty())
        m_legendHeading = QStringLiteral("%1 · %2").arg(m_legendHeading, district);
    if (tpl.summary) {
        m_summary = SummaryTable::compute(cache, district, shown, m_tpl.language);
        const QString where = !district.isEmpty()                       ? district
                              : frame.kind == SnapshotFrame::Kind::City ? words("全市", "Whole city")
                                                                        : words("图幅范围", "Map frame");
        m_summaryHeading = words("分生态圈汇总 · %1", "Totals by ecosystem · %1").arg(where);
    }
}

LayerKind SnapshotLayout::legendLayer() const
{
    const MapLayer &chain = m_scene->layer(LayerKind::Chain);
    return chain.style.visible && !m_scene->legend(LayerKind::Chain).isEmpty() ? LayerKind::Chain : m_fill;
}

namespace {
/// A layer of a template's `layers`, as the user may have written it ("Labels", " districts").
bool templateLayerKind(const QString &key, LayerKind *kind)
{
    return layerKindFromKey(key.trimmed().toLower(), kind);
}
} // namespace

bool SnapshotLayout::templateShows(const LayoutTemplate &tpl, LayerKind kind)
{
    LayerKind k;
    return std::any_of(tpl.layers.begin(), tpl.layers.end(),
                       [&](const QString &key) { return templateLayerKind(key, &k) && k == kind; });
}

void SnapshotLayout::showTemplateLayers(MapScene &scene) const
{
    // Layer stack: the theme's fill, plus the listed overlays; the selection never goes on a sheet, nor do
    // layers whose content only the window computes (indicator overlays).
    QList<LayerKind> overlays;
    for (const QString &key : m_tpl.layers) {
        LayerKind kind;
        if (!templateLayerKind(key, &kind) || scene.layer(kind).isTransient()) {
            QStringList known;
            for (LayerKind k : allLayerKinds())
                if (!scene.layer(k).isTransient())
                    known << layerKey(k);
            throw Error(QCoreApplication::translate("SnapshotLayout", "unknown layer \"%1\": use %2")
                            .arg(key, known.join(QStringLiteral(", "))));
        }
        overlays << kind;
    }
    scene.setFillLayer(m_fill);
    for (LayerKind k : {LayerKind::Basemap, LayerKind::Districts, LayerKind::Labels})
        scene.setLayerVisible(k, overlays.contains(k));
    scene.setLayerVisible(LayerKind::Selection, false);
}

Envelope SnapshotLayout::frameExtentOf(const MapScene &scene, const GeoPackageCache &cache) const
{
    const SnapshotFrame &frame = m_frame;
    switch (frame.kind) {
    case SnapshotFrame::Kind::City: {
        const Envelope full = scene.fullExtent();
        if (full.isNull())
            throw Error(QCoreApplication::translate("SnapshotLayout",
                                                    "the cache %1 has no parcels: import parcels first")
                            .arg(cache.path()));
        return padded(full, 0.03);
    }
    case SnapshotFrame::Kind::District: {
        const Envelope e = scene.districtExtent(frame.district);
        if (e.isNull())
            throw Error(
                QCoreApplication::translate("SnapshotLayout", "unknown district \"%1\": the cache has %2")
                    .arg(frame.district, scene.districtNames().join(QStringLiteral("、"))));
        return padded(e, 0.06);
    }
    case SnapshotFrame::Kind::Extent:
        break;
    }
    if (frame.extent.isNull() || !(frame.extent.width() > 0) || !(frame.extent.height() > 0))
        throw Error(QCoreApplication::translate(
            "SnapshotLayout", "empty or inverted extent: need xmin < xmax and ymin < ymax"));
    return frame.extent;
}

void SnapshotLayout::writeTexts(GeoPackageCache &cache, const QString &district)
{
    const LayoutTemplate &tpl = m_tpl;
    // The default title in the sheet's language; a title someone wrote stays as written.
    m_title = english() && tpl.title == LayoutTemplate().title ? QStringLiteral("Industrial land layout")
                                                               : tpl.title;
    m_title.replace(QStringLiteral("{district}"), district);
    m_subtitle = tpl.subtitle;
    m_subtitle.replace(QStringLiteral("{district}"), district);
    QDate date = tpl.date.isEmpty() ? newestUpdate(cache) : QDate::fromString(tpl.date, Qt::ISODate);
    if (!tpl.date.isEmpty() && !date.isValid())
        throw Error(
            QCoreApplication::translate("SnapshotLayout", "bad date \"%1\": write YYYY-MM-DD").arg(tpl.date));
    m_dateLine = SheetText::dateLine(date, english());
    QString source = tpl.dataSource;
    if (source.isEmpty()) {
        const QString imported = CacheFacts::latestImportSource(cache.db());
        source =
            imported.isEmpty()
                ? words("产业智理地块库 %1", "Zhili parcel cache %1").arg(QFileInfo(cache.path()).fileName())
                : words("%1（产业智理地块库）", "%1 (Zhili parcel cache)")
                      .arg(QFileInfo(imported).fileName());
    }
    const QString crsName = cache.crs().name();
    m_sourceNote = words("坐标系：%1 (EPSG:%2)    数据来源：%3", "CRS: %1 (EPSG:%2)    Source: %3")
                       .arg(crsName)
                       .arg(cache.srsId())
                       .arg(source);
    const MapLayer &legendOf = m_scene->layer(legendLayer());
    m_legendHeading =
        english() ? QStringLiteral("Legend · %1").arg(legendOf.displayName()) : legendOf.sheetLegendHeading();
}

void SnapshotLayout::reserveTableRows(const MapScene &scene, GeoPackageCache &cache)
{
    // Portrait sheets size the band under the map by these, so the map extent does not depend on the data.
    if (m_fill == LayerKind::Parcels)
        m_reservedLegendRows = int(cache.ecosystems().size()) + 1;
    else
        m_reservedLegendRows = int(scene.classBreaks(m_fill).size()) + 1;
    m_reservedLegendRows = std::max(m_reservedLegendRows, 3);
    if (legendLayer() == LayerKind::Chain)
        m_reservedLegendRows =
            std::max(m_reservedLegendRows, LegendBlock::lines(scene.legend(LayerKind::Chain)));
    m_reservedSummaryRows = int(cache.ecosystems().size()) + 2;
}

SnapshotLayout::Boxes SnapshotLayout::boxes() const
{
    Boxes b;
    const double s = m_page.typeScale();
    b.scale = s;
    const double W = m_page.sizeMm.width(), H = m_page.sizeMm.height(), m = m_page.marginMm;
    b.portrait = H > W;
    b.content = QRectF(m, m, W - 2 * m, H - 2 * m);

    const double titleH = 20 * s * kPtToMm * 1.35;
    // The second row is kept without a subtitle too: the date line sits there, and sheets line up.
    const double subH = 11 * s * kPtToMm * 1.6;
    b.header = QRectF(b.content.left(), b.content.top(), b.content.width(), titleH + subH + 2.5 * s);
    const double footerH = 6.5 * s * kPtToMm * 1.7;
    b.footer = QRectF(b.content.left(), b.content.bottom() - footerH, b.content.width(), footerH);
    const QRectF body(b.content.left(), b.header.bottom() + 3.5 * s, b.content.width(),
                      b.footer.top() - 2 * s - (b.header.bottom() + 3.5 * s));

    if (!m_tpl.legend && !m_tpl.summary && !m_tpl.overview)
        b.map = body;
    else if (!b.portrait)
        placeSidePanel(b, body);
    else
        placeBottomBand(b, body);
    return b;
}

void SnapshotLayout::placeSidePanel(Boxes &b, const QRectF &body) const
{
    const double s = b.scale;
    const double gap = 5 * s;
    const double headingH = 6.2 * s;
    const double panelW = 74 * s;
    b.map = QRectF(body.left(), body.top(), body.width() - panelW - gap, body.height());
    b.panel = QRectF(b.map.right() + gap, body.top(), panelW, body.height());
    double y = b.panel.top();
    if (m_tpl.legend) {
        b.legend = QRectF(b.panel.left(), y, panelW, LegendBlock::heightMm(LegendBlock::lines(m_legend)) * s);
        y = b.legend.bottom() + gap;
    }
    if (m_tpl.summary) {
        b.summary = QRectF(b.panel.left(), y, panelW, SummaryTable::heightMm(int(m_summary.size())) * s);
        y = b.summary.bottom() + gap;
    }
    if (m_tpl.overview) {
        // The inset sits at the bottom of the panel; its height is what is left (at most 4:3 of the
        // width).
        const double h = std::min(b.panel.bottom() - y, panelW * 0.78 + headingH);
        b.overview = QRectF(b.panel.left(), b.panel.bottom() - h, panelW, h);
    }
}

void SnapshotLayout::placeBottomBand(Boxes &b, const QRectF &body) const
{
    // Portrait: the map takes the full width; legend | summary | overview share a band below it whose
    // height depends only on how many rows there can be, so the map extent is stable.
    const double s = b.scale;
    const double gap = 5 * s;
    const bool legend = m_tpl.legend;
    const bool summary = m_tpl.summary;
    const bool overview = m_tpl.overview;
    const double legendH = LegendBlock::heightMm(LegendBlock::lines(m_legend)) * s;
    const double summaryH = SummaryTable::heightMm(int(m_summary.size())) * s;
    double bandH = 0;
    if (legend)
        bandH = std::max(bandH, LegendBlock::heightMm(m_reservedLegendRows) * s);
    if (summary)
        bandH = std::max(bandH, SummaryTable::heightMm(m_reservedSummaryRows) * s);
    if (overview)
        bandH = std::max(bandH, 40 * s);
    b.map = QRectF(body.left(), body.top(), body.width(), body.height() - bandH - gap);
    b.panel = QRectF(body.left(), b.map.bottom() + gap, body.width(), bandH);
    double x = b.panel.left();
    const double overviewW = overview ? std::min(46 * s, bandH * 1.2) : 0;
    double rest = b.panel.width() - (overview ? overviewW + gap : 0);
    if (legend && summary) {
        const double legendW = std::min(70 * s, (rest - gap) * 0.48);
        b.legend = QRectF(x, b.panel.top(), legendW, legendH);
        x += legendW + gap;
        b.summary = QRectF(x, b.panel.top(), rest - legendW - gap, summaryH);
        x = b.summary.right() + gap;
    } else if (legend) {
        b.legend = QRectF(x, b.panel.top(), std::min(rest, 80 * s), legendH);
        x += rest + gap;
    } else if (summary) {
        b.summary = QRectF(x, b.panel.top(), std::min(rest, 110 * s), summaryH);
        x += rest + gap;
    }
    if (overview)
        b.overview = QRectF(b.panel.right() - overviewW, b.panel.top(), overviewW, bandH);
}

SnapshotLayout::Geometry SnapshotLayout::computeGeometry(double dpi, const QPaintDevice *device) const
{
    const Boxes b = boxes();
    const double k = dpi / 25.4;
    auto px = [k](const QRectF &r) {
        return QRectF(r.left() * k, r.top() * k, r.width() * k, r.height() * k);
    };
    Geometry g;
    const QSize pageSize = m_page.pixelSize(dpi);
    g.page = QRectF(QPointF(0, 0), QSizeF(pageSize));
    // The map frame on whole device pixels, so a raster map is not resampled.
    const QRectF f = px(b.map);
    g.mapFrame =
        QRectF(std::round(f.left()), std::round(f.top()), std::round(f.width()), std::round(f.height()));
    g.mapExtent = MapSettings::widenedToAspect(m_extent, g.mapFrame.size().toSize());
    g.legend = px(b.legend);
    g.summary = px(b.summary);
    g.overview = px(b.overview);

    const double s = b.scale;
    if (m_tpl.northArrow)
        g.northArrow = MapFrameDecor::northArrowBox(g.mapFrame, s, dpi);
    if (m_tpl.scaleBar) {
        const double metresPerMm = g.mapExtent.width() / (g.mapFrame.width() / k);
        const ScaleBar bar(metresPerMm, std::min(b.map.width() * 0.3, 45 * s));
        g.scaleBarMetres = bar.lengthMetres();
        Q_UNUSED(device);
    }
    return g;
}

SnapshotLayout::Geometry SnapshotLayout::geometry(double dpi) const
{
    return computeGeometry(dpi, nullptr);
}

void SnapshotLayout::paintHeader(QPainter &p, const SheetStyle &s, const QRectF &h) const
{
    const double titleH = s.pt(20 * 1.35);
    const double subH = s.pt(11 * 1.6);
    const QRectF titleBox(h.left(), h.top(), h.width() * 0.72, titleH);
    SheetText::draw(p, titleBox, m_title, s.font(20, true), s.ink, Qt::AlignLeft | Qt::AlignVCenter, true);
    const QRectF subBox(h.left(), titleBox.bottom(), h.width() * 0.72, subH);
    if (!m_subtitle.isEmpty())
        SheetText::draw(p, subBox, m_subtitle, s.font(11), s.muted, Qt::AlignLeft | Qt::AlignVCenter, true);

    // Right column: the 内部资料 tag above the date line, both right-aligned.
    const QRectF right(h.left() + h.width() * 0.72, h.top(), h.width() * 0.28, h.height());
    if (m_tpl.dateLine) {
        const QRectF dateBox(right.left(), subBox.top(), right.width(), subH);
        SheetText::draw(p, dateBox, m_dateLine, s.font(9), s.ink, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_tpl.watermark) {
        p.save();
        p.setFont(s.font(9, true));
        const QFontMetricsF fm = p.fontMetrics();
        const double w = fm.horizontalAdvance(watermarkText()) + s.mm(4);
        const double th = fm.height() + s.mm(1.2);
        const QRectF tag(right.right() - w, titleBox.center().y() - th / 2, w, th);
        p.setPen(QPen(s.stamp, s.pt(1)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(tag);
        p.setPen(s.stamp);
        p.drawText(tag, Qt::AlignCenter, watermarkText());
        p.restore();
    }
    // The rule under the title block.
    p.save();
    p.setPen(QPen(s.accent, s.pt(1.4), Qt::SolidLine, Qt::FlatCap));
    const double y = h.bottom();
    p.drawLine(QPointF(h.left(), y), QPointF(h.right(), y));
    p.restore();
}

void SnapshotLayout::paintMap(QPainter &p, const SheetStyle &s, Geometry &g) const
{
    const QRectF frame = g.mapFrame;
    p.save();
    MapFrameDecor::paintMap(p, s, *m_scene, frame, g.mapExtent);

    // A district sheet: veil what lies outside the district and outline it, so the district reads first.
    if (m_frame.kind == SnapshotFrame::Kind::District) {
        for (const DistrictShape &d : m_scene->districts()) {
            if (d.name != m_frame.district || d.geometry.isEmpty())
                continue;
            QTransform t = MapSettings(g.mapExtent, frame.size().toSize(), s.dpi).mapToPixel() *
                           QTransform::fromTranslate(frame.left(), frame.top());
            const QPainterPath district = polygonPath(d.geometry, t);
            QPainterPath outside;
            outside.addRect(frame);
            outside = outside.subtracted(district);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.fillPath(outside, QColor(255, 255, 255, 150));
            p.strokePath(district, QPen(s.accent, s.pt(1.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    if (m_tpl.watermark)
        paintWatermark(p, s, frame);
    if (m_tpl.northArrow)
        MapFrameDecor::paintNorthArrow(p, s, g.northArrow);
    if (m_tpl.scaleBar)
        g.scaleBar = MapFrameDecor::paintScaleBar(p, s, frame, g.mapExtent, !m_page.slide, &g.scaleBarMetres);
    p.restore();
    MapFrameDecor::paintFrameLine(p, s, frame);
}

void SnapshotLayout::paintWatermark(QPainter &p, const SheetStyle &s, const QRectF &area) const
{
    p.save();
    p.setClipRect(area, Qt::IntersectClip);
    p.setFont(s.font(26, true));
    p.setPen(QColor(160, 0, 0, 30));
    const double stepX = s.mm(95), stepY = s.mm(58);
    const QFontMetricsF fm = p.fontMetrics();
    const double tw = fm.horizontalAdvance(watermarkText());
    int row = 0;
    for (double y = area.top() + stepY / 2; y < area.bottom() + stepY; y += stepY, ++row) {
        for (double x = area.left() + (row % 2 ? stepX / 2 : 0); x < area.right() + stepX; x += stepX) {
            p.save();
            p.translate(x, y);
            p.rotate(-28);
            p.drawText(QPointF(-tw / 2, fm.ascent() / 2), watermarkText());
            p.restore();
        }
    }
    p.restore();
}

void SnapshotLayout::paintOverview(QPainter &p, const SheetStyle &s, const QRectF &rect) const
{
    const double headingH = s.mm(6.2);
    SheetText::draw(p, QRectF(rect.left(), rect.top(), rect.width(), headingH),
                    s.words("位置示意", "Location"), s.font(10, true), s.ink, Qt::AlignLeft | Qt::AlignTop);
    const QRectF box(rect.left(), rect.top() + headingH, rect.width(), rect.height() - headingH);
    if (box.height() <= 0 || box.width() <= 0)
        return;
    Envelope full = m_scene->fullExtent();
    full.include(m_extent);
    full = padded(full, 0.05);
    const MapSettings ms(MapSettings::widenedToAspect(full, QSize(int(box.width()), int(box.height()))),
                         QSize(int(box.width()), int(box.height())), s.dpi);
    const QTransform t = ms.mapToPixel() * QTransform::fromTranslate(box.left(), box.top());

    p.save();
    p.fillRect(box, QColor(248, 249, 250));
    p.setClipRect(box);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QString highlight = m_frame.kind == SnapshotFrame::Kind::District ? m_frame.district : QString();
    for (const DistrictShape &d : m_scene->districts()) {
        const QPainterPath path = polygonPath(d.geometry, t);
        const bool hit = d.name == highlight;
        p.setPen(QPen(Qt::white, s.pt(0.6)));
        p.setBrush(hit ? s.accent : QColor(214, 219, 225));
        p.drawPath(path);
    }
    if (m_scene->districts().isEmpty()) {
        const QPointF a = t.map(QPointF(m_scene->fullExtent().minX, m_scene->fullExtent().minY));
        const QPointF b = t.map(QPointF(m_scene->fullExtent().maxX, m_scene->fullExtent().maxY));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(214, 219, 225));
        p.drawRect(QRectF(a, b).normalized());
    }
    // The frame's extent in red; a tiny frame gets a ring so it can be found.
    const QRectF shown =
        QRectF(t.map(QPointF(m_extent.minX, m_extent.maxY)), t.map(QPointF(m_extent.maxX, m_extent.minY)))
            .normalized();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(200, 30, 30), s.pt(1.1)));
    if (shown.width() < s.mmAbs(2.5) && shown.height() < s.mmAbs(2.5))
        p.drawEllipse(shown.center(), s.mmAbs(2.5), s.mmAbs(2.5));
    else
        p.drawRect(shown);
    p.restore();
    p.save();
    p.setPen(QPen(s.rule, s.pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    p.restore();
}

SnapshotLayout::Geometry SnapshotLayout::paint(QPainter &p, double dpi) const
{
    SheetStyle s;
    s.language = m_tpl.language;
    s.scale = m_page.typeScale();
    s.dpi = dpi;
    const int deviceDpi = p.device() ? p.device()->logicalDpiY() : int(std::lround(dpi));
    s.fontScale = deviceDpi > 0 ? dpi / deviceDpi : 1;

    Geometry g = computeGeometry(dpi, p.device());
    const Boxes b = boxes();
    const double k = dpi / 25.4;
    auto px = [k](const QRectF &r) {
        return QRectF(r.left() * k, r.top() * k, r.width() * k, r.height() * k);
    };

    p.save();
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(g.page, Qt::white);
    paintHeader(p, s, px(b.header));
    paintMap(p, s, g);
    if (m_tpl.legend && !g.legend.isEmpty())
        g.legendSwatches = LegendBlock(m_legendHeading, m_legend).paint(p, g.legend, s);
    if (m_tpl.summary && !g.summary.isEmpty())
        g.summaryCells = SummaryTable(m_summaryHeading, m_summary).paint(p, g.summary, s);
    if (m_tpl.overview && !g.overview.isEmpty())
        paintOverview(p, s, g.overview);

    const QRectF footer = px(b.footer);
    if (m_tpl.sourceNote)
        SheetText::draw(p, QRectF(footer.left(), footer.top(), footer.width() * 0.8, footer.height()),
                        m_sourceNote, s.font(6.5), s.muted, Qt::AlignLeft | Qt::AlignVCenter, true);
    SheetText::draw(
        p, QRectF(footer.left() + footer.width() * 0.6, footer.top(), footer.width() * 0.4, footer.height()),
        s.words("制图：产业智理 Zhili", "Map: Zhili"), s.font(6.5), s.muted,
        Qt::AlignRight | Qt::AlignVCenter);
    p.restore();
    return g;
}

} // namespace zhili
