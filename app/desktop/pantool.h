#pragma once

#include "desktop/maptool.h"

#include <QPointF>

namespace zhili {

/// Drag to move the map; the shifted last image follows the mouse and the new render comes on release.
class PanTool : public MapTool {
    Q_OBJECT
public:
    explicit PanTool(MapCanvas *canvas);
    QCursor cursor() const override { return Qt::OpenHandCursor; }
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void deactivate() override;

private:
    bool m_dragging = false;
    QPointF m_last;
};

} // namespace zhili
