#pragma once

#include <QImage>
#include <QSize>

namespace zhili {

/// Frame-sized buffers for layer images and frames, recycled: allocating 8 MB per layer per frame costs more
/// in page faults (fresh pages from the kernel) than drawing a zoomed-in view.
class ImagePool {
public:
    /// A premultiplied ARGB image of `size` whose memory comes from (and returns to) the pool; contents
    /// undefined.
    static QImage image(QSize size);
};

} // namespace zhili
