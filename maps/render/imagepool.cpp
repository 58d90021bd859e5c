#include "render/imagepool.h"

#include <QMutex>
#include <cstdlib>
#include <vector>

namespace zhili {

namespace {

struct BufferPool {
    QMutex mutex;
    std::vector<std::pair<size_t, void *>> free;
};

BufferPool &bufferPool()
{
    // Never destroyed, like the render thread pool: the buffers it keeps stay reachable until exit (a static
    // object's destructor dropped the list and LeakSanitizer reported every kept buffer), and an image
    // released during static destruction still finds its pool.
    static BufferPool *pool = new BufferPool;
    return *pool;
}

void releaseBuffer(void *info)
{
    auto *block = static_cast<std::pair<size_t, void *> *>(info);
    BufferPool &pool = bufferPool();
    {
        QMutexLocker lock(&pool.mutex);
        constexpr size_t kKept = 8;
        if (pool.free.size() < kKept) {
            pool.free.push_back(*block);
            delete block;
            return;
        }
    }
    std::free(block->second);
    delete block;
}

} // namespace

QImage ImagePool::image(QSize size)
{
    const size_t bytes = size_t(size.width()) * size.height() * 4;
    void *data = nullptr;
    {
        BufferPool &pool = bufferPool();
        QMutexLocker lock(&pool.mutex);
        for (auto it = pool.free.begin(); it != pool.free.end(); ++it)
            if (it->first == bytes) {
                data = it->second;
                pool.free.erase(it);
                break;
            }
    }
    if (!data)
        data = std::aligned_alloc(64, (bytes + 63) / 64 * 64);
    if (!data)
        return QImage(size, QImage::Format_ARGB32_Premultiplied);
    auto *block = new std::pair<size_t, void *>(bytes, data);
    return QImage(static_cast<uchar *>(data), size.width(), size.height(), size.width() * 4,
                  QImage::Format_ARGB32_Premultiplied, releaseBuffer, block);
}

} // namespace zhili
