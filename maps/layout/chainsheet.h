#pragma once

#include "geometry/envelope.h"
#include "layers/chainmapcontent.h"
#include "layers/legendmodel.h"
#include "layout/chaindiagram.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace zhili {

class GeoPackageCache;
class MapScene;

/// One chain sheet (`zhili-cli chain-map`): title block with the date, the chain diagram and the legend
/// (stages with their parcels, missing links) on the left, the map of the chain on the right (the chain
/// layer over the districts, the district framed when the chain is analysed in one) with north arrow and
/// scale bar, like the snapshot sheets and in one language.
class ChainSheet {
public:
    /// Where the parts landed at one DPI (device units), for tests.
    struct Geometry {
        QRectF page;
        QRectF diagram;
        QList<ChainDiagram::Box> boxes;
        QRectF legend;
        QRectF mapFrame;
        Envelope mapExtent;
    };

    /// Hands `content` to `scene` (loaded from `cache`) and shows only the districts and the chain.
    /// `language` is "zh" or "en". Throws zhili::Error when the scene has nothing to frame.
    ChainSheet(MapScene &scene, GeoPackageCache &cache, const ChainMapContent &content,
               const QString &language,
               const PagePreset &page = PagePreset::byId(QStringLiteral("A4-landscape")));

    const PagePreset &page() const { return m_page; }
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    QString dateLine() const { return m_dateLine; }
    const QList<LegendEntry> &legendEntries() const { return m_legend; }

    /// Draws the sheet; device units are pixels at `dpi`, the page at (0,0).
    Geometry paint(QPainter &p, double dpi) const;
    /// The sheet for SnapshotExporter::write (PNG, PDF, SVG); this sheet must outlive it.
    ExportSheet exportSheet() const;

private:
    bool english() const { return m_language == QLatin1String("en"); }
    QString words(const char *zh, const char *en) const { return QString::fromUtf8(english() ? en : zh); }
    void writeTexts(GeoPackageCache &cache);
    Geometry geometry(double dpi) const;
    void paintHeader(QPainter &p, const struct SheetStyle &s, const QRectF &header) const;

    MapScene *m_scene;
    ChainMapContent m_content;
    QString m_language;
    PagePreset m_page;
    QString m_title;
    QString m_subtitle;
    QString m_dateLine;
    QString m_legendHeading;
    QList<LegendEntry> m_legend;
    Envelope m_extent;
};

} // namespace zhili
