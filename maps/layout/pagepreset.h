#pragma once

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QSizeF>
#include <QString>

namespace zhili {

/// A page a snapshot is laid out on: physical size, orientation and margins, for print and slides.
///
/// Sizes are exact physical sizes (A4 = 210 × 297 mm, A3 = 297 × 420 mm). The 16:9 slide is defined as
/// 1920 × 1080 px at 96 DPI, i.e. a 20 in × 11.25 in (508 × 285.75 mm) page: exported at 96 DPI it gives
/// exactly a full-HD slide, and at other DPIs it scales like paper does.
struct PagePreset {
    QString id;      ///< "A4-landscape", "A4-portrait", "A3-landscape", "A3-portrait", "slide-16x9"
    QString label;   ///< people-readable English, e.g. "A4 landscape"; shown through displayLabel()
    QSizeF sizeMm;   ///< width × height in millimetres, orientation applied
    double marginMm; ///< the same margin on every side
    bool slide = false;

    /// The label in the program's language ("A4 横向" in Chinese).
    QString displayLabel() const;
    /// Default raster DPI: 96 for the slide (= 1920 × 1080), 300 for paper.
    double defaultDpi() const { return slide ? 96 : 300; }
    /// Type scale relative to A4 (A3 and slides use larger type).
    double typeScale() const;

    double widthInches() const { return sizeMm.width() / 25.4; }
    double heightInches() const { return sizeMm.height() / 25.4; }
    /// Pixel size of a raster export at this DPI (rounded to the nearest pixel, e.g. A4 landscape at
    /// 300 DPI = 3508 × 2480).
    QSize pixelSize(double dpi) const;
    /// Page size for QPdfWriter (points for A-sizes are the standard 842 × 595 etc.).
    QPageSize pageSize() const;
    QPageLayout::Orientation orientation() const;

    /// All presets, in menu order.
    static const QList<PagePreset> &all();
    /// The preset with this id (case-insensitive); throws zhili::Error listing the valid ids when unknown.
    static PagePreset byId(const QString &id);
    /// The valid ids joined by ", " (for help texts and errors).
    static QString idList();
};

} // namespace zhili
