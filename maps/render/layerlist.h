#pragma once

#include "layers/maplayer.h"

#include <iterator>
#include <memory>
#include <vector>

namespace zhili {

/// A read-only view of a MapScene's layer stack in drawing order (bottom first), iterated as
/// `const MapLayer &`. Valid until the stack changes.
class LayerList {
    using Storage = std::vector<std::unique_ptr<MapLayer>>;

public:
    class const_iterator {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using value_type = MapLayer;
        using difference_type = std::ptrdiff_t;
        using pointer = const MapLayer *;
        using reference = const MapLayer &;

        const_iterator() = default;
        explicit const_iterator(Storage::const_iterator it) : m_it(it) {}
        reference operator*() const { return **m_it; }
        pointer operator->() const { return m_it->get(); }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int) { return const_iterator(m_it++); }
        const_iterator &operator--()
        {
            --m_it;
            return *this;
        }
        const_iterator operator--(int) { return const_iterator(m_it--); }
        bool operator==(const const_iterator &o) const { return m_it == o.m_it; }
        bool operator!=(const const_iterator &o) const { return m_it != o.m_it; }

    private:
        Storage::const_iterator m_it;
    };
    using const_reverse_iterator = std::reverse_iterator<const_iterator>;

    explicit LayerList(const Storage &layers) : m_layers(&layers) {}
    const_iterator begin() const { return const_iterator(m_layers->cbegin()); }
    const_iterator end() const { return const_iterator(m_layers->cend()); }
    const_reverse_iterator crbegin() const { return const_reverse_iterator(end()); }
    const_reverse_iterator crend() const { return const_reverse_iterator(begin()); }
    qsizetype size() const { return qsizetype(m_layers->size()); }
    bool isEmpty() const { return m_layers->empty(); }
    const MapLayer &operator[](qsizetype i) const { return *(*m_layers)[size_t(i)]; }
    const MapLayer &at(qsizetype i) const { return *m_layers->at(size_t(i)); }

private:
    const Storage *m_layers;
};

} // namespace zhili
