#pragma once

#include <QByteArray>

class QImage;
class QIODevice;

namespace zhili {

/// Encodes an image as an 8-bit RGB or RGBA PNG: the Sub filter on every row and zlib level 1, the rows cut
/// into one band per core that are filtered and deflated at once, each band's deflate stream ending on a byte
/// boundary so that together they are one (as pigz does). Through QImageWriter, libpng tried all five filters
/// on every row to pick one, which cost as much as zlib itself, and QImageWriter loaded every image-format
/// plugin first; flat map colours become runs of zeros under Sub, so the files stay about as small. The
/// pixels are exactly the image's, as QImageWriter would have written them; rows are read from the image's
/// memory unless they need converting (a premultiplied pixel that is not opaque), one row at a time: no copy
/// of the whole image.
class SheetPngWriter {
public:
    struct Options {
        /// RGBA with the image's alpha (unpremultiplied); otherwise RGB, as the image converted to RGB32.
        bool keepAlpha = false;
        /// pHYs; 0 takes the image's own dots per metre (none written when those are 0 too).
        int dotsPerMeter = 0;
        /// Threads deflating bands of rows at once; 0 takes one per core. A caller that already encodes
        /// several images side by side passes 1, so the cores are not shared by more threads than they hold.
        int threads = 0;
    };

    /// The opaque PNG bytes of `image` (any format; alpha dropped as by a conversion to RGB32); empty when
    /// zlib failed (out of memory).
    static QByteArray encode(const QImage &image);
    /// The PNG bytes of `image` (any format); empty when zlib failed (out of memory).
    static QByteArray encode(const QImage &image, const Options &options);
    /// Writes the PNG of `image` (any format) to the open `device`; false when zlib failed (out of memory) or
    /// the device refused the bytes (its errorString() says why).
    static bool write(const QImage &image, QIODevice &device, const Options &options);
};

} // namespace zhili
