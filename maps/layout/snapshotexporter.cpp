#include "layout/snapshotexporter.h"

#include "layout/sheetpngwriter.h"
#include "layout/snapshotlayout.h"
#include "util/enumtable.h"
#include "util/error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <deque>

namespace zhili {

namespace {

void openSave(QSaveFile &f, const QString &path)
{
    if (!f.open(QIODevice::WriteOnly))
        throw Error(QCoreApplication::translate("SnapshotExporter", "cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
}

void commit(QSaveFile &f, const QString &path)
{
    if (!f.commit())
        throw Error(QCoreApplication::translate("SnapshotExporter", "cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
}

/// Writes `bytes` to `path` through a temporary file renamed at the end: a failed write leaves the old file.
void saveWhole(const QByteArray &bytes, const QString &path)
{
    QSaveFile f(path);
    openSave(f, path);
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        throw Error(QCoreApplication::translate("SnapshotExporter", "cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    commit(f, path);
}

// The code point a ToUnicode entry should name instead of `code`, or `code` itself.
uint preferredCodePoint(uint code)
{
    if (code == 0x0009)
        return 0x0020;
    if (code >= 0x2E80 && code <= 0x2FDF) {
        const QString n = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && n[0].unicode() >= 0x3400)
            return n[0].unicode();
    }
    return code;
}

int fixSection(QByteArray &pdf, const QByteArray &begin, const QByteArray &end, int sourceTokens)
{
    int fixed = 0;
    qsizetype pos = 0;
    while ((pos = pdf.indexOf(begin, pos)) >= 0) {
        const qsizetype stop = pdf.indexOf(end, pos);
        if (stop < 0)
            break;
        qsizetype line = pdf.indexOf('\n', pos) + 1;
        while (line > 0 && line < stop) {
            qsizetype eol = pdf.indexOf('\n', line);
            if (eol < 0 || eol > stop)
                eol = stop;
            int token = 0;
            for (qsizetype i = line; i < eol; ++i) {
                if (pdf[i] != '<')
                    continue;
                const qsizetype close = pdf.indexOf('>', i);
                if (close < 0 || close > eol)
                    break;
                if (token++ >= sourceTokens && close - i - 1 == 4) {
                    bool ok = false;
                    const uint code = pdf.mid(i + 1, 4).toUInt(&ok, 16);
                    const uint better = ok ? preferredCodePoint(code) : code;
                    if (better != code) {
                        const QByteArray hex =
                            QByteArray::number(better, 16).toUpper().rightJustified(4, '0');
                        pdf.replace(i + 1, 4, hex);
                        ++fixed;
                    }
                }
                i = close;
            }
            line = eol + 1;
        }
        pos = stop;
    }
    return fixed;
}

/// Writes `image` as a PNG at `path` (temporary file, then renamed) with SheetPngWriter: zlib level 1 and one
/// filter for every row, a third of the time QImageWriter took; `threads` as in SheetPngWriter::Options.
/// Throws zhili::Error.
void writePng(const QImage &image, const QString &path, int threads = 0)
{
    SheetPngWriter::Options o;
    o.threads = threads;
    const QByteArray png = SheetPngWriter::encode(image, o);
    if (png.isEmpty()) // zlib gives up only when it runs out of memory
        throw Error(QCoreApplication::translate("SnapshotExporter",
                                                "not enough memory for a %1 × %2 px image: lower the DPI")
                        .arg(image.width())
                        .arg(image.height()));
    saveWhole(png, path);
}

} // namespace

SnapshotExporter::Format SnapshotExporter::formatForPath(const QString &path)
{
    static const EnumTable<Format> suffixes("SnapshotExporter", {
                                                                    {Format::Png, "png", ""},
                                                                    {Format::Pdf, "pdf", ""},
                                                                    {Format::Svg, "svg", ""},
                                                                });
    if (const auto format = suffixes.fromKey(QFileInfo(path).suffix().toLower()))
        return *format;
    throw Error(
        QCoreApplication::translate("SnapshotExporter",
                                    "unsupported output \"%1\": the file name must end in .png, .pdf or .svg")
            .arg(path));
}

void SnapshotExporter::checkDpi(double dpi)
{
    if (!(dpi >= kMinDpi && dpi <= kMaxDpi))
        throw Error(QCoreApplication::translate("SnapshotExporter", "DPI %1 is out of range: use %2 to %3")
                        .arg(dpi)
                        .arg(kMinDpi)
                        .arg(kMaxDpi));
}

void SnapshotExporter::checkWritable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() || !dir.isDir())
        throw Error(
            QCoreApplication::translate("SnapshotExporter", "the folder %1 does not exist: create it first")
                .arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (!dir.isWritable())
        throw Error(
            QCoreApplication::translate("SnapshotExporter", "cannot write in %1: choose another folder")
                .arg(QDir::toNativeSeparators(dir.absoluteFilePath())));
    if (info.exists() && info.isDir())
        throw Error(QStringLiteral("%1 is a folder: give a file name ending in .png, .pdf or .svg")
                        .arg(QDir::toNativeSeparators(path)));
}

ExportSheet SnapshotExporter::sheetOf(const SnapshotLayout &layout)
{
    return ExportSheet{layout.page(), layout.title(), layout.dateLine(),
                       [&layout](QPainter &p, double dpi) { layout.paint(p, dpi); }};
}

QImage SnapshotExporter::renderImage(const SnapshotLayout &layout, double dpi)
{
    return renderImage(sheetOf(layout), dpi);
}

QImage SnapshotExporter::renderImage(const ExportSheet &sheet, double dpi)
{
    const QSize size = sheet.page.pixelSize(dpi);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw Error(QCoreApplication::translate("SnapshotExporter",
                                                "not enough memory for a %1 × %2 px image: lower the DPI")
                        .arg(size.width())
                        .arg(size.height()));
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        sheet.paint(p, dpi);
    }
    // Opaque output: an RGB PNG is smaller and every viewer shows it the same.
    image.convertTo(QImage::Format_RGB32);
    return image;
}

void SnapshotExporter::write(const SnapshotLayout &layout, const QString &path, double dpi)
{
    write(sheetOf(layout), path, dpi);
}

void SnapshotExporter::write(const ExportSheet &sheet, const QString &path, double dpi)
{
    const Format format = formatForPath(path);
    checkWritable(path);
    switch (format) {
    case Format::Png: {
        checkDpi(dpi);
        writePng(renderImage(sheet, dpi), path);
        break;
    }
    case Format::Pdf:
        writePdf(QList<ExportSheet>{sheet}, path, dpi);
        break;
    case Format::Svg: {
        constexpr double svgDpi = 96; // SVG user units are CSS pixels
        const QSize size = sheet.page.pixelSize(svgDpi);
        QSaveFile f(path);
        openSave(f, path);
        QSvgGenerator gen;
        gen.setOutputDevice(&f);
        gen.setResolution(int(svgDpi));
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setTitle(sheet.title);
        gen.setDescription(sheet.description);
        {
            QPainter p(&gen);
            sheet.paint(p, svgDpi);
        }
        commit(f, path);
        break;
    }
    }
}

void SnapshotExporter::writeFiles(const QList<SheetFile> &files, double dpi)
{
    // Two compressions at a time beside the drawing: each holds one page image (35 MB at A4, 300 DPI).
    constexpr int kCompressing = 2;
    QThreadPool pool;
    pool.setMaxThreadCount(kCompressing);
    std::deque<QFuture<QString>> pending; // each: the error message, empty when written
    QString failed;
    auto finishOldest = [&] {
        const QString error = pending.front().result();
        pending.pop_front();
        if (failed.isEmpty())
            failed = error;
    };
    for (const SheetFile &file : files) {
        if (!failed.isEmpty())
            break;
        if (formatForPath(file.path) != Format::Png) {
            write(*file.layout, file.path, dpi);
            continue;
        }
        checkDpi(dpi);
        checkWritable(file.path);
        QImage image = renderImage(*file.layout, dpi);
        while (int(pending.size()) >= kCompressing)
            finishOldest();
        pending.push_back(QtConcurrent::run(&pool, [image = std::move(image), path = file.path] {
            try {
                writePng(image, path, 1); // the pool runs kCompressing of these side by side
                return QString();
            } catch (const Error &e) {
                return e.message();
            }
        }));
    }
    while (!pending.empty())
        finishOldest();
    if (!failed.isEmpty())
        throw Error(failed);
}

void SnapshotExporter::writePdf(const QList<const SnapshotLayout *> &layouts, const QString &path, double dpi,
                                const TaskProgress &progress)
{
    QList<ExportSheet> sheets;
    for (const SnapshotLayout *l : layouts)
        sheets << sheetOf(*l);
    writePdf(sheets, path, dpi, progress);
}

void SnapshotExporter::writePdf(const QList<ExportSheet> &sheets, const QString &path, double dpi,
                                const TaskProgress &progress)
{
    if (sheets.isEmpty())
        throw Error(QCoreApplication::translate("SnapshotExporter", "nothing to export to %1").arg(path));
    checkDpi(dpi);
    checkWritable(path);
    // Vector output; the resolution only fixes device units (and any raster basemap), so keep it fine.
    const int resolution = int(std::max(dpi, 300.0));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(resolution);
        writer.setCreator(QCoreApplication::translate("SnapshotExporter", "Zhili"));
        writer.setTitle(sheets.first().title);
        auto setPage = [&](const ExportSheet &l) {
            writer.setPageLayout(QPageLayout(l.page.pageSize(), l.page.orientation(), QMarginsF(0, 0, 0, 0)));
        };
        setPage(sheets.first());
        QPainter p;
        if (!p.begin(&writer))
            throw Error(
                QCoreApplication::translate("SnapshotExporter", "cannot start the PDF for %1").arg(path));
        for (int i = 0; i < sheets.size(); ++i) {
            if (i > 0) {
                setPage(sheets[i]);
                writer.newPage();
            }
            sheets[i].paint(p, resolution);
            if (!progress.report(i + 1, sheets.size())) {
                p.end();
                throw Cancelled();
            }
        }
        p.end();
    }
    QByteArray pdf = buffer.data();
    fixToUnicodeMaps(pdf);
    saveWhole(pdf, path);
}

int SnapshotExporter::fixToUnicodeMaps(QByteArray &pdf)
{
    return fixSection(pdf, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), 2) +
           fixSection(pdf, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), 1);
}

} // namespace zhili
