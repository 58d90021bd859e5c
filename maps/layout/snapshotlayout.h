#pragma once

#include "geometry/envelope.h"
#include "layers/layerstyle.h"
#include "layers/legendmodel.h"
#include "layout/layouttemplate.h"
#include "layout/pagepreset.h"
#include "layout/snapshotframe.h"
#include "layout/summarytable.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

class GeoPackageCache;
class MapScene;

/// One meeting sheet: title block, framed map, legend, scale bar, north arrow, notes and the optional
/// summary table, overview inset and watermark, laid out on a PagePreset.
///
/// The constructor reads everything the sheet shows from the cache and the scene (legend of the classes in
/// the frame, summary, data date); paint() then draws the page onto any painter at any DPI. All measures are
/// millimetres and points converted by the DPI, and the map is drawn by RenderJob::render() at that DPI, so a
/// 96-DPI PNG, a 600-DPI PNG and a vector PDF show the same sheet.
class SnapshotLayout {
public:
    /// Where the parts of the sheet landed at one DPI (device units), for tests and the preview.
    struct Geometry {
        QRectF page;
        QRectF mapFrame;
        Envelope mapExtent; ///< exactly what the map frame shows
        QRectF legend;
        QList<QRectF> legendSwatches; ///< one per legendEntries() row
        QRectF summary;
        QList<SummaryTable::Cell> summaryCells; ///< every text of the summary table as drawn (paint() only)
        QRectF overview;
        QRectF northArrow;
        QRectF scaleBar;           ///< the bar itself, without labels
        double scaleBarMetres = 0; ///< the length its label states
    };

    /// Prepares a sheet. `scene` must be loaded from `cache`; its fill layer and layer visibility are set
    /// from the template. Throws zhili::Error for an unknown district or layer, an empty or inverted extent,
    /// or a cache without parcels.
    SnapshotLayout(MapScene &scene, GeoPackageCache &cache, const LayoutTemplate &tpl,
                   const SnapshotFrame &frame);

    const LayoutTemplate &layoutTemplate() const { return m_tpl; }
    const PagePreset &page() const { return m_page; }
    const SnapshotFrame &frame() const { return m_frame; }
    /// The title with "{district}" replaced.
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    /// "数据截至 2026年11月26日".
    QString dateLine() const { return m_dateLine; }
    /// The fill layer the theme selects.
    LayerKind fillLayer() const { return m_fill; }
    /// The frame's extent before it is widened to the frame's aspect ratio (district/city extents padded).
    const Envelope &frameExtent() const { return m_extent; }
    /// Legend rows: the classes present in the frame (of its district, on a district sheet), with parcel
    /// count and area.
    const QList<LegendEntry> &legendEntries() const { return m_legend; }
    /// The legend block's heading; a district sheet names the district it counts.
    QString legendHeading() const { return m_legendHeading; }
    /// Summary rows (per ecosystem, then the total), computed when the template asks for the table.
    const QList<SummaryRow> &summaryRows() const { return m_summary; }

    /// Draws the sheet. The painter's device units must be pixels at `dpi` with the page at (0,0) and
    /// page().pixelSize(dpi) in size (a QImage of that size, a QPdfWriter/QSvgGenerator at that resolution).
    Geometry paint(QPainter &p, double dpi) const;
    /// The geometry paint() uses at `dpi`, without drawing (scale bar fields are filled as well).
    Geometry geometry(double dpi) const;

    /// The newest parcel updated_at as a date in China Standard Time; null when there are no parcels.
    static QDate newestUpdate(GeoPackageCache &cache);
    /// The theme key → its fill layer (ecosystem → Parcels …); throws zhili::Error for an unknown theme.
    static LayerKind fillLayerForTheme(const QString &theme);
    /// Whether a sheet of `tpl` draws layer `kind`: its `layers` name it (any case, spaces around).
    static bool templateShows(const LayoutTemplate &tpl, LayerKind kind);

private:
    bool english() const { return m_tpl.language == QLatin1String("en"); }
    /// The sheet's word for something in its one language (m_tpl.language).
    QString words(const char *zh, const char *en) const { return QString::fromUtf8(english() ? en : zh); }
    /// The template's stamp; its default 内部资料 in the sheet's language.
    QString watermarkText() const
    {
        return english() && m_tpl.watermarkText == LayoutTemplate().watermarkText
                   ? QStringLiteral("Internal use only")
                   : m_tpl.watermarkText;
    }
    struct Boxes; // the layout in millimetres
    Boxes boxes() const;
    void placeSidePanel(Boxes &b, const QRectF &body) const;  ///< landscape: legend, summary, inset right
    void placeBottomBand(Boxes &b, const QRectF &body) const; ///< portrait: the same in a band below
    // Steps of the constructor.
    void showTemplateLayers(MapScene &scene) const;
    /// The layer whose legend the sheet shows: the chain handed to the scene (snapshot --chain), else the
    /// fill.
    LayerKind legendLayer() const;
    Envelope frameExtentOf(const MapScene &scene, const GeoPackageCache &cache) const;
    void writeTexts(GeoPackageCache &cache, const QString &district);
    void reserveTableRows(const MapScene &scene, GeoPackageCache &cache);
    Geometry computeGeometry(double dpi, const QPaintDevice *device) const;
    void paintHeader(QPainter &p, const struct SheetStyle &s, const QRectF &header) const;
    void paintMap(QPainter &p, const SheetStyle &s, Geometry &g) const;
    void paintOverview(QPainter &p, const SheetStyle &s, const QRectF &rect) const;
    void paintWatermark(QPainter &p, const SheetStyle &s, const QRectF &area) const;

    MapScene *m_scene;
    LayoutTemplate m_tpl;
    PagePreset m_page;
    SnapshotFrame m_frame;
    LayerKind m_fill = LayerKind::Parcels;
    QString m_title;
    QString m_subtitle;
    QString m_dateLine;
    QString m_sourceNote;
    QString m_legendHeading;
    QString m_summaryHeading;
    Envelope m_extent;
    QList<LegendEntry> m_legend;
    QList<SummaryRow> m_summary;
    int m_reservedLegendRows = 6;
    int m_reservedSummaryRows = 7;
};

} // namespace zhili
