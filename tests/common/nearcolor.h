#pragma once

// Header only: the helper library has no QtGui, the map and window tests have.
#include <QColor>

namespace zhili::test {

/// Whether every channel of `a` is within `tolerance` of `b`'s.
inline bool nearColor(const QColor &a, const QColor &b, int tolerance = 3)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance &&
           qAbs(a.blue() - b.blue()) <= tolerance;
}

} // namespace zhili::test
