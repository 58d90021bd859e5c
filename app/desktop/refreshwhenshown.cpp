#include "desktop/refreshwhenshown.h"

#include <QDockWidget>

namespace zhili {

RefreshWhenShown::RefreshWhenShown(QDockWidget *dock, std::function<void()> refresh)
    : QObject(dock), m_dock(dock)
{
    connect(dock, &QDockWidget::visibilityChanged, this, [this, refresh = std::move(refresh)](bool visible) {
        if (visible && m_pending)
            refresh();
    });
}

bool RefreshWhenShown::postpone(bool work)
{
    m_pending = work && !m_dock->isVisible();
    return m_pending;
}

} // namespace zhili
