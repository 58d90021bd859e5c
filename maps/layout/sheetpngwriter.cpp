#include "layout/sheetpngwriter.h"

#include <QIODevice>
#include <QImage>
#include <QThread>
#include <QtEndian>
#include <algorithm>
#include <future>
#include <system_error>
#include <vector>
#include <zlib.h>

namespace zhili {

namespace {

bool isArgb32Layout(QImage::Format f)
{
    return f == QImage::Format_RGB32 || f == QImage::Format_ARGB32 ||
           f == QImage::Format_ARGB32_Premultiplied;
}

/// The rows of a 32-bit 0xAARRGGBB image as the PNG stores them: RGB32 (alpha dropped) or ARGB32 (alpha kept,
/// unpremultiplied). A row is read from the image's memory when it already is that (RGB32, ARGB32, or
/// premultiplied pixels that are all opaque, which conversion leaves as they are); other rows are converted
/// by Qt, one at a time. One RowSource per thread.
class RowSource {
public:
    RowSource(const QImage &image, bool keepAlpha) : m_image(image), m_keepAlpha(keepAlpha) {}

    const quint32 *row(int y)
    {
        const uchar *line = m_image.constScanLine(y);
        if (m_image.format() == (m_keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32) ||
            (m_keepAlpha && m_image.format() == QImage::Format_RGB32) || opaque(line))
            return reinterpret_cast<const quint32 *>(line);
        const QImage wrapped(line, m_image.width(), 1, m_image.bytesPerLine(), m_image.format());
        m_converted = wrapped.convertToFormat(m_keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
        return reinterpret_cast<const quint32 *>(m_converted.constScanLine(0));
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

/// One band of rows, filtered (Sub) and deflated as a raw stream that ends on a byte boundary (a sync flush),
/// or with the final block for the last band: the bands' streams concatenated are one deflate stream.
struct Band {
    int first = 0, last = 0; ///< rows [first, last)
    bool final = false;
    QByteArray deflated;
    uLong adler = 1; ///< of the band's uncompressed bytes
    uLong length = 0;
    bool ok = false;
};

/// Row y as PNG bytes: filter type 1 (Sub), then each byte minus the one a pixel before it.
void filterRow(const quint32 *pixels, int width, bool alpha, std::vector<uchar> &out)
{
    const int bpp = alpha ? 4 : 3;
    out.resize(1 + size_t(width) * bpp);
    out[0] = 1;
    uchar prev[4] = {0, 0, 0, 0};
    uchar *o = out.data() + 1;
    for (int x = 0; x < width; ++x) {
        const quint32 p = pixels[x];
        const uchar px[4] = {uchar(p >> 16), uchar(p >> 8), uchar(p), uchar(p >> 24)};
        for (int c = 0; c < bpp; ++c) {
            *o++ = uchar(px[c] - prev[c]);
            prev[c] = px[c];
        }
    }
}

void deflateBand(const QImage &image, bool alpha, Band &band)
{
    z_stream z{};
    if (deflateInit2(&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return;
    RowSource rows(image, alpha);
    std::vector<uchar> row;
    uchar chunk[65536];
    bool ok = true;
    for (int y = band.first; y < band.last && ok; ++y) {
        filterRow(rows.row(y), image.width(), alpha, row);
        band.adler = adler32(band.adler, row.data(), uInt(row.size()));
        band.length += uLong(row.size());
        z.next_in = row.data();
        z.avail_in = uInt(row.size());
        const bool lastRow = y + 1 == band.last;
        const int flush = !lastRow ? Z_NO_FLUSH : band.final ? Z_FINISH : Z_SYNC_FLUSH;
        do {
            z.next_out = chunk;
            z.avail_out = sizeof chunk;
            const int rc = deflate(&z, flush);
            ok = rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR;
            band.deflated.append(reinterpret_cast<const char *>(chunk),
                                 qsizetype(sizeof chunk - z.avail_out));
        } while (ok && z.avail_out == 0);
    }
    deflateEnd(&z);
    band.ok = ok;
}

/// Appends one PNG chunk: length, type, data, CRC of type and data.
void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    uchar length[4];
    qToBigEndian(quint32(data.size()), length);
    out.append(reinterpret_cast<const char *>(length), 4);
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    uchar crc[4];
    qToBigEndian(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(out.constData() + start), uInt(4 + data.size()))),
        crc);
    out.append(reinterpret_cast<const char *>(crc), 4);
}

QByteArray bigEndian32(std::initializer_list<quint32> values)
{
    QByteArray out;
    for (quint32 v : values) {
        uchar b[4];
        qToBigEndian(v, b);
        out.append(reinterpret_cast<const char *>(b), 4);
    }
    return out;
}

/// The bands, one per thread (each at least 64 rows; `threads` 0: one per core), deflated at once; false when
/// zlib failed.
bool deflateBands(const QImage &image, bool alpha, int threads, std::vector<Band> &bands)
{
    const int wanted = threads > 0 ? threads : QThread::idealThreadCount();
    const int count = std::clamp(image.height() / 64, 1, std::clamp(wanted, 1, 8));
    bands.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        bands[size_t(i)].first = int(qint64(image.height()) * i / count);
        bands[size_t(i)].last = int(qint64(image.height()) * (i + 1) / count);
    }
    bands.back().final = true;
    std::vector<std::future<void>> others;
    try {
        for (size_t i = 1; i < bands.size(); ++i)
            others.push_back(std::async(std::launch::async, [&, i] { deflateBand(image, alpha, bands[i]); }));
    } catch (const std::system_error &) {
        // No thread to be had (a process at its limit): this thread deflates the bands left.
    }
    deflateBand(image, alpha, bands.front());
    for (size_t i = others.size() + 1; i < bands.size(); ++i)
        deflateBand(image, alpha, bands[i]);
    for (auto &f : others)
        f.get();
    return std::all_of(bands.begin(), bands.end(), [](const Band &b) { return b.ok; });
}

/// The whole file: signature, IHDR, pHYs, the zlib stream in IDAT chunks of at most 1 MiB, IEND.
QByteArray assemble(const QImage &image, bool alpha, int dpmX, int dpmY, const std::vector<Band> &bands)
{
    QByteArray zlib("\x78\x01", 2); // deflate, 32 KiB window, fastest
    uLong adler = 1;
    for (const Band &b : bands) {
        zlib.append(b.deflated);
        adler = adler32_combine(adler, b.adler, z_off_t(b.length));
    }
    zlib.append(bigEndian32({quint32(adler)}));

    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr = bigEndian32({quint32(image.width()), quint32(image.height())});
    ihdr.append(char(8)).append(char(alpha ? 6 : 2)).append(char(0)).append(char(0)).append(char(0));
    appendChunk(out, "IHDR", ihdr);
    if (dpmX > 0 && dpmY > 0)
        appendChunk(out, "pHYs", bigEndian32({quint32(dpmX), quint32(dpmY)}) + QByteArray(1, char(1)));
    for (qsizetype at = 0; at < zlib.size(); at += 1 << 20)
        appendChunk(out, "IDAT", zlib.mid(at, 1 << 20));
    appendChunk(out, "IEND", QByteArray());
    return out;
}

} // namespace

QByteArray SheetPngWriter::encode(const QImage &image)
{
    return encode(image, Options());
}

QByteArray SheetPngWriter::encode(const QImage &source, const Options &o)
{
    if (source.isNull())
        return QByteArray();
    const QImage image =
        isArgb32Layout(source.format())
            ? source
            : source.convertToFormat(o.keepAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    std::vector<Band> bands;
    if (!deflateBands(image, o.keepAlpha, o.threads, bands))
        return QByteArray();
    const int dpmX = o.dotsPerMeter > 0 ? o.dotsPerMeter : image.dotsPerMeterX();
    const int dpmY = o.dotsPerMeter > 0 ? o.dotsPerMeter : image.dotsPerMeterY();
    return assemble(image, o.keepAlpha, dpmX, dpmY, bands);
}

bool SheetPngWriter::write(const QImage &image, QIODevice &device, const Options &options)
{
    const QByteArray png = encode(image, options);
    return !png.isEmpty() && device.write(png) == png.size();
}

} // namespace zhili
