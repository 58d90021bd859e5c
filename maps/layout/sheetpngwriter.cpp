#include "layout/sheetpngwriter.h"

#include <QBuffer>
#include <QImage>
#include <csetjmp>
#include <png.h>

namespace zhili {

namespace {

void writeToDevice(png_structp png, png_bytep data, png_size_t length)
{
    auto *device = static_cast<QIODevice *>(png_get_io_ptr(png));
    if (device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        png_error(png, "write failed"); // long-jumps to writeRows: nothing here has a destructor
}

void flushNothing(png_structp) {}

/// libpng's own handler prints the message on stderr before it long-jumps; the caller reports the failure.
void failQuietly(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

bool isArgb32Layout(QImage::Format f)
{
    return f == QImage::Format_RGB32 || f == QImage::Format_ARGB32 ||
           f == QImage::Format_ARGB32_Premultiplied;
}

/// The rows of a 32-bit 0xAARRGGBB image as the PNG stores them: RGB32 (alpha dropped) or ARGB32 (alpha kept,
/// unpremultiplied). A row is handed over from the image's memory when it already is that (RGB32, ARGB32,
/// or premultiplied pixels that are all opaque, which conversion leaves as they are); other rows are
/// converted by Qt, one at a time, into `converted`.
class RowSource {
public:
    RowSource(const QImage &image, bool keepAlpha) : m_image(image), m_keepAlpha(keepAlpha) {}

    const uchar *row(int y)
    {
        const uchar *line = m_image.constScanLine(y);
        if (m_image.format() == (m_keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32) ||
            (m_keepAlpha && m_image.format() == QImage::Format_RGB32) || opaque(line))
            return line;
        const QImage wrapped(line, m_image.width(), 1, m_image.bytesPerLine(), m_image.format());
        m_converted = wrapped.convertToFormat(m_keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        return m_converted.constScanLine(0);
    }

private:
    bool opaque(const uchar *line) const
    {
        const auto *p = reinterpret_cast<const quint32 *>(line);
        quint32 all = 0xffffffffu;
        for (int x = 0, w = m_image.width(); x < w; ++x)
            all &= p[x];
        return all >= 0xff000000u;
    }

    const QImage &m_image;
    const bool m_keepAlpha;
    QImage m_converted;
};

/// Writes the rows; false when libpng or the device failed (it long-jumps back here, so nothing with a
/// destructor may live in this frame).
bool writeRows(png_structp png, png_infop info, RowSource *rows, const QImage &image, QIODevice *device,
               const SheetPngWriter::Options &o)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_set_write_fn(png, device, writeToDevice, flushNothing);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 o.keepAlpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    const int dpmX = o.dotsPerMeter > 0 ? o.dotsPerMeter : image.dotsPerMeterX();
    const int dpmY = o.dotsPerMeter > 0 ? o.dotsPerMeter : image.dotsPerMeterY();
    if (dpmX > 0 && dpmY > 0)
        png_set_pHYs(png, info, png_uint_32(dpmX), png_uint_32(dpmY), PNG_RESOLUTION_METER);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_write_info(png, info);
    // 0xAARRGGBB is in memory B, G, R, A on little-endian hosts, A, R, G, B on big-endian ones.
    const bool little = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    if (little)
        png_set_bgr(png);
    if (!o.keepAlpha)
        png_set_filler(png, 0, little ? PNG_FILLER_AFTER : PNG_FILLER_BEFORE);
    else if (!little)
        png_set_swap_alpha(png);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, const_cast<png_bytep>(rows->row(y)));
    png_write_end(png, info);
    return true;
}

} // namespace

QByteArray SheetPngWriter::encode(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!write(image, buffer, Options()))
        out.clear();
    return out;
}

bool SheetPngWriter::write(const QImage &source, QIODevice &device, const Options &options)
{
    const QImage image =
        isArgb32Layout(source.format())
            ? source
            : source.convertToFormat(options.keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    RowSource rows(image, options.keepAlpha);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, failQuietly, ignoreWarning);
    png_infop info = png ? png_create_info_struct(png) : nullptr;
    const bool ok = info && writeRows(png, info, &rows, image, &device, options);
    png_destroy_write_struct(&png, &info);
    return ok;
}

} // namespace zhili
