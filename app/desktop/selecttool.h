#pragma once

#include "desktop/cachesession.h"
#include "desktop/maptool.h"

#include <QPointF>
#include <QRectF>

namespace zhili {

/// Selects parcels: click = just this parcel (empty space clears), Shift+click toggles a parcel in the
/// selection, drag = every parcel meeting the rectangle (Shift+drag adds to the selection).
class SelectTool : public MapTool {
    Q_OBJECT
public:
    SelectTool(MapCanvas *canvas, CacheSession *session);
    QCursor cursor() const override { return Qt::CrossCursor; }
    void mousePress(QMouseEvent *event) override;
    void mouseMove(QMouseEvent *event) override;
    void mouseRelease(QMouseEvent *event) override;
    void paint(QPainter &painter) override;
    void deactivate() override;

private:
    CacheSession *m_session;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_start;
    QRectF m_band;
};

} // namespace zhili
