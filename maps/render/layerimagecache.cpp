#include "render/layerimagecache.h"

#include "render/rendersnapshot.h"

namespace zhili {

void LayerImageCache::bump(LayerKind kind)
{
    m_revisions[int(kind)] = m_nextRevision++;
    m_images.remove(int(kind));
}

void LayerImageCache::markEdited(const Envelope &area, const QList<LayerKind> &fillKinds)
{
    ++m_editSerial;
    m_edits.push_back({m_editSerial, area});
    for (LayerKind k : fillKinds) {
        auto it = m_images.find(int(k));
        if (it != m_images.end())
            it->dirty.push_back(area);
    }
    constexpr size_t kKeptEdits = 4096;
    if (m_edits.size() > kKeptEdits)
        m_edits.erase(m_edits.begin(), m_edits.begin() + (m_edits.size() - kKeptEdits));
}

void LayerImageCache::reuseInto(LayerSnapshot &ls, const MapSettings &settings) const
{
    auto it = m_images.constFind(int(ls.kind));
    if (ls.active && it != m_images.constEnd() && it->revision == ls.revision && it->settings == settings &&
        it->base == ls.base && !it->image.isNull()) {
        ls.cached = it->image;
        ls.dirty = it->dirty;
    }
}

void LayerImageCache::store(const RenderSnapshot &done)
{
    // Edits made while the job ran are not in its images: keep them as dirty areas.
    std::vector<Envelope> later;
    for (const auto &[serial, env] : m_edits)
        if (serial > done.editSerial)
            later.push_back(env);
    for (const LayerSnapshot &ls : done.layers) {
        if (ls.result.isNull() || ls.outcome == RenderJob::LayerOutcome::Skipped)
            continue;
        if (revision(ls.kind) != ls.revision)
            continue;
        if (!ls.parcelFill && !later.empty())
            continue;
        CachedLayer c;
        c.settings = done.settings;
        c.revision = ls.revision;
        c.image = ls.result;
        c.base = ls.base;
        if (ls.parcelFill)
            c.dirty = later;
        m_images.insert(int(ls.kind), c);
    }
}

} // namespace zhili
