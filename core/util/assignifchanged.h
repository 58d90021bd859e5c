#pragma once

#include <utility>

namespace zhili {

/// Sets `field` to `value` and says whether it changed, for setters that redo work (reload, redraw,
/// signal) only on a real change: `if (assignIfChanged(m_year, year)) reload();`.
template <typename T, typename U> bool assignIfChanged(T &field, U &&value)
{
    if (field == value)
        return false;
    field = std::forward<U>(value);
    return true;
}

} // namespace zhili
