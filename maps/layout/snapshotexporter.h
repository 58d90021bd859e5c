#pragma once

#include "layout/pagepreset.h"
#include "util/taskprogress.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <functional>

namespace zhili {

class SnapshotLayout;

/// A sheet as the exporter sees it: its page, the title and description written into PDF/SVG metadata, and
/// how to draw it (device units = pixels at `dpi`, the page at (0,0)). Snapshot sheets and chain sheets
/// export through it.
struct ExportSheet {
    PagePreset page;
    QString title;
    QString description;
    std::function<void(QPainter &, double dpi)> paint;
};

/// Writes snapshot sheets to PNG, PDF (vector, embedded selectable CJK text) and SVG. Every file is written
/// to a temporary file beside the target and renamed at the end, so a failure leaves no partial file.
class SnapshotExporter {
public:
    enum class Format { Png, Pdf, Svg };
    static constexpr double kMinDpi = 72;
    static constexpr double kMaxDpi = 600;

    /// Format from the file suffix (.png, .pdf, .svg); throws zhili::Error naming the path otherwise.
    static Format formatForPath(const QString &path);
    /// Throws zhili::Error unless 72 ≤ dpi ≤ 600.
    static void checkDpi(double dpi);
    /// Throws zhili::Error when `path`'s folder does not exist or is not writable.
    static void checkWritable(const QString &path);

    /// A snapshot sheet as an ExportSheet (it must outlive the result).
    static ExportSheet sheetOf(const SnapshotLayout &layout);

    /// The sheet as an image of page().pixelSize(dpi) pixels, with the DPI recorded (PNG pHYs).
    static QImage renderImage(const SnapshotLayout &layout, double dpi);
    static QImage renderImage(const ExportSheet &sheet, double dpi);
    /// Writes one sheet; the format follows the suffix. `dpi` is the PNG resolution; PDF and SVG are vector
    /// (the PDF's device resolution is max(dpi, 300), SVG user units are 96-DPI pixels).
    static void write(const SnapshotLayout &layout, const QString &path, double dpi);
    static void write(const ExportSheet &sheet, const QString &path, double dpi);
    /// One sheet and the file it goes to (writeFiles()).
    struct SheetFile {
        const SnapshotLayout *layout = nullptr;
        QString path;
    };
    /// Writes each sheet to its own file, as write() would. PNG sheets are drawn one after another on the
    /// calling thread while the previous ones are compressed on worker threads (zlib is as slow as drawing
    /// a 300-DPI sheet), so a batch takes about the drawing time on two cores. Throws the first error
    /// (zhili::Error), after every compression that was started has finished.
    static void writeFiles(const QList<SheetFile> &files, double dpi);
    /// Writes a multi-page PDF, one sheet per page (pages may have different sizes). `progress` is told
    /// (pages done, pages total) after each page; canceling it throws zhili::Cancelled and writes nothing.
    static void writePdf(const QList<const SnapshotLayout *> &layouts, const QString &path, double dpi,
                         const TaskProgress &progress = TaskProgress());
    static void writePdf(const QList<ExportSheet> &sheets, const QString &path, double dpi,
                         const TaskProgress &progress = TaskProgress());

    /// Qt's PDF ToUnicode maps give shared CJK glyphs the first code point that uses them, which in Noto CJK
    /// is often a Kangxi radical (U+2F64 ⽤ instead of U+7528 用) — copy, search and pdftotext then fail.
    /// Rewrites those entries (and TAB → space) in place; lengths do not change, so xref offsets stay valid.
    static int fixToUnicodeMaps(QByteArray &pdf);
};

} // namespace zhili
